// "Did Rovers win?", "did City lose?": a clause where one side beats another settles both, as a
// side's own "won" or "lost" would: the one who beat won and the one beaten lost ("City beat
// Rovers", "Rovers were beaten by City", "Rovers lost to City", "City won against Rovers").
import type { ClauseFrame, TokenRange } from '../extract/clause-frames.js';
import type { Tok } from '../corpus/corpus.js';

export type Outcome = 'won' | 'lost';

/** Verbs whose doer won and whose object lost. */
const BEATING = new Set(['beat', 'defeat', 'overcome', 'thrash', 'outplay']);
/** The outcome each verb asks of its subject ("did City win"). */
const ASKED = new Map<string, Outcome>([
  ['win', 'won'],
  ['lose', 'lost'],
]);
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
