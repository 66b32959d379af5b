// A name the article's title writes is what the whole article is about: an encyclopaedia entry
// titled "Port Ellery" or a report headlined "Ferrant cuts jobs" seldom repeats that name in each
// paragraph ("the city's hottest month", "the firm said"), so a paragraph need not write it to
// answer a question that gives it.
import { stemOf } from '../nlp/annotate.js';
import { textWords } from '../text/words.js';

/**
 * Whether the title writes one of a required name's alternatives (lower case), by stem ("the
 * Tarvish" for a title "Tarvish people"), and the paragraph (`inParagraph`, by stem) writes it in
 * no form: one that does is held to the forms a name may take there. Not a number: a number marks
 * the event asked, which the title may share with another.
 */
export function titleNames(
  title: string,
  alternatives: readonly string[],
  inParagraph: (stem: string) => boolean,
): boolean {
  const stems = new Set(textWords(title).map((w) => stemOf(w)));
  const named = alternatives.filter((w) => /^\p{L}+$/u.test(w) && stems.has(stemOf(w)));
  return named.length > 0 && !named.some((w) => inParagraph(stemOf(w)));
}
