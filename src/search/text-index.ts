// BM25 over sentence stems, with typo tolerance that never scans the corpus: an unknown query
// word is looked up in a delete-neighbourhood index of the vocabulary (edit distance up to 2).
import { stemOf } from '../nlp/annotate.js';
import { editDistance } from '../text/edit-distance.js';
import { foldAccents } from '../text/fold.js';
import { SpellingIndex } from '../text/spelling-index.js';
import type { Corpus } from '../corpus/corpus.js';
import { CORPUS_CACHES, PROCESS_CACHES } from '../caches.js';

export const K1 = 1.2;
const B = 0.75;

export interface Hit {
  gid: number;
  score: number;
  matched: Set<string>;
}

export class TextIndex {
  /** Term -> its number in the stored postings. */
  private readonly termNumber = new Map<string, number>();
  private readonly offsets: Int32Array;
  private readonly postings: Int32Array;
  private readonly lengths: Int32Array;
  private readonly avgLength: number;
  /**
   * By term number: the sentences it occurs in (not occurrences), and the largest BM25
   * term-frequency part it reaches in one (MaxScore's bound). Each is counted in one walk of the
   * term's postings when the engine warms up (prepareTermStatistics), or when a question first
   * uses the term if that comes sooner (-1 until then): a pass over all 1.75 million postings at
   * 18k articles cost opening a tenth of its time.
   */
  private readonly sentencesWith: Int32Array;
  private readonly largestParts: Float64Array;
  /** Lower-cased surface word -> stems it was seen with; built at the first misspelling, not at load. */
  private vocabulary: Map<string, string[]> | null = null;
  /** Close spellings of vocabulary words; built with the vocabulary. */
  private deletes: SpellingIndex | null = null;
  /** correct()'s answers by weight and word (src/caches.ts, CORPUS_CACHES.corrections). */
  private readonly corrections = new Map<string, ReadonlyMap<string, number>>();
  /** Per-sentence arrays every search reuses (src/caches.ts, CORPUS_CACHES.searchScratch). */
  private scratch: {
    /**
     * By sentence, one cell of CELL numbers: its score so far, BM25's length normalisation
     * (K1 * (1 - B + B * length / average), worked out once, at the first search rather than at
     * opening), and as whole numbers (`ints`, the same memory) the bits of the terms it holds and
     * its place in the heap of the best. A posting reads and writes one cell, where four arrays
     * cost four reads from memory at 18k articles.
     */
    cells: Float64Array;
    ints: Int32Array;
    touched: Int32Array;
    alive: Int32Array;
    /**
     * One bit per sentence: those found so far, and those still alive. A walk that only updates
     * sentences already found tests a bit for each posting: these fit the processor's nearest
     * caches, where an array of a number per sentence (masks) does not, at 18k articles.
     */
    foundBits: Uint32Array;
    aliveBits: Uint32Array;
  } | null = null;

  /** The last query's plan, by its terms and groups (read only, so the same maps plan the same). */
  private lastPlan: {
    terms: ReadonlyMap<string, number>;
    groups: Query['groups'] | null;
    plan: Plan;
  } | null = null;

  constructor(private readonly corpus: Corpus) {
    const { terms, offsets, postings, lengths } = corpus.index.postings;
    terms.forEach((t, i) => this.termNumber.set(t, i));
    this.offsets = offsets;
    this.postings = postings;
    this.lengths = lengths;
    this.avgLength = lengths.length ? postings.length / lengths.length : 1;
    this.sentencesWith = new Int32Array(terms.length).fill(-1);
    this.largestParts = new Float64Array(terms.length);
  }

  /** Term n's sentence count and largest part, counted at its first use. */
  private counted(n: number): number {
    if (this.sentencesWith[n]! >= 0) return n;
    const { offsets, postings } = this;
    let sentences = 0;
    let part = 0;
    for (let i = offsets[n]!, to = offsets[n + 1]!; i < to;) {
      const gid = postings[i]!;
      let tf = 0;
      while (i < to && postings[i] === gid) {
        tf++;
        i++;
      }
      sentences++;
      part = Math.max(part, (tf * (K1 + 1)) / (tf + this.norm(gid)));
    }
    this.sentencesWith[n] = sentences;
    this.largestParts[n] = part;
    return n;
  }

  /** How often a term occurs in a sentence: a binary search in its posting list, which holds one sentence number per occurrence, ascending. */
  private frequencyIn(term: string, gid: number): number {
    const i = this.termNumber.get(term);
    return i === undefined ? 0 : countIn(this.postings, this.offsets[i]!, this.offsets[i + 1]!, gid);
  }

  private spelling(): { vocabulary: Map<string, string[]>; deletes: SpellingIndex } {
    if (!this.vocabulary || !this.deletes) {
      const { words, stems } = this.corpus.index.vocabulary;
      const vocabulary = new Map<string, string[]>();
      words.forEach((w, i) => vocabulary.set(w, stems[i]!.split(' ')));
      this.vocabulary = vocabulary;
      this.deletes = new SpellingIndex(
        words.filter((w) => /^\p{L}+$/u.test(w)),
        VOCABULARY_SPELLING,
      );
    }
    return { vocabulary: this.vocabulary, deletes: this.deletes };
  }

  /** Builds the spelling index now rather than at the first misspelling. */
  prepareSpelling(): void {
    this.spelling();
  }

  /**
   * Stems the words the articles use now, into the process's stem memo, rather than while
   * answering: a fresh process stemmed each question word, and each word of the sentences it
   * weighed, at its first use (a twentieth of its first answers' time at 18k articles). At most
   * half the memo, so that it is not emptied by the next new words.
   */
  prepareStems(): void {
    const { words } = this.corpus.index.vocabulary;
    const most = Math.min(words.length, PROCESS_CACHES.wordStems.size / 2);
    for (let i = 0; i < most; i++) stemOf(words[i]!);
  }

  /**
   * Counts every term's sentences and largest part now rather than at its first use: a question
   * with a common word new to the index walked that word's whole posting list while answering.
   */
  prepareTermStatistics(): void {
    for (let n = 0; n < this.sentencesWith.length; n++) this.counted(n);
  }

  get size(): number {
    return this.lengths.length;
  }

  /** A sentence's length in indexed words, against the corpus's average. */
  relativeLength(gid: number): number {
    return this.lengths[gid]! / this.avgLength;
  }

  /** The indexed terms of this shape ("3-2" for a score): a walk of the vocabulary, for a shape no question types. */
  termsShaped(shape: RegExp): string[] {
    return [...this.termNumber.keys()].filter((t) => shape.test(t));
  }

  hasStem(stem: string): boolean {
    return this.termNumber.has(stem);
  }
  /** Whether the articles use this word (through its stem, so no vocabulary is needed at load). */
  hasWord(word: string): boolean {
    return this.termNumber.has(stemOf(word));
  }
  documentFrequency(stem: string): number {
    const n = this.termNumber.get(stem);
    return n === undefined ? 0 : this.sentencesWith[this.counted(n)]!;
  }

  /** Whether a sentence holds the term (a binary search in its postings, so no document is read). */
  occursIn(stem: string, gid: number): boolean {
    return this.frequencyIn(stem, gid) > 0;
  }

  /** Whether any sentence from..to (inclusive) holds the term: one binary search, however many sentences. */
  occursBetween(stem: string, from: number, to: number): boolean {
    const n = this.termNumber.get(stem);
    if (n === undefined) return false;
    if (from > to) return false;
    const i = lowerBound(this.postings, this.offsets[n]!, this.offsets[n + 1]!, from);
    return i < this.offsets[n + 1]! && this.postings[i]! <= to;
  }

  idf(stem: string): number {
    const df = this.documentFrequency(stem);
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /**
   * What a misspelt word may have meant, as stems with weights that share `weight`. Only the
   * nearest spellings count, and each by how often the articles use it: "sevn" is far more
   * likely "seven" than the name "Sven". A letter dropped, doubled or swapped is a nearer slip
   * than a letter replaced: "visted" is "visited" before "listed".
   */
  correct(word: string, weight = 0.8): ReadonlyMap<string, number> {
    // A question asks about a word more than once (its query, its names, its topic), and
    // questions share words: each look-up walks the word's deletions and compares spellings.
    const w = word.toLowerCase();
    const key = `${weight} ${w}`;
    const known = this.corrections.get(key);
    if (known) return known;
    const out = this.corrected(w, weight);
    if (this.corrections.size >= CORPUS_CACHES.corrections.size) this.corrections.clear();
    this.corrections.set(key, out);
    return out;
  }

  private corrected(w: string, weight: number): Map<string, number> {
    const out = new Map<string, number>();
    if (w.length < VOCABULARY_SPELLING.minLength || !/^\p{L}+$/u.test(w)) return out;
    const { vocabulary, deletes } = this.spelling();
    const found = new Map<string, number>();
    for (const cand of deletes.near(w)) {
      if (cand === w) continue;
      // A missing or extra accent ("Herve" for "Hervé") is the nearest slip of all.
      found.set(cand, foldAccents(cand, 'NFD') === foldAccents(w, 'NFD') ? 0 : editDistance(w, cand, SUBSTITUTION));
    }
    const nearest = Math.min(...found.values());
    const stems = [
      ...new Set([...found].filter(([, d]) => d === nearest).flatMap(([cand]) => [...vocabulary.get(cand)!])),
    ]
      .sort((a, b) => this.documentFrequency(b) - this.documentFrequency(a))
      .slice(0, 3);
    let total = 0;
    for (const st of stems) total += this.documentFrequency(st);
    for (const st of stems) out.set(st, (weight * this.documentFrequency(st)) / total);
    return out;
  }

  /**
   * BM25 over the given stems (each with a weight), optionally within a sentence range, the best
   * `limit` sentences first. Terms are taken by the most they can add, and two rules keep long
   * posting lists from being walked:
   * - MaxScore: once the `limit`-th best score so far exceeds what the remaining terms could add
   *   to a sentence not yet seen, no new sentence can make the list; the remaining terms only
   *   add to sentences that can still reach it.
   * - A very common term only adds to sentences already found, when there are any.
   *
   * One question word counts once: a sentence holding several of its stand-ins (three
   * corrections of one typo, a word and its paraphrases) scores for the best of them. Summing
   * them would rank a sentence full of paraphrases of one word above one that has every word
   * asked.
   */
  search(query: ReadonlyMap<string, number> | Query, range: [number, number] = [0, this.size], limit = 50): Hit[] {
    const terms = query instanceof Map ? query : (query as Query).terms;
    // Scratch arrays sized to the corpus, reused across searches: a search allocates nothing per
    // sentence, so answering leaves little for the garbage collector.
    const { cells, ints, touched, alive, foundBits, aliveBits } = (this.scratch ??= this.newScratch());
    let touchedCount = 0;
    /** Sentences found so far that may still make the list, once MaxScore applies (-1: not yet). */
    let aliveCount = -1;
    const common = Math.max(COMMON_MIN, this.size * COMMON_SHARE);
    const { ordered, siblings, weights, numbers, rest } = this.planOf(query, terms);
    // The best `limit` sentences so far, as a min-heap on score (HEAP_AT: position + 1, 0 when out).
    // Scores only grow, so its root is always the `limit`-th best score: MaxScore's threshold.
    const top = new TopScores(cells, ints, limit);
    const add = (bit: number, gid: number, tf: number) => {
      const cell = gid * CELL;
      const m = ints[gid * CELL_INTS + MASK]!;
      if (m === 0) {
        touched[touchedCount++] = gid;
        foundBits[gid >> 5]! |= 1 << (gid & 31);
      }
      let part = (weights[bit]! * (tf * (K1 + 1))) / (tf + cells[cell + NORM]!);
      if (m & siblings[bit]!)
        part -= Math.min(part, this.bestOf(numbers, weights, m & siblings[bit]!, gid, cells[cell + NORM]!));
      cells[cell + SCORE]! += part;
      ints[gid * CELL_INTS + MASK]! |= 1 << bit;
      top.raised(gid);
    };
    // Whether touched (up to touchedSorted) and alive are in sentence order, as galloping needs.
    let touchedSorted = 0;
    let aliveSorted = false;
    for (let bit = 0; bit < ordered.length; bit++) {
      const term = ordered[bit]![0];
      const n = numbers[bit]!;
      const from = this.offsets[n]!;
      const to = this.offsets[n + 1]!;
      const threshold = top.threshold();
      if (threshold >= rest[bit]!) {
        const fromAlive = aliveCount >= 0;
        const [list, count] = fromAlive ? [alive, aliveCount] : [touched, touchedCount];
        let kept = 0;
        for (let i = 0; i < count; i++)
          if (cells[list[i]! * CELL + SCORE]! + rest[bit]! >= threshold) alive[kept++] = list[i]!;
        aliveSorted = fromAlive ? aliveSorted : touchedSorted === touchedCount;
        aliveCount = kept;
      }
      const [only, onlyCount] =
        aliveCount >= 0
          ? [alive, aliveCount]
          : this.documentFrequency(term) > common && touchedCount > 0
            ? [touched, touchedCount]
            : [null, 0];
      const length = to - from;
      if (only && onlyCount * (2 * Math.log2(length / onlyCount + 1) + 1) <= length) {
        if (only === alive && !aliveSorted) {
          alive.subarray(0, aliveCount).sort();
          aliveSorted = true;
        }
        if (only === touched && touchedSorted !== touchedCount) {
          touched.subarray(0, touchedCount).sort();
          touchedSorted = touchedCount;
        }
        this.gallop(from, to, only, onlyCount, (gid, tf) => add(bit, gid, tf));
        continue;
      }
      // Many sentences to update: one walk down the posting list is cheaper than a search each.
      if (aliveCount >= 0) for (let i = 0; i < aliveCount; i++) aliveBits[alive[i]! >> 5]! |= 1 << (alive[i]! & 31);
      // Alive sentences are found ones: once there are any, the walk updates those only.
      const bits = aliveCount >= 0 ? aliveBits : foundBits;
      const p = this.postings;
      let i = lowerBound(p, from, to, range[0]);
      while (i < to && p[i]! < range[1]) {
        const gid = p[i]!;
        let tf = 0;
        while (i < to && p[i] === gid) {
          tf++;
          i++;
        }
        if (only && (bits[gid >> 5]! & (1 << (gid & 31))) === 0) continue;
        add(bit, gid, tf);
      }
      if (aliveCount >= 0) for (let i = 0; i < aliveCount; i++) aliveBits[alive[i]! >> 5] = 0;
    }
    const hits = this.best(aliveCount >= 0 ? alive : touched, aliveCount >= 0 ? aliveCount : touchedCount, limit).map(
      (gid) => ({
        gid,
        score: cells[gid * CELL + SCORE]!,
        matched: termsIn(ordered, ints[gid * CELL_INTS + MASK]!),
      }),
    );
    for (let i = 0; i < touchedCount; i++) {
      cells[touched[i]! * CELL + SCORE] = 0;
      ints[touched[i]! * CELL_INTS + MASK] = 0;
      ints[touched[i]! * CELL_INTS + HEAP_AT] = 0;
      foundBits[touched[i]! >> 5] = 0;
    }
    return hits;
  }

  /**
   * The terms a query searches by and what each can add, worked out once for the query's searches
   * in a row: a question's own search is followed by one per sentence that goes on about a hit
   * (rank-passages.ts), and sorting its terms cost those as much as their one sentence's postings.
   */
  private planOf(query: ReadonlyMap<string, number> | Query, terms: ReadonlyMap<string, number>): Plan {
    const groups = query instanceof Map ? null : (query as Query).groups;
    const last = this.lastPlan;
    if (last?.terms === terms && last.groups === groups) return last.plan;
    const ordered = this.selectTerms(query, terms);
    const siblings = Int32Array.from(groups ? this.siblingMasks(groups, ordered) : ordered.map(() => 0));
    const weights = Float64Array.from(ordered, ([term, weight]) => this.idf(term) * weight);
    const numbers = Int32Array.from(ordered, ([term]) => this.termNumber.get(term)!);
    // The most terms bit.. can add to one sentence. A question word counts once, so its stand-ins
    // add at most the largest of their parts: "raise" and six paraphrases bound one word, not seven.
    const rest = new Float64Array(ordered.length + 1);
    const wordMost = new Float64Array(ordered.length);
    for (let bit = ordered.length - 1; bit >= 0; bit--) {
      const word = 31 - Math.clz32((siblings[bit]! | (1 << bit)) & -(siblings[bit]! | (1 << bit)));
      const most = weights[bit]! * this.largestPart(ordered[bit]![0]);
      rest[bit] = rest[bit + 1]! + Math.max(0, most - wordMost[word]!);
      wordMost[word] = Math.max(wordMost[word]!, most);
    }
    const plan = { ordered, siblings, weights, numbers, rest };
    this.lastPlan = { terms, groups, plan };
    return plan;
  }

  /**
   * For each of the first `count` sentences (ascending), how often it occurs in postings[from, to),
   * found by galloping forward: each search starts where the last one ended.
   */
  private gallop(
    from: number,
    to: number,
    gids: Int32Array,
    count: number,
    found: (gid: number, tf: number) => void,
  ): void {
    const p = this.postings;
    let i = from;
    for (let k = 0; k < count && i < to; k++) {
      const gid = gids[k]!;
      let bound = 1;
      while (i + bound < to && p[i + bound]! < gid) bound *= 2;
      i = lowerBound(p, i + (bound >> 1), Math.min(i + bound + 1, to), gid);
      let tf = 0;
      while (i < to && p[i] === gid) {
        tf++;
        i++;
      }
      if (tf) found(gid, tf);
    }
  }

  private newScratch(): NonNullable<TextIndex['scratch']> {
    const cells = new Float64Array(this.size * CELL);
    for (let gid = 0; gid < this.size; gid++) cells[gid * CELL + NORM] = this.norm(gid);
    return {
      cells,
      ints: new Int32Array(cells.buffer),
      touched: new Int32Array(this.size),
      alive: new Int32Array(this.size),
      foundBits: new Uint32Array((this.size >> 5) + 1),
      aliveBits: new Uint32Array((this.size >> 5) + 1),
    };
  }

  private norm(gid: number): number {
    return K1 * (1 - B + (B * this.lengths[gid]!) / this.avgLength);
  }

  /** The largest BM25 term-frequency part the term reaches in any sentence (an upper bound for MaxScore). */
  private largestPart(term: string): number {
    const n = this.termNumber.get(term);
    return n === undefined ? 0 : this.largestParts[this.counted(n)]!;
  }

  /**
   * At most 32 terms (one bit each), those that can add most first. When there are more, the
   * words asked (rarest first) are kept before their stand-ins, so a long question's paraphrases
   * and name aliases never push out one of its own words.
   */
  private selectTerms(
    query: ReadonlyMap<string, number> | Query,
    terms: ReadonlyMap<string, number>,
  ): [string, number][] {
    const known: [string, number][] = [];
    // Each term's figures worked out once, not at every comparison of the sorts below.
    // MaxScore prunes best when the terms that can add most come first: a rare paraphrase at low
    // weight would otherwise be walked early and fill the candidates with weak matches.
    const mostOf = new Map<string, number>();
    terms.forEach((w, t) => {
      if (!this.termNumber.has(t)) return;
      known.push([t, w]);
      mostOf.set(t, this.idf(t) * w * this.largestPart(t));
    });
    const byMost = (a: [string, number], b: [string, number]) => mostOf.get(b[0])! - mostOf.get(a[0])!;
    if (known.length <= 32) return known.sort(byMost);
    const df = new Map(known.map(([t]) => [t, this.documentFrequency(t)]));
    const byRarity = (a: [string, number], b: [string, number]) => df.get(a[0])! - df.get(b[0])!;
    const own = new Set<string>();
    if (!(query instanceof Map)) {
      for (const g of (query as Query).groups) {
        let best: string | null = null;
        for (const [st, w] of g.stems)
          if (this.termNumber.has(st) && (best === null || w > g.stems.get(best)!)) best = st;
        if (best !== null) own.add(best);
      }
    }
    const first = known.filter(([t]) => own.has(t)).sort(byRarity);
    const rest = known.filter(([t]) => !own.has(t)).sort(byRarity);
    return [...first, ...rest].slice(0, 32).sort(byMost);
  }

  /** The `limit` best candidates, best first (ties by sentence order), without sorting them all. */
  private best(candidates: Int32Array, count: number, limit: number): number[] {
    const cells = this.scratch!.cells;
    const score = (gid: number) => cells[gid * CELL + SCORE]!;
    const before = (a: number, b: number) => score(a) > score(b) || (score(a) === score(b) && a < b);
    // A min-heap of the best so far: its root is the weakest of them.
    const heap: number[] = [];
    const down = (i: number) => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let w = i;
        if (l < heap.length && before(heap[w]!, heap[l]!)) w = l;
        if (r < heap.length && before(heap[w]!, heap[r]!)) w = r;
        if (w === i) return;
        [heap[i], heap[w]] = [heap[w]!, heap[i]!];
        i = w;
      }
    };
    for (let i = 0; i < count; i++) {
      const gid = candidates[i]!;
      if (heap.length < limit) {
        heap.push(gid);
        for (let i = heap.length - 1; i > 0;) {
          const up = (i - 1) >> 1;
          if (!before(heap[up]!, heap[i]!)) break;
          [heap[up], heap[i]] = [heap[i]!, heap[up]!];
          i = up;
        }
      } else if (limit > 0 && before(gid, heap[0]!)) {
        heap[0] = gid;
        down(0);
      }
    }
    return heap.sort((a, b) => (before(a, b) ? -1 : 1));
  }

  /**
   * For each term, the terms that stand for the same question word. A stem standing for two
   * words ("chief" asked, and a paraphrase of "president") belongs to the word it stands for
   * most directly.
   */
  private siblingMasks(groups: Query['groups'], ordered: [string, number][]): number[] {
    const bitOf = new Map(ordered.map(([t], bit) => [t, bit]));
    const owner = new Map<string, number>();
    groups.forEach((g, i) => {
      for (const [st, w] of g.stems) {
        const current = owner.get(st);
        if (bitOf.has(st) && (current === undefined || w > groups[current]!.stems.get(st)!)) owner.set(st, i);
      }
    });
    const grouped = new Array<number>(groups.length).fill(0);
    for (const [st, i] of owner) grouped[i]! |= 1 << bitOf.get(st)!;
    return ordered.map(([t]) => {
      const g = owner.get(t);
      return g === undefined ? 0 : grouped[g]! & ~(1 << bitOf.get(t)!);
    });
  }

  /**
   * The best a sentence already scored for any of the given terms (bits): each one's part worked
   * out as `add` worked it out (the same weight, normalisation and order of operations), its
   * frequency counted in its postings. Term numbers and weights come from the search, so no term
   * is looked up by name again for each sentence.
   */
  private bestOf(numbers: Int32Array, weights: Float64Array, bits: number, gid: number, norm: number): number {
    let best = 0;
    for (let bit = 0; bit < numbers.length; bit++)
      if (bits & (1 << bit)) {
        const n = numbers[bit]!;
        const tf = countIn(this.postings, this.offsets[n]!, this.offsets[n + 1]!, gid);
        best = Math.max(best, (weights[bit]! * (tf * (K1 + 1))) / (tf + norm));
      }
    return best;
  }
}

/**
 * A question as search terms: each stem's weight, and the question's words, each with the stems
 * that may stand for it (itself, corrections, paraphrases, a name's aliases).
 */
/** A query's terms in the order searched (one bit each), and what they can add (TextIndex.planOf). */
interface Plan {
  ordered: [string, number][];
  /** By term: the bits of the terms standing for the same question word. */
  siblings: Int32Array;
  /** By term: its idf times its weight. */
  weights: Float64Array;
  /** By term: its number in the postings. */
  numbers: Int32Array;
  /** rest[bit]: the most terms bit.. can add to one sentence. */
  rest: Float64Array;
}

export interface Query {
  terms: ReadonlyMap<string, number>;
  groups: readonly { stems: ReadonlyMap<string, number> }[];
}

/** The `limit` highest scores among sentences whose scores only grow: a min-heap of sentence numbers. */
class TopScores {
  private readonly heap: Int32Array;
  private size = 0;

  constructor(
    private readonly cells: Float64Array,
    private readonly ints: Int32Array,
    private readonly limit: number,
  ) {
    this.heap = new Int32Array(Math.max(1, limit));
  }

  private score(gid: number): number {
    return this.cells[gid * CELL + SCORE]!;
  }

  /** The `limit`-th best score so far; -Infinity until there are that many. */
  threshold(): number {
    return this.size >= this.limit && this.limit > 0 ? this.score(this.heap[0]!) : -Infinity;
  }

  /** A sentence's score has grown. */
  raised(gid: number): void {
    const i = this.ints[gid * CELL_INTS + HEAP_AT]! - 1;
    if (i >= 0) this.down(i);
    else if (this.size < this.limit) {
      this.put(this.size, gid);
      this.up(this.size++);
    } else if (this.limit > 0 && this.score(gid) > this.score(this.heap[0]!)) {
      this.ints[this.heap[0]! * CELL_INTS + HEAP_AT] = 0;
      this.put(0, gid);
      this.down(0);
    }
  }

  private put(i: number, gid: number): void {
    this.heap[i] = gid;
    this.ints[gid * CELL_INTS + HEAP_AT] = i + 1;
  }

  private up(i: number): void {
    const { heap } = this;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.score(heap[parent]!) <= this.score(heap[i]!)) return;
      const g = heap[i]!;
      this.put(i, heap[parent]!);
      this.put(parent, g);
      i = parent;
    }
  }

  private down(i: number): void {
    const { heap } = this;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < this.size && this.score(heap[l]!) < this.score(heap[least]!)) least = l;
      if (r < this.size && this.score(heap[r]!) < this.score(heap[least]!)) least = r;
      if (least === i) return;
      const g = heap[i]!;
      this.put(i, heap[least]!);
      this.put(least, g);
      i = least;
    }
  }
}

/** A search's cell per sentence: numbers (float64) in it, and where each part stands. */
const CELL = 4;
const SCORE = 0;
const NORM = 1;
/** The cell as 32-bit whole numbers: twice as many, the term bits and heap place after the two above. */
const CELL_INTS = CELL * 2;
const MASK = 4;
const HEAP_AT = 5;

/** A term in more sentences than this share (and at least COMMON_MIN) is "common". */
const COMMON_SHARE = 0.01;
const COMMON_MIN = 1000;

/** The terms whose bits `mask` holds, in their order. */
function termsIn(ordered: readonly [string, number][], mask: number): Set<string> {
  const out = new Set<string>();
  for (let bit = 0; bit < ordered.length; bit++) if (mask & (1 << bit)) out.add(ordered[bit]![0]);
  return out;
}

/** The first position in p[from, to) holding at least value. */
function lowerBound(p: Int32Array, from: number, to: number, value: number): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How often a sentence number occurs in the sorted posting list p[from, to). */
function countIn(p: Int32Array, from: number, to: number, gid: number): number {
  let i = lowerBound(p, from, to, gid);
  let n = 0;
  while (i < to && p[i] === gid) {
    n++;
    i++;
  }
  return n;
}

/**
 * Misspelt question words against the articles' vocabulary (tens of thousands of words): a
 * tighter bucket cap than names' keeps the index small, and 2 edits from 6 letters lets
 * "goverment" find "government" while 4-5 letter words, mostly common ones, stay at 1.
 */
const VOCABULARY_SPELLING = { minLength: 4, bucketCap: 20, twoEditsFrom: 6 };

/** What replacing a letter costs, against 1 for dropping, adding or swapping one, when ranking corrections. */
const SUBSTITUTION = 1.5;
