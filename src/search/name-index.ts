// Finds names by any of their words without scanning every name: exact words, prefixes (for
// autocomplete: "stanik") and close spellings (edit distance 1-2 through a deletion index:
// "stanikzay"). fuse.js then orders the few candidates by character-level likeness.
import Fuse from 'fuse.js';
import { CORPUS_CACHES } from '../caches.js';
import { SpellingIndex } from '../text/spelling-index.js';
import { nameWords as wordsOf } from '../text/words.js';

export interface NameRow {
  name: string;
  id: string;
  weight: number;
}

const MAX_PREFIX_WORDS = 300;
const MAX_CANDIDATES = 60;

/**
 * Close spellings of name words: names are fewer than vocabulary words and often rare, so a
 * bucket keeps more of them (30); 2 edits only from 7 letters, as short names ("Chen", "Cohen")
 * are too often one another's near spellings.
 */
const NAME_SPELLING = { minLength: 4, bucketCap: 30, twoEditsFrom: 7 };

export class NameIndex {
  private readonly rowsByWord = new Map<string, number[]>();
  private readonly sortedWords: string[];
  private readonly spelling: SpellingIndex;

  constructor(private readonly rows: NameRow[]) {
    rows.forEach((row, i) => {
      for (const w of new Set(wordsOf(row.name))) {
        const list = this.rowsByWord.get(w);
        if (list) list.push(i);
        else this.rowsByWord.set(w, [i]);
      }
    });
    // Most mentioned first, so a lookup can stop at the first name mentioned too rarely.
    for (const list of this.rowsByWord.values()) list.sort((a, b) => rows[b]!.weight - rows[a]!.weight);
    this.sortedWords = [...this.rowsByWord.keys()].sort();
    this.spelling = new SpellingIndex(this.sortedWords, NAME_SPELLING);
  }

  /**
   * Close spellings by word (src/caches.ts, CORPUS_CACHES.nameSpellings): a question looks up
   * each of its words in several runs ("a b", "a b c", "a"), and its next command repeats them.
   */
  private readonly nearby = new Map<string, string[]>();

  private nearWords(word: string): string[] {
    let out = this.nearby.get(word);
    if (!out) {
      out = this.spelling.near(word);
      if (this.nearby.size >= CORPUS_CACHES.nameSpellings.size) this.nearby.clear();
      this.nearby.set(word, out);
    }
    return out;
  }

  private withPrefix(p: string): string[] {
    let lo = 0;
    let hi = this.sortedWords.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sortedWords[mid]! < p) lo = mid + 1;
      else hi = mid;
    }
    const out: string[] = [];
    for (
      let i = lo;
      i < this.sortedWords.length && out.length < MAX_PREFIX_WORDS && this.sortedWords[i]!.startsWith(p);
      i++
    )
      out.push(this.sortedWords[i]!);
    return out;
  }

  /** Rows with this exact word in their name ("visit" in "U.S. Visit") and at least `minWeight`, heaviest first. */
  withWord(word: string, minWeight = 0): NameRow[] {
    const out: NameRow[] = [];
    for (const r of this.rowsByWord.get(wordsOf(word)[0] ?? '') ?? []) {
      if (this.rows[r]!.weight < minWeight) break;
      out.push(this.rows[r]!);
    }
    return out;
  }

  /**
   * Rows whose words match every word of the query: exactly, as a prefix (the last word, or all
   * when `prefix`), or by a close spelling. Best first.
   */
  find(query: string, options: { prefix: boolean; limit: number }): NameRow[] {
    const words = wordsOf(query).slice(0, 6);
    if (!words.length) return [];
    // Each query word with the index words it may stand for: itself, completions, near spellings.
    const alternatives = words
      .map((w, i) => {
        const matched = new Map<string, number>();
        matched.set(w, 3);
        if (options.prefix && i === words.length - 1)
          for (const x of this.withPrefix(w)) if (!matched.has(x)) matched.set(x, 2);
        for (const x of this.nearWords(w)) if (!matched.has(x)) matched.set(x, 1);
        let rows = 0;
        for (const x of matched.keys()) rows += this.rowsByWord.get(x)?.length ?? 0;
        return { matched, rows };
      })
      .sort((a, b) => a.rows - b.rows);
    // The word with the fewest names first; the others only narrow its names down, checked
    // against each name's own words when that is cheaper than listing all of theirs.
    const hits = new Map<number, number>();
    alternatives.forEach(({ matched, rows }, i) => {
      if (i > 0 && hits.size * 4 < rows) {
        // A map may lose the entry being visited: the walk goes on with the next.
        hits.forEach((score, r) => {
          const own = wordsOf(this.rows[r]!.name);
          let best = 0;
          matched.forEach((s, word) => {
            if (s > best && own.includes(word)) best = s;
          });
          if (best) hits.set(r, score + best);
          else hits.delete(r);
        });
        return;
      }
      // The first word's names are the hits themselves, each with its best score.
      const rowScores = i === 0 ? hits : new Map<number, number>();
      matched.forEach((score, word) => {
        for (const r of this.rowsByWord.get(word) ?? []) rowScores.set(r, Math.max(rowScores.get(r) ?? 0, score));
      });
      if (i > 0)
        hits.forEach((score, r) => {
          const s = rowScores.get(r);
          if (s === undefined) hits.delete(r);
          else hits.set(r, score + s);
        });
    });
    const candidates = [...hits.entries()]
      .sort((a, b) => b[1] - a[1] || this.rows[b[0]]!.weight - this.rows[a[0]]!.weight)
      .slice(0, MAX_CANDIDATES)
      .map(([r]) => this.rows[r]!);
    if (candidates.length <= 1) return candidates.slice(0, options.limit);
    // Character-level likeness among the few candidates, then how often the entity is mentioned.
    const fuse = new Fuse(candidates, { keys: ['name'], includeScore: true, ignoreLocation: true, threshold: 1 });
    return fuse
      .search(query.slice(0, 64))
      .sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || b.item.weight - a.item.weight)
      .map((h) => h.item)
      .slice(0, options.limit);
  }
}
