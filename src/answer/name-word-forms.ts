// A name word of the question written in another form by a passage about the same thing: by
// WordNet, a name's adjective or the name an adjective pertains to ("French" for "France",
// "Germany" for "German", "Philippines" for "Filipino").
import type { Corpus } from '../corpus/corpus.js';
import { stemOf } from '../nlp/annotate.js';
import { textWords } from '../text/words.js';
import type { Question } from './question.js';

/**
 * Whether the sentence writes a required name word of the question (lower case) in another of
 * its forms. Not a form the question writes too: "China" and "Chinese independence" are two
 * words of it. A name word before a noun ("Indian schools", "South African industry") counts only
 * where the sentence writes that noun too ("schools in India"): it is what the name qualifies.
 */
export function writesOtherNameForm(
  corpus: Corpus,
  q: Pick<Question, 'tokens'>,
  word: string,
  sentence: string,
): boolean {
  // Most words have no other form: the question's words are gathered only for one that has.
  const written = corpus.nameFormsOf(word);
  if (!written.length) return false;
  const asked = new Set(q.tokens.map((t) => t.text.toLowerCase()));
  const forms = written.filter((f) => !asked.has(f));
  if (!forms.length) return false;
  const at = q.tokens.findIndex((t) => t.text.toLowerCase() === word);
  const next = q.tokens[at + 1];
  if (at >= 0 && next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) {
    const stems = new Set(textWords(sentence).map((w) => stemOf(w)));
    if (!stems.has(next.stem)) return false;
  }
  return forms.some((f) => writesCapitalised(sentence, f));
}

/**
 * Whether the text writes a word capitalised, as a whole word: a name's form, not a common word
 * spelt the same ("the Marks" is a name, "marks" a noun or verb).
 */
function writesCapitalised(text: string, word: string): boolean {
  const capitalised = word.charAt(0).toUpperCase() + word.slice(1);
  let at = text.indexOf(capitalised);
  while (at >= 0) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + capitalised.length);
    if (!/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return true;
    at = text.indexOf(capitalised, at + 1);
  }
  return false;
}
