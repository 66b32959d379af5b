// The comparable form of a name, shared by extraction, the store and name look-ups.
import { foldAccents } from './fold.js';

/** Names seen before -> their key; cleared past this size so a long run does not grow without end. */
const NAME_KEY_CACHE_SIZE = 100_000;
const nameKeys = new Map<string, string>();

/** The comparable form of a name (no accents, article, dots; lower case); cached, as names repeat. */
export function nameKey(name: string): string {
  let k = nameKeys.get(name);
  if (k === undefined) {
    k = foldAccents(name)
      .replace(/[’`]/g, "'")
      .replace(/^(the|a|an)\s+/i, '')
      .replace(/\./g, '')
      .replace(/\s+/g, ' ')
      .trim()
      .toLowerCase();
    if (nameKeys.size > NAME_KEY_CACHE_SIZE) nameKeys.clear();
    nameKeys.set(name, k);
  }
  return k;
}
