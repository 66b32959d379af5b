// Whether a passage states anything: an image caption left at the head of an encyclopaedia's
// text ("Double rainbow over a field", "Outside the old saloon in New York.") names things and
// asserts nothing of them, so however many of the question's words it holds, it answers no
// question. Only at the head: further on, a sentence the tagger reads without a verb ("The two
// bases form the largest presence", "form" a noun) is still a statement.
import type { Corpus } from '../corpus/corpus.js';

const verbless = (corpus: Corpus, gid: number) => !corpus.tokens(gid).some((t) => t.pos === 'VERB' || t.pos === 'AUX');

/** Whether the sentence, and every one before it in its article, has no verb at all, not even a copula. */
export function statesNothing(corpus: Corpus, gid: number): boolean {
  for (let g = gid; g >= corpus.docOf(gid).firstGid; g--) if (!verbless(corpus, g)) return false;
  return true;
}
