// "Who scored the winner?": match reports rarely write "scored"; they say how ("headed the
// winner", "converted the penalty") or name the scorers after the goals ("goals from A, B and C").
// A clause whose verb is a way of scoring and whose object is a goal names its scorer as subject.
import type { Corpus, Tok } from '../corpus/corpus.js';
import type { StoredMention } from '../store/schema.js';
import type { Question } from './question.js';

/** Verbs a question asks a goal's scorer with. */
const SCORING_ASKED = new Set(['score', 'net']);
/** Nouns for a goal, as a report names what was scored. */
const GOAL_NOUNS = new Set(['goal', 'winner', 'equaliser', 'equalizer', 'opener', 'penalty', 'header', 'try']);
/** Verbs that score a goal their object names: how it went in. Not "miss", "save" or "concede". */
const SCORING_VERBS = new Set([
  'score',
  'net',
  'head',
  'convert',
  'curl',
  'fire',
  'slot',
  'tap',
  'strike',
  'drill',
  'volley',
  'lob',
  'chip',
  'smash',
  'rifle',
  'nod',
  'poke',
  'bundle',
]);
/** Words naming who scored after the goals: "goals from A and B", "a goal by A". */
const SCORED_BY = /^(from|by)$/i;

/**
 * The scorer a sentence names for a "who scored" question: the person subject of a clause that
 * scores the goal asked ("the winner"), or when it asks none or just goals, the people named after
 * the goals ("goals from A, B and C"); null when it asks no scorer or the sentence names none.
 */
export function scorerAnswer(corpus: Corpus, q: Question, gid: number, toks: readonly Tok[]): string | null {
  if (q.wh !== 'who' || !q.predicate || q.predicate.passive || !SCORING_ASKED.has(q.predicate.lemma)) return null;
  const objectWords = new Set(q.arguments.find((a) => a.role === 'object')?.words ?? []);
  const object = q.tokens.filter((t) => objectWords.has(t.text.toLowerCase())).map((t) => t.lemma.toLowerCase());
  const goals = object.filter((w) => GOAL_NOUNS.has(w));
  // "Who scored the winner" asks that goal; "who scored for City", any; "who scored a hat-trick", none of these.
  if (object.length && !goals.length) return null;
  const isGoal = (t: Tok) =>
    goals.length ? goals.includes(t.lemma.toLowerCase()) : GOAL_NOUNS.has(t.lemma.toLowerCase());
  // A surname alone is typed by the person it resolves to.
  const doc = corpus.sentence(gid).doc;
  const people = corpus.mentionsIn(gid).filter((m) => corpus.entityOf(doc, m.entity)?.type === 'person');
  const text = doc.text;
  // Any goal's scorer, by a clause, would be the scorer of another team's goal as often.
  if (goals.length)
    for (const c of corpus.clauseFrames(gid)) {
      if (c.negated || c.modal || c.passive || !c.subject || !c.object) continue;
      if (!SCORING_VERBS.has(toks[c.verb]!.lemma.toLowerCase())) continue;
      if (!toks.slice(c.object[0], c.object[1]).some(isGoal)) continue;
      const scorer = people.find((m) => m.first >= c.subject![0] && m.last < c.subject![1]);
      if (scorer) return scorer.name;
    }
  // "Who scored the goals", "who scored for City": the scorers named after the goals.
  if (goals.some((g) => g !== 'goal')) return null;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!isGoal(toks[i]!) || !SCORED_BY.test(toks[i + 1]!.text)) continue;
    const named = namesListedFrom(people, toks, i + 2);
    if (named.length) return text.slice(named[0]!.start, named[named.length - 1]!.end);
  }
  return null;
}

/** People named one after another from token `at`, joined by commas and "and". */
function namesListedFrom(people: StoredMention[], toks: readonly Tok[], at: number): StoredMention[] {
  const out: StoredMention[] = [];
  let k = at;
  for (;;) {
    const m = people.find((p) => p.first === k);
    if (!m) break;
    out.push(m);
    k = m.last + 1;
    if (!/^(,|and)$/i.test(toks[k]?.text ?? '')) break;
    k++;
    if (toks[k]?.text.toLowerCase() === 'and') k++;
  }
  return out;
}
