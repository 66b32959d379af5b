// BM25 over sentence stems, with typo tolerance that never scans the corpus: an unknown query
// word is looked up in a delete-neighbourhood index of the vocabulary (edit distance up to 2).
import { stemOf } from '../nlp/annotate.js';
import type { Corpus } from './corpus.js';

const K1 = 1.2;
const B = 0.75;

export interface Hit { gid: number; score: number; matched: Set<string> }

export class TextIndex {
  private readonly postings = new Map<string, Int32Array>();
  /** Sentences each stem occurs in, counted once at build time. */
  private readonly df = new Map<string, number>();
  private readonly lengths: Uint16Array;
  private readonly avgLength: number;
  /** Lower-cased surface word -> stems it was seen with; built at the first misspelling, not at load. */
  private vocabulary: Map<string, Set<string>> | null = null;
  /** Deletion variant -> vocabulary words (SymSpell-style); built with the vocabulary. */
  private deletes: Map<string, string[]> | null = null;
  private scores: Float64Array | null = null;
  private masks: Uint32Array | null = null;

  constructor(private readonly corpus: Corpus) {
    const n = corpus.sentences.length;
    this.lengths = new Uint16Array(n);
    const lists = new Map<string, number[]>();
    let total = 0;
    for (const ref of corpus.sentences) {
      // The content stems were chosen at build time, so loading only splits one string.
      const stems = ref.s.terms ? ref.s.terms.split(' ') : [];
      const len = stems.length;
      for (const st of stems) {
        // Term frequency is kept by repeating the sentence number.
        const list = lists.get(st);
        if (list) list.push(ref.gid);
        else lists.set(st, [ref.gid]);
      }
      this.lengths[ref.gid] = Math.min(len, 65535);
      total += len;
    }
    for (const [k, v] of lists) {
      this.postings.set(k, Int32Array.from(v));
      let df = 0; let last = -1;
      for (const g of v) if (g !== last) { df++; last = g; }
      this.df.set(k, df);
    }
    this.avgLength = n ? total / n : 1;
  }

  private spelling(): { vocabulary: Map<string, Set<string>>; deletes: Map<string, string[]> } {
    if (!this.vocabulary || !this.deletes) {
      const vocabulary = new Map<string, Set<string>>();
      for (const ref of this.corpus.sentences) {
        const stems = ref.s.stems.split(' ');
        const words = ref.s.words.split(' ');
        for (let i = 0; i < stems.length; i++) {
          if (!this.postings.has(stems[i]!)) continue;
          const w = words[i]!.toLowerCase();
          const set = vocabulary.get(w);
          if (set) set.add(stems[i]!);
          else vocabulary.set(w, new Set([stems[i]!]));
        }
      }
      const deletes = new Map<string, string[]>();
      for (const w of vocabulary.keys()) if (w.length >= 4 && /^\p{L}+$/u.test(w)) for (const d of deletions(w)) {
        const l = deletes.get(d);
        if (l) { if (l.length < 20) l.push(w); } else deletes.set(d, [w]);
      }
      this.vocabulary = vocabulary;
      this.deletes = deletes;
    }
    return { vocabulary: this.vocabulary, deletes: this.deletes };
  }

  get size(): number { return this.lengths.length; }

  hasStem(stem: string): boolean { return this.postings.has(stem); }
  /** Whether the articles use this word (through its stem, so no vocabulary is needed at load). */
  hasWord(word: string): boolean { return this.postings.has(stemOf(word)); }
  documentFrequency(stem: string): number {
    return this.df.get(stem) ?? 0;
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
  correct(word: string, weight = 0.8): Map<string, number> {
    const out = new Map<string, number>();
    const w = word.toLowerCase();
    if (w.length < 4 || !/^\p{L}+$/u.test(w)) return out;
    const { vocabulary, deletes } = this.spelling();
    const found = new Map<string, number>();
    for (const d of [w, ...deletions(w)]) for (const cand of deletes.get(d) ?? []) {
      if (cand === w || found.has(cand) || editDistance(w, cand) > (w.length >= 6 ? 2 : 1)) continue;
      found.set(cand, editDistance(w, cand, SUBSTITUTION));
    }
    const nearest = Math.min(...found.values());
    const stems = [...new Set([...found].filter(([, d]) => d === nearest).flatMap(([cand]) => [...vocabulary.get(cand)!]))]
      .sort((a, b) => this.documentFrequency(b) - this.documentFrequency(a)).slice(0, 3);
    let total = 0;
    for (const st of stems) total += this.documentFrequency(st);
    for (const st of stems) out.set(st, (weight * this.documentFrequency(st)) / total);
    return out;
  }

  /**
   * BM25 over the given stems (each with a weight), optionally within a sentence range. Rare
   * terms gather the candidates; a very common term only adds to candidates already found (by
   * binary search in its posting list), and only to those it could still lift into the results,
   * so its long list is never walked when rarer terms exist.
   *
   * One question word counts once: a sentence holding several of its stand-ins (three
   * corrections of one typo, a word and its paraphrases) scores for the best of them. Summing
   * them would rank a sentence full of paraphrases of one word above one that has every word
   * asked.
   */
  search(query: ReadonlyMap<string, number> | Query, range: [number, number] = [0, this.size], limit = 50): Hit[] {
    const terms = query instanceof Map ? query : (query as Query).terms;
    // Dense score and term-mask arrays, reused across searches: no allocation per sentence.
    this.scores ??= new Float64Array(this.size);
    this.masks ??= new Uint32Array(this.size);
    const scores = this.scores;
    const masks = this.masks;
    let touched: number[] = [];
    const common = Math.max(COMMON_MIN, this.size * COMMON_SHARE);
    const ordered = this.selectTerms(query, terms);
    const siblings = query instanceof Map ? ordered.map(() => 0) : this.siblingMasks((query as Query).groups, ordered);
    // Most a term can add to one sentence's score (a term frequency without bound).
    const ceiling = ordered.map(([term, weight]) => this.idf(term) * weight * (K1 + 1));
    ordered.forEach(([term, weight], bit) => {
      const p = this.postings.get(term)!;
      const idf = this.idf(term) * weight;
      const add = (gid: number, tf: number) => {
        const m = masks[gid]!;
        if (m === 0) touched.push(gid);
        const len = this.lengths[gid]!;
        let part = idf * (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / this.avgLength));
        if (m & siblings[bit]!) part -= Math.min(part, this.bestOf(ordered, m & siblings[bit]!, gid));
        scores[gid]! += part;
        masks[gid]! |= 1 << bit;
      };
      if (this.documentFrequency(term) > common && touched.length > 0) {
        touched = this.stillInReach(touched, limit, ceiling.slice(bit).reduce((a, b) => a + b, 0));
        for (let k = 0, n = touched.length; k < n; k++) {
          const tf = countIn(p, touched[k]!);
          if (tf) add(touched[k]!, tf);
        }
        return;
      }
      let i = lowerBound(p, range[0]);
      while (i < p.length && p[i]! < range[1]) {
        const gid = p[i]!;
        let tf = 0;
        while (i < p.length && p[i] === gid) { tf++; i++; }
        add(gid, tf);
      }
    });
    const hits = this.best(touched, limit).map((gid) => ({
      gid,
      score: scores[gid]!,
      matched: new Set(ordered.filter((_, bit) => masks[gid]! & (1 << bit)).map(([t]) => t)),
    }));
    for (const gid of this.dropped) { scores[gid] = 0; masks[gid] = 0; }
    for (const gid of touched) { scores[gid] = 0; masks[gid] = 0; }
    this.dropped = [];
    return hits;
  }

  /**
   * At most 32 terms (one bit each), rarest first. The words asked come before their stand-ins,
   * so a long question's paraphrases and name aliases never push out one of its own words.
   */
  private selectTerms(query: ReadonlyMap<string, number> | Query, terms: ReadonlyMap<string, number>): [string, number][] {
    const byRarity = (a: [string, number], b: [string, number]) => this.documentFrequency(a[0]) - this.documentFrequency(b[0]);
    const known = [...terms].filter(([t]) => this.postings.has(t));
    if (known.length <= 32) return known.sort(byRarity);
    const own = new Set<string>();
    if (!(query instanceof Map)) {
      for (const g of (query as Query).groups) {
        let best: string | null = null;
        for (const [st, w] of g.stems) if (this.postings.has(st) && (best === null || w > g.stems.get(best)!)) best = st;
        if (best !== null) own.add(best);
      }
    }
    const first = known.filter(([t]) => own.has(t)).sort(byRarity);
    const rest = known.filter(([t]) => !own.has(t)).sort(byRarity);
    return [...first, ...rest].slice(0, 32).sort(byRarity);
  }

  /** Candidates dropped by stillInReach, whose scores are cleared at the end of the search. */
  private dropped: number[] = [];

  /**
   * The candidates that can still reach the `limit` best when every remaining term adds its
   * most: scores only grow, so the limit-th best score so far is a floor the results will beat.
   */
  private stillInReach(touched: number[], limit: number, remaining: number): number[] {
    if (touched.length <= limit) return touched;
    const floor = this.scores![this.best(touched, limit)[limit - 1]!]!;
    const keep: number[] = [];
    for (const gid of touched) (this.scores![gid]! + remaining >= floor ? keep : this.dropped).push(gid);
    return keep;
  }

  /** The `limit` best candidates, best first (ties by sentence order), without sorting them all. */
  private best(touched: number[], limit: number): number[] {
    const scores = this.scores!;
    const before = (a: number, b: number) => scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
    // A min-heap of the best so far: its root is the weakest of them.
    const heap: number[] = [];
    const down = (i: number) => {
      for (;;) {
        const l = 2 * i + 1; const r = l + 1; let w = i;
        if (l < heap.length && before(heap[w]!, heap[l]!)) w = l;
        if (r < heap.length && before(heap[w]!, heap[r]!)) w = r;
        if (w === i) return;
        [heap[i], heap[w]] = [heap[w]!, heap[i]!]; i = w;
      }
    };
    for (const gid of touched) {
      if (heap.length < limit) {
        heap.push(gid);
        for (let i = heap.length - 1; i > 0;) { const up = (i - 1) >> 1; if (!before(heap[up]!, heap[i]!)) break; [heap[up], heap[i]] = [heap[i]!, heap[up]!]; i = up; }
      } else if (limit > 0 && before(gid, heap[0]!)) { heap[0] = gid; down(0); }
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

  /** The best a sentence already scored for any of the given terms (bits). */
  private bestOf(ordered: [string, number][], bits: number, gid: number): number {
    let best = 0;
    for (let bit = 0; bit < ordered.length; bit++) if (bits & (1 << bit)) best = Math.max(best, this.termScore(ordered[bit]![0], ordered[bit]![1], gid));
    return best;
  }

  private termScore(term: string, weight: number, gid: number): number {
    const tf = countIn(this.postings.get(term)!, gid);
    const len = this.lengths[gid]!;
    return this.idf(term) * weight * (tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * len) / this.avgLength));
  }
}

/**
 * A question as search terms: each stem's weight, and the question's words, each with the stems
 * that may stand for it (itself, corrections, paraphrases, a name's aliases).
 */
export interface Query { terms: ReadonlyMap<string, number>; groups: ReadonlyArray<{ stems: ReadonlyMap<string, number> }> }

/** A term in more sentences than this share (and at least COMMON_MIN) is "common". */
const COMMON_SHARE = 0.01;
const COMMON_MIN = 1000;

function lowerBound(p: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = p.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (p[mid]! < value) lo = mid + 1; else hi = mid; }
  return lo;
}

/** How often a sentence number occurs in a sorted posting list. */
function countIn(p: ArrayLike<number>, gid: number): number {
  let i = lowerBound(p, gid);
  let n = 0;
  while (i < p.length && p[i] === gid) { n++; i++; }
  return n;
}

function deletions(w: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++) out.add(w.slice(0, i) + w.slice(i + 1));
  return [...out];
}

/** What replacing a letter costs, against 1 for dropping, adding or swapping one, when ranking corrections. */
const SUBSTITUTION = 1.5;

export function editDistance(a: string, b: string, substitution = 1): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0]![j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) {
    const cost = a[i - 1] === b[j - 1] ? 0 : substitution;
    let v = Math.min(dp[i - 1]![j]! + 1, dp[i]![j - 1]! + 1, dp[i - 1]![j - 1]! + cost);
    if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, dp[i - 2]![j - 2]! + 1);
    dp[i]![j] = v;
  }
  return dp[a.length]![b.length]!;
}
