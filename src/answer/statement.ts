// Whether a passage states anything: an image caption left in an encyclopaedia's text ("Double
// rainbow over a field", "Outside the old saloon in New York.") names things and asserts nothing
// of them, so however many of the question's words it holds, it answers no question. A caption
// has no verb, not even a copula; but the tagger reads some real verbs as nouns ("The two bases
// form the largest presence"), so a verbless sentence is taken for a caption only at the head of
// its article, before any sentence with a verb, or where it has no closing stop, as a sentence has.
import type { Corpus } from '../corpus/corpus.js';

const verbless = (corpus: Corpus, gid: number) => !corpus.tokens(gid).some((t) => t.pos === 'VERB' || t.pos === 'AUX');

/** A sentence's closing stop, before any closing quotation marks or brackets. */
const CLOSED = /[.!?;:]["'”’)\]]*\s*$/;

/** Whether the sentence is a caption or a label: no verb, and at its article's head or without a closing stop. */
export function statesNothing(corpus: Corpus, gid: number): boolean {
  if (!verbless(corpus, gid)) return false;
  if (!CLOSED.test(corpus.sentenceText(gid))) return true;
  for (let g = gid - 1; g >= corpus.docOf(gid).firstGid; g--) if (!verbless(corpus, g)) return false;
  return true;
}
