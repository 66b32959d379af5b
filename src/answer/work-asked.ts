// "What does X do?": the work of X is asked. An encyclopaedia's opening ("X is the central bank of
// Y") says what X is and wins on X's name alone; a sentence that only identifies X, with no verb
// of its own, tells none of its work. One that goes on to a deed ("a suite of protocols created
// to connect two computers") may tell it, so only the verbless identity is refused.
import type { Tok } from '../corpus/corpus.js';
import type { Question } from './question.js';
import { saysOnlyWhatItIs } from './what-happened.js';

/** Whether the question is "what does/do/did X do", nothing asked after its last "do". */
export function asksWhatItDoes(q: Question): boolean {
  if (q.wh !== 'what' || q.whAt !== 0) return false;
  const words = q.tokens.filter((t) => /\w/.test(t.text));
  const isDo = (k: number) => words[k]?.lemma.toLowerCase() === 'do';
  // "what", the auxiliary, at least one word of the subject, the verb.
  return words.length >= 4 && isDo(1) && isDo(words.length - 1);
}

/** Whether the sentence says what something is, with no verb outside the copula and its asides. */
export function onlyIdentifies(toks: readonly Tok[], sentence: string): boolean {
  if (!saysOnlyWhatItIs(sentence)) return false;
  let depth = 0;
  for (const t of toks) {
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && t.pos === 'VERB') return false;
  }
  return true;
}
