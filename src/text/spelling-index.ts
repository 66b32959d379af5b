// Close spellings without scanning every word: a deletion-neighbourhood (SymSpell) index. Every
// word is filed under each form with one letter dropped, so a query reaches the words within
// two edits by looking up itself and its own deletions.
import { deletions, editDistance } from './edit-distance.js';

export interface SpellingSettings {
  /** Shorter words are neither indexed nor corrected: at 3 letters nearly every word is near another. */
  minLength: number;
  /** Words kept per deletion key: a higher cap finds more rare words and costs memory and time per query. */
  bucketCap: number;
  /** From this length a query may be 2 edits away, below it only 1: lower finds more slips and more wrong words. */
  twoEditsFrom: number;
}

export class SpellingIndex {
  private readonly deletes = new Map<string, string[]>();

  /** `words` in the order their buckets fill: the first `bucketCap` under a key are kept. */
  constructor(
    words: Iterable<string>,
    private readonly settings: SpellingSettings,
  ) {
    for (const w of words)
      if (w.length >= settings.minLength)
        for (const d of deletions(w)) {
          const l = this.deletes.get(d);
          if (l) {
            if (l.length < settings.bucketCap) l.push(w);
          } else this.deletes.set(d, [w]);
        }
  }

  /** The most edits a query of this length may be from a word it stands for. */
  maxEdits(word: string): number {
    return word.length >= this.settings.twoEditsFrom ? 2 : 1;
  }

  /** Indexed words within `maxEdits` of `word` (itself included when indexed), in the order first found. */
  near(word: string): string[] {
    if (word.length < this.settings.minLength) return [];
    const max = this.maxEdits(word);
    const out = new Set<string>();
    // A word is filed under several of the query's keys: each is compared once.
    const compared = new Set<string>();
    for (const d of [word, ...deletions(word)])
      for (const cand of this.deletes.get(d) ?? []) {
        if (compared.has(cand)) continue;
        compared.add(cand);
        if (editDistance(word, cand) <= max) out.add(cand);
      }
    return [...out];
  }
}
