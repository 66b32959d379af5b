// The floor: a bare BM25 inverted index over lower-cased words of the simple-split sentences.
// No lemmas, no typo tolerance, no question analysis: what retrieval costs at its cheapest.
import type { Sentence } from './corpus.js';

const K1 = 1.2;
const B = 0.75;
const TOKEN = /[\p{L}\p{N}]+/gu;
/** Words so common that their postings cost more to walk than they add to a ranking. */
const STOP = new Set(
  'a an and are as at be by for from has have he in is it its of on or said that the to was were will with'.split(' '),
);

export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(TOKEN)) if (!STOP.has(m[0])) out.push(m[0]);
  return out;
}

export class Bm25Index {
  private readonly postings = new Map<string, { ids: number[]; tfs: number[] }>();
  private readonly lengths: Uint16Array;
  private readonly avgLength: number;
  private readonly scores: Float64Array;

  constructor(readonly sentences: readonly Sentence[]) {
    this.lengths = new Uint16Array(sentences.length);
    let total = 0;
    sentences.forEach((s, id) => {
      const toks = tokens(s.text);
      this.lengths[id] = Math.min(65535, toks.length);
      total += toks.length;
      const tf = new Map<string, number>();
      for (const t of toks) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, n] of tf) {
        let p = this.postings.get(t);
        if (!p) this.postings.set(t, (p = { ids: [], tfs: [] }));
        p.ids.push(id);
        p.tfs.push(n);
      }
    });
    this.avgLength = total / Math.max(1, sentences.length);
    this.scores = new Float64Array(sentences.length);
  }

  /** The best sentence for the query, or null when no query word is in the index. */
  top(query: string): { sentence: Sentence; score: number } | null {
    const n = this.sentences.length;
    const touched: number[] = [];
    for (const t of new Set(tokens(query))) {
      const p = this.postings.get(t);
      if (!p) continue;
      const idf = Math.log(1 + (n - p.ids.length + 0.5) / (p.ids.length + 0.5));
      for (let i = 0; i < p.ids.length; i++) {
        const id = p.ids[i]!;
        const tf = p.tfs[i]!;
        if (this.scores[id] === 0) touched.push(id);
        this.scores[id]! += (idf * tf * (K1 + 1)) / (tf + K1 * (1 - B + (B * this.lengths[id]!) / this.avgLength));
      }
    }
    let best = -1;
    let bestScore = 0;
    for (const id of touched) {
      if (this.scores[id]! > bestScore) {
        bestScore = this.scores[id]!;
        best = id;
      }
      this.scores[id] = 0;
    }
    return best < 0 ? null : { sentence: this.sentences[best]!, score: bestScore };
  }
}
