// The comparable form of a name, shared by extraction, the store and name look-ups.
import { onClearCaches, PROCESS_CACHES } from '../caches.js';
import { foldAccents } from './fold.js';

/** Names seen before -> their key (see PROCESS_CACHES.nameKeys). */
const nameKeys = new Map<string, string>();
const NAME_KEYS_MAX = PROCESS_CACHES.nameKeys.size;
onClearCaches('nameKeys', () => nameKeys.clear());

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
    if (nameKeys.size > NAME_KEYS_MAX) nameKeys.clear();
    nameKeys.set(name, k);
  }
  return k;
}
