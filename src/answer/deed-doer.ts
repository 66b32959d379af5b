// "Who sacked her?" against "A nurse who was sacked ... has won her appeal at the Employment
// Appeal Tribunal": a sentence that writes the deed asked only as a passive clause's verb, with no
// "by" agent (nor "between" its parties), does not say who did it; a name in a clause of another
// deed is not the doer.
import type { ClauseFrame } from '../extract/clause-frames.js';
import type { Tok } from '../corpus/corpus.js';
import type { Question } from './question.js';
import { deedFrames } from './unasked-clauses.js';

/** Whether the sentence writes the deed an active question asks only in passive clauses that name no doer. */
export function doerUnsaid(q: Question, clauses: readonly ClauseFrame[], toks: readonly Tok[]): boolean {
  if (q.predicate?.passive) return false;
  const own = deedFrames(q, clauses, toks);
  // "The war was fought between X and Y" names them as "by" would.
  const between = (c: ClauseFrame) => toks.slice(c.verb + 1, c.to).some((t) => /^(by|between)$/i.test(t.text));
  return own.length > 0 && own.every((c) => c.passive && !c.agent && !between(c));
}
