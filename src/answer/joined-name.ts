// A name typed in two words that the article writes as one ("Corel Draft" for "CorelDraft", "Du
// Mont" for "DuMont"), or one typed as one that the article spaces: the same name, so each of its
// words is written where the joined word is.
import type { Question } from './question.js';

/**
 * Whether `words` (a paragraph's lower-case words) hold the required name word `word` joined
 * with the capitalised word the question writes beside it.
 */
export function writesJoined(q: Pick<Question, 'tokens'>, word: string, words: ReadonlySet<string>): boolean {
  const at = q.tokens.findIndex((t) => t.text.toLowerCase() === word && /^\p{Lu}/u.test(t.text));
  if (at < 0) return false;
  const beside = (k: number) => {
    const t = q.tokens[k];
    return t && /^\p{Lu}\p{L}*$/u.test(t.text) ? t.text.toLowerCase() : null;
  };
  const before = beside(at - 1);
  const after = beside(at + 1);
  return (!!before && words.has(before + word)) || (!!after && words.has(word + after));
}
