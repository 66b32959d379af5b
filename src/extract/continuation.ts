// A sentence that opens by pointing back ("It was rebuilt in 1904.", "This method is called
// sieving.") tells more of what the sentence before named, in words that do not name it: a
// question that names it finds the sentence before, and the answer is in this one. Such
// sentences are stored with a mark (CONTINUES_MARK) so that answering finds them through the
// index, without reading their article.
import type { AnnotatedSentence } from '../nlp/annotate.js';
import { isContentTerm } from './lexicon.js';

/** Marks a sentence among the index terms as going on about the sentence before: no word of the text begins with it. */
export const CONTINUES_MARK = '\u0004';

/** Pronouns that stand for a thing or a group named before, as a sentence's first word. */
const POINTING_PRONOUNS = new Set(['it', 'its', 'they', 'their', 'this', 'these', 'he', 'she', 'his', 'her']);
/**
 * Determiners that take up a noun named before: "this method", "these ships". Not "the": "the
 * blast" after a sentence about the blast as often tells of another thing it did, and let wrong
 * passages through on the dev sets.
 */
const POINTING_DETERMINERS = new Set(['this', 'these']);

/**
 * Which sentences (by their place in `sentences`) open by pointing back at the sentence before:
 * with a pronoun, or with "this" or "these" and a noun (after its adjectives) that the sentence
 * before writes.
 */
export function continuations(sentences: readonly AnnotatedSentence[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < sentences.length; i++) {
    const toks = sentences[i]!.tokens;
    const first = toks[0]?.text.toLowerCase() ?? '';
    if (POINTING_PRONOUNS.has(first)) {
      out.add(i);
      continue;
    }
    if (!POINTING_DETERMINERS.has(first)) continue;
    let k = 1;
    while (toks[k]?.pos === 'ADJ') k++;
    const noun = toks[k];
    if (noun?.pos !== 'NOUN' || !isContentTerm(noun.stem, noun.pos)) continue;
    if (sentences[i - 1]!.tokens.some((t) => t.stem === noun.stem)) out.add(i);
  }
  return out;
}
