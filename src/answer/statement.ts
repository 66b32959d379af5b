// Whether a passage states anything: an image caption left in an encyclopaedia's text ("Fishing
// boats at dawn", "Outside the lighthouse gift shop in Northport.") names things and asserts nothing
// of them, so however many of the question's words it holds, it answers no question. A caption
// has no verb, not even a copula; but the tagger reads some real verbs as nouns ("The two bases
// form the largest presence"), so a verbless sentence is taken for a caption only at the head of
// its article, before any sentence with a verb, or where it has no closing stop, as a sentence has.
// Nor does a sentence about the page itself ("The following is a list of ...").
import type { Corpus } from '../corpus/corpus.js';
import { isYear } from '../text/dates.js';

// A figure makes a verbless line a statement: news and reports give results as lines of
// figures ("Shr loss 75 cts vs profit 39 cts", "Sales 48.1 mln vs 31.7 mln"). A year does
// not: captions date what they show ("the great storm of 1901").
const verbless = (corpus: Corpus, gid: number) =>
  !corpus.tokens(gid).some((t) => t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'NUM' && !isYear(t.text)));

/** A sentence's closing stop, before any closing quotation marks or brackets. */
const CLOSED = /[.!?;:]["'”’)\]]*\s*$/;

/**
 * Captions an article may open with before its first sentence: more would be a list, whose
 * verbless items may be tagger slips. Also what keeps a sentence's tokens from being read for
 * most passages, which the rest of their scoring does not need.
 */
const HEAD_CAPTIONS = 3;

/**
 * A sentence about the page itself, not the world: "The following is a list of ...", "This article
 * shows ...". It tells where to look, never what is so. Capitalised, it opens a sentence, maybe
 * one a caption runs into ("... of America The following is a list"); "on this list" is no such.
 */
const OF_THE_PAGE = /(?:^|[\p{L}\p{N})\]] )(?:This (?:article|list|page)|The following (?:is|are|table|list))\b/u;

/** Whether the sentence is a caption or a label (no verb, and at its article's head or without a closing stop), or tells of the page itself. */
export function statesNothing(corpus: Corpus, gid: number): boolean {
  const first = corpus.docOf(gid).firstGid;
  if (OF_THE_PAGE.test(corpus.sentenceText(gid))) return true;
  if (CLOSED.test(corpus.sentenceText(gid))) {
    if (gid - first >= HEAD_CAPTIONS) return false;
    for (let g = gid; g >= first; g--) if (!verbless(corpus, g)) return false;
    return true;
  }
  return verbless(corpus, gid);
}
