// "Who were the Soviets?" asks who a named one is: a description of them ("a union of republics"),
// never another name of the sentence ("the Taliban fought them as they did the Soviets" names the
// Taliban, who are not the Soviets). A name for an office ("who is the president") is the other way.
import type { Token } from '../nlp/annotate.js';
import type { Question } from './question.js';

const CAPITALISED = /^\p{Lu}/u;

/**
 * Whether the question is "who is/was X" alone and the passage writes none of X's words in lower
 * case: X is someone named (or not written here at all), not an office to fill.
 */
export function asksWhoANamedOneIs(q: Question, toks: readonly Token[]): boolean {
  if (q.wh !== 'who' || q.predicate?.kind !== 'verb' || q.predicate.lemma !== 'be') return false;
  if (!q.arguments.length || q.arguments.some((a) => a.role !== 'subject')) return false;
  const words = new Set(q.arguments.flatMap((a) => a.words));
  return !toks.some((t) => !CAPITALISED.test(t.text) && words.has(t.text.toLowerCase()));
}
