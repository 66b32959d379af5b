// "What is the only way to forward packets?": the question picks the one thing of its kind, as a
// superlative does. A passage that names a way without saying it is the only one ("packets find
// their way by ...") does not say which is the only one; a question written to look answerable
// often adds "only" to a passage that has none. The passage answers if it, or the sentence
// before, says the thing is alone of its kind.
import type { Corpus } from '../corpus/corpus.js';
import type { Question } from './question.js';
import { lowerPieces } from '../text/words.js';

/** "the only way", "its only son", "only one": the question asks of the one thing of its kind. */
const ASKS_THE_ONLY = /\b(?:the|its|their|his|her|our|['’]s) only\b|\bonly one\b/i;

/** Words that say a thing is alone of its kind: "the only", "sole", "no divisors other than". */
const ALONE = /^(?:only|sole|solely|single|alone|exclusive|exclusively|unique|uniquely|except)$/;

/** Whether the question asks of the only thing of its kind and neither the passage nor the sentence before says one is. */
export function lacksTheOnlyOne(corpus: Corpus, q: Question, gid: number): boolean {
  if (!ASKS_THE_ONLY.test(q.text)) return false;
  const before = gid > 0 && corpus.docOf(gid - 1) === corpus.docOf(gid) ? corpus.sentenceText(gid - 1) : '';
  const words = [...lowerPieces(before), ...lowerPieces(corpus.sentenceText(gid))];
  return !words.some((w, i) => ALONE.test(w) || (w === 'other' && (words[i + 1] === 'than' || words[i - 1] === 'no')));
}
