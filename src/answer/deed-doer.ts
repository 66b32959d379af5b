// "Who sacked her?" against "A nurse who was sacked ... has won her appeal at the Employment
// Appeal Tribunal": a sentence that writes the deed asked only as a passive clause's verb, with no
// "by" agent (nor "between" its parties), does not say who did it; a name in a clause of another
// deed is not the doer. Nor does "a gold bowl stolen from the museum", the deed written only as a
// participle describing the noun it was done to.
import type { ClauseFrame } from '../extract/clause-frames.js';
import type { Tok } from '../corpus/corpus.js';
import type { Question } from './question.js';
import { deedPositions } from './unasked-clauses.js';

/** Words after which a verb right after a noun is that noun's deed, done to something: "the gang stole the bowl". */
const OBJECT_START = /^(DET|NOUN|PROPN|PRON|NUM|ADJ)$/;

/**
 * Whether the verb at `i` is a participle describing the noun before it ("the bowl stolen from
 * ..."): it heads no clause, and a verb with an object or "by" after it is a deed of its own.
 */
export function describesNoun(toks: readonly Tok[], clauses: readonly ClauseFrame[], i: number): boolean {
  return (
    toks[i]?.pos === 'VERB' &&
    !clauses.some((c) => c.verb === i) &&
    /^(NOUN|PROPN)$/.test(toks[i - 1]?.pos ?? '') &&
    !OBJECT_START.test(toks[i + 1]?.pos ?? '') &&
    toks[i + 1]?.text.toLowerCase() !== 'by'
  );
}

/** Whether the sentence writes the deed an active question asks only in ways that name no doer. */
export function doerUnsaid(q: Question, clauses: readonly ClauseFrame[], toks: readonly Tok[]): boolean {
  if (q.predicate?.passive) return false;
  const at = deedPositions(q, toks);
  const own = clauses.filter((c) => at.includes(c.verb));
  // "The war was fought between X and Y" names them as "by" would.
  const between = (c: ClauseFrame) => toks.slice(c.verb + 1, c.to).some((t) => /^(by|between)$/i.test(t.text));
  if (own.length) return own.every((c) => c.passive && !c.agent && !between(c));
  return at.length > 0 && at.every((i) => describesNoun(toks, clauses, i));
}
