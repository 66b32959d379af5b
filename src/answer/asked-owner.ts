// "Who was Harrowgate's record signing?": the owner the question names is not the one asked of.
// A passage about the owner's deed ("Harrowgate Town have signed ...") gives the owner as its
// doer, under a longer name than typed. A name that opens with the owner's word is the owner
// ("Harrowgate Town", "John Smith" for "john's"); one that only ends with it is another of the
// family ("Jane Smith" for "smith's wife").
import type { Question } from './question.js';
import { isPossessiveMark, lowerWords } from '../text/words.js';

/**
 * Whether `name` is the owner the question names before a possessive mark ("X's N"), or with
 * its "s" typed on without the mark ("harrowgates record signing").
 */
export function isTheAskedOwner(q: Question, name: string): boolean {
  const first = lowerWords(name)[0];
  return q.tokens.some(
    (t, i) =>
      (i > 0 && isPossessiveMark(t.text) && q.tokens[i - 1]!.text.toLowerCase() === first) ||
      (t.text.toLowerCase() === `${first}s` && /^(NOUN|ADJ)$/.test(q.tokens[i + 1]?.pos ?? '')),
  );
}
