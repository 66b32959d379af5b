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
/** Determiners that take up a noun named before: "this method", "these ships", "such loaves". */
const POINTING_DETERMINERS = new Set(['this', 'these', 'such']);
/**
 * "The" takes up a noun only where the sentence before brought it in with "a" or "an" ("a new
 * kiln ... The kiln"): "the blast" after "the blast killed ..." as often tells another thing it
 * did, and let wrong passages through on the dev sets.
 */
const INTRODUCING = new Set(['a', 'an']);

/**
 * Where a sentence's own opening starts: after a joining word ("But it ..."), an adverb set off
 * by a comma ("Instead, this ..."), or an opening bracket or quote mark, which point nowhere
 * themselves.
 */
function openingAt(toks: AnnotatedSentence['tokens']): number {
  let k = 0;
  if (toks[k] && /^[("'\u201c\u2018[]$/.test(toks[k]!.text)) k++;
  if (toks[k]?.pos === 'CCONJ') k++;
  else if (toks[k]?.pos === 'ADV' && toks[k + 1]?.text === ',') k += 2;
  return k;
}

/** How many words before its noun "a" may stand and still open its phrase: "a | small glazed blue | kiln". */
const PHRASE_REACH = 4;

/** Whether the noun at `at` stands in a phrase opened by "a" or "an": "a small glazed kiln". */
function introduced(toks: AnnotatedSentence['tokens'], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && at - k <= PHRASE_REACH && !/^(DET|ADP|PUNCT|CCONJ|SCONJ|PRON)$/.test(toks[k]!.pos)) k--;
  return k >= 0 && INTRODUCING.has(toks[k]!.text.toLowerCase());
}

/**
 * Which sentences (by their place in `sentences`) open by pointing back at the sentence before:
 * with a pronoun, or with "this", "these" or "such" and a noun (after its adjectives) that the
 * sentence before writes, or with "the" and a noun the sentence before brought in. A joining
 * word or an adverb with its comma may come first ("However, it was shut ...").
 */
export function continuations(sentences: readonly AnnotatedSentence[]): Set<number> {
  const out = new Set<number>();
  for (let i = 1; i < sentences.length; i++) {
    const toks = sentences[i]!.tokens;
    let k = openingAt(toks);
    const first = toks[k]?.text.toLowerCase() ?? '';
    if (POINTING_PRONOUNS.has(first)) {
      out.add(i);
      continue;
    }
    const definite = first === 'the';
    if (!definite && !POINTING_DETERMINERS.has(first)) continue;
    k++;
    // "The sedimentary rock" after "a rock" names a kind of it, not the one brought in.
    while (!definite && toks[k]?.pos === 'ADJ') k++;
    const noun = toks[k];
    if ((noun?.pos !== 'NOUN' && noun?.pos !== 'PROPN') || !isContentTerm(noun.stem, noun.pos)) continue;
    const before = sentences[i - 1]!.tokens;
    if (before.some((t, j) => t.stem === noun.stem && (!definite || introduced(before, j)))) out.add(i);
  }
  return out;
}
