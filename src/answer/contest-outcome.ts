// "Did Rovers win?", "did City lose?", "who won?": a clause where one side beats another tells
// both outcomes, as a side's own "won" or "lost" would: the one who beat won and the one beaten
// lost ("City beat Rovers", "Rovers were beaten by City", "Rovers lost to City", "City won against Rovers").
import type { ClauseFrame, TokenRange } from '../extract/clause-frames.js';
import type { Tok } from '../corpus/corpus.js';
import { stemOf } from '../nlp/annotate.js';
import type { Context } from './answer-context.js';
import { CONTEST_NOUNS } from './match-score.js';
import type { Question } from './question.js';
import type { QueryOptions } from './result.js';

export type Outcome = 'won' | 'lost';

/** Verbs whose doer won and whose object lost. */
const BEATING = new Set(['beat', 'defeat', 'overcome', 'thrash', 'outplay']);
/** The outcome each verb asks of its subject ("did City win"). */
const ASKED = new Map<string, Outcome>([
  ['win', 'won'],
  ['lose', 'lost'],
]);
/** How the verbs of an outcome are written, for finding the sentences that tell one. */
const OUTCOME_FORMS = [
  'beat',
  'beats',
  'beaten',
  'defeat',
  'defeated',
  'defeats',
  'overcame',
  'overcome',
  'thrashed',
  'outplayed',
  'won',
  'lost',
];
/** Sentences weighed for "who won", at most: a report tells its result early. */
const OUTCOME_HITS = 20;
/** The particle that puts the other side after "won" or "lost": "won against", "lost to". */
const AGAINST = new Map<string, Outcome>([
  ['against', 'won'],
  ['over', 'won'],
  ['to', 'lost'],
]);

/** The outcome a question's verb asks of its subject, or null for any other verb. */
export function outcomeAsked(lemma: string): Outcome | null {
  return ASKED.get(lemma.toLowerCase()) ?? null;
}

/**
 * The outcome a sentence's clauses give the side `isSide` finds in a range of tokens, with the
 * clause that gives it; null when no clause of beating, or of winning or losing against another,
 * names that side, or when the clause is negated, hedged or yet to come.
 */
export function outcomeOf(
  toks: readonly Tok[],
  frames: readonly ClauseFrame[],
  isSide: (range: TokenRange) => boolean,
): { outcome: Outcome; clause: ClauseFrame } | null {
  for (const c of frames) {
    if (c.negated || c.modal || c.tense === 'future') continue;
    const sides = sidesOf(toks, c);
    if (!sides) continue;
    if (sides.winner && isSide(sides.winner)) return { outcome: 'won', clause: c };
    if (sides.loser && isSide(sides.loser)) return { outcome: 'lost', clause: c };
  }
  return null;
}

/** Who won and who lost in a clause, by its verb; null when it tells no contest's outcome. */
function sidesOf(toks: readonly Tok[], c: ClauseFrame): { winner: TokenRange | null; loser: TokenRange | null } | null {
  const verb = toks[c.verb]!.lemma.toLowerCase();
  if (BEATING.has(verb))
    return c.passive ? { winner: c.agent, loser: c.subject } : { winner: c.subject, loser: c.object };
  const against = c.particle >= 0 ? AGAINST.get(toks[c.particle]!.text.toLowerCase()) : undefined;
  if (!against || ASKED.get(verb) !== against || c.passive) return null;
  return against === 'won' ? { winner: c.subject, loser: c.object } : { winner: c.object, loser: c.subject };
}

/**
 * "Who won?", "who lost the match?": the outcome asked of a side the question leaves open, with
 * no more than a contest named; null for any other question.
 */
export function sideAsked(q: Question): Outcome | null {
  const p = q.predicate;
  if (q.wh !== 'who' || p?.kind !== 'verb' || p.passive || p.modal || p.tense === 'future') return null;
  const asked = outcomeAsked(p.lemma);
  const which = new Set(contestNamedBy(q));
  const more = q.tokens.some(
    (t, i) =>
      i !== q.whAt &&
      i !== p.at &&
      /^(NOUN|PROPN|VERB|ADJ|NUM)$/.test(t.pos) &&
      !CONTEST_NOUNS.has(t.lemma.toLowerCase()) &&
      !which.has(i),
  );
  return asked && !more ? asked : null;
}

/**
 * Where the question writes the words that say which contest it asks, right before its contest
 * noun ("the cup final", "the league game"): the sentence telling the outcome must write them.
 */
export function contestNamedBy(q: Question): number[] {
  // The tagger may read a question's last "final" as an adjective ("who won the cup final").
  const at = q.tokens.findIndex((t) => /^(NOUN|ADJ)$/.test(t.pos) && CONTEST_NOUNS.has(t.lemma.toLowerCase()));
  const out: number[] = [];
  for (let k = at - 1; k > q.whAt && /^(NOUN|PROPN|ADJ)$/.test(q.tokens[k]!.pos); k--) out.push(k);
  return out;
}

/**
 * The side that had the outcome asked, by the first sentence of the articles in scope whose
 * clause tells one, with that sentence; null when none does or sentences of two articles do.
 */
export function sideOf(
  ctx: Context,
  asked: Outcome,
  options: QueryOptions,
  which: readonly string[] = [],
): { side: string; gid: number } | null {
  const { corpus, index } = ctx;
  const forms = new Map(OUTCOME_FORMS.map((f) => [stemOf(f), 1]));
  const hits = index
    .search(forms, corpus.gidRange(options.doc), OUTCOME_HITS)
    .map((h) => h.gid)
    .sort((a, b) => a - b);
  if (new Set(hits.map((g) => corpus.docOf(g))).size > 1) return null;
  for (const gid of hits) {
    const toks = corpus.tokens(gid);
    const doc = corpus.sentence(gid).doc;
    // "Who won the cup final": a sentence telling the outcome of a contest it does not call so tells another's.
    if (!which.every((st) => toks.some((t) => t.stem === st))) continue;
    for (const c of corpus.clauseFrames(gid)) {
      if (c.negated || c.modal || c.tense === 'future') continue;
      const sides = sidesOf(toks, c);
      const range = sides && (asked === 'won' ? sides.winner : sides.loser);
      if (!range) continue;
      const named = corpus.mentionsIn(gid).find((m) => m.first >= range[0] && m.last < range[1]);
      if (named) return { side: doc.text.slice(named.start, named.end), gid };
    }
  }
  return null;
}
