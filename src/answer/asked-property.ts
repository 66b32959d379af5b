// "What percentage of trains were late": a count or share asked of the things that are so is
// not given by a passage that never says they are ("71% of trains arrived on time" counts the
// others). The adjective the question ends on is a word the passage must write.
import type { Token } from '../nlp/annotate.js';

const COPULA = /^(is|are|was|were|be|been)$/i;

/**
 * Where the adjective a count or share is asked of stands ("were late", "are still unpaid"), or
 * -1: the question's last word, an adjective after a copula, in a question that expects a number.
 */
export function askedPropertyAt(tokens: readonly Token[], expects: string): number {
  if (expects !== 'number') return -1;
  let last = tokens.length - 1;
  while (last >= 0 && tokens[last]!.pos === 'PUNCT') last--;
  if (tokens[last]?.pos !== 'ADJ') return -1;
  let k = last - 1;
  // "were how old": a measure asked, no property.
  while (k >= 0 && tokens[k]!.pos === 'ADV') if (/^how$/i.test(tokens[k--]!.text)) return -1;
  return k > 0 && COPULA.test(tokens[k]!.text) ? last : -1;
}
