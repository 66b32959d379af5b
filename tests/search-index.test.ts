// The index's search skips work it can prove useless (MaxScore, galloping through posting
// lists); whatever it skips, its best hits must be those a full BM25 scan would rank first.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Corpus } from '../src/corpus/corpus.js';
import { TextIndex } from '../src/search/text-index.js';

const K1 = 1.2;
const B = 0.75;

/** An index over sentences given as lists of terms (one entry per occurrence). */
function indexOf(sentences: string[][]): TextIndex {
  const lists = new Map<string, number[]>();
  sentences.forEach((terms, gid) => {
    for (const t of terms) lists.set(t, [...(lists.get(t) ?? []), gid]);
  });
  const terms = [...lists.keys()];
  const offsets = new Int32Array(terms.length + 1);
  const postings: number[] = [];
  terms.forEach((t, i) => {
    offsets[i] = postings.length;
    postings.push(...lists.get(t)!);
  });
  offsets[terms.length] = postings.length;
  const index = {
    postings: {
      terms,
      offsets,
      postings: Int32Array.from(postings),
      lengths: Int32Array.from(sentences.map((s) => s.length)),
    },
    vocabulary: { words: [], stems: [] },
  };
  return new TextIndex({ index } as unknown as Corpus);
}

/**
 * Every sentence scored, best first: what the search must agree with. A question word counts
 * once: of the terms standing for it, a sentence scores for the best one it holds.
 */
function fullScan(
  sentences: string[][],
  query: Map<string, number>,
  range: [number, number],
  words: string[][] = [...query.keys()].map((t) => [t]),
): { gid: number; score: number }[] {
  const n = sentences.length;
  const avg = sentences.reduce((a, s) => a + s.length, 0) / n;
  const df = (t: string) => sentences.filter((s) => s.includes(t)).length;
  const out: { gid: number; score: number }[] = [];
  for (let gid = range[0]; gid < range[1]; gid++) {
    let score = 0;
    let matched = false;
    for (const word of words) {
      let best = 0;
      for (const t of word) {
        const tf = sentences[gid]!.filter((x) => x === t).length;
        if (!tf) continue;
        matched = true;
        const idf = Math.log(1 + (n - df(t) + 0.5) / (df(t) + 0.5));
        best = Math.max(
          best,
          (query.get(t)! * idf * (tf * (K1 + 1))) / (tf + K1 * (1 - B + (B * sentences[gid]!.length) / avg)),
        );
      }
      score += best;
    }
    if (matched) out.push({ gid, score });
  }
  return out.sort((a, b) => b.score - a.score || a.gid - b.gid);
}

// A few common terms and many rare ones, as in text.
const term = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom('market', 'bank', 'rate') },
  { weight: 2, arbitrary: fc.integer({ min: 0, max: 40 }).map((i) => `w${i}`) },
);
const corpus = fc.array(fc.array(term, { minLength: 1, maxLength: 15 }), { minLength: 1, maxLength: 400 });

describe('search over the index', () => {
  it('returns the best-scoring sentences a full BM25 scan finds, with their scores', () => {
    fc.assert(
      fc.property(
        corpus,
        fc.uniqueArray(fc.tuple(term, fc.constantFrom(1, 0.8, 0.5, 0.3)), {
          minLength: 1,
          maxLength: 10,
          selector: ([t]) => t,
        }),
        fc.integer({ min: 1, max: 60 }),
        fc.tuple(fc.nat(), fc.nat()),
        (sentences, asked, limit, [a, b]) => {
          const query = new Map(asked);
          const range: [number, number] = [Math.min(a, b) % sentences.length, (Math.max(a, b) % sentences.length) + 1];
          const expected = fullScan(sentences, query, range).slice(0, limit);
          const hits = indexOf(sentences).search(query, range, limit);
          expect(hits.map((h) => h.score)).toHaveLength(expected.length);
          hits.forEach((h, i) => {
            expect(h.score).toBeCloseTo(expected[i]!.score, 9);
            expect(h.gid).toBeGreaterThanOrEqual(range[0]);
            expect(h.gid).toBeLessThan(range[1]);
            expect([...h.matched].every((t) => sentences[h.gid]!.includes(t))).toBe(true);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts each question word once, for the best of the terms standing for it', () => {
    fc.assert(
      fc.property(
        corpus,
        fc.uniqueArray(fc.tuple(term, fc.constantFrom(1, 0.8, 0.6, 0.3), fc.integer({ min: 0, max: 3 })), {
          minLength: 1,
          maxLength: 12,
          selector: ([t]) => t,
        }),
        fc.integer({ min: 1, max: 12 }),
        (sentences, asked, limit) => {
          // Terms grouped into up to four question words, each term standing for one word.
          const words = [0, 1, 2, 3]
            .map((g) => asked.filter(([, , word]) => word === g).map(([t]) => t))
            .filter((w) => w.length);
          const terms = new Map(asked.map(([t, w]) => [t, w]));
          const groups = words.map((w) => ({ stems: new Map(w.map((t) => [t, terms.get(t)!])) }));
          const range: [number, number] = [0, sentences.length];
          const expected = fullScan(sentences, terms, range, words).slice(0, limit);
          const hits = indexOf(sentences).search({ terms, groups }, range, limit);
          expect(hits.map((h) => h.score)).toHaveLength(expected.length);
          hits.forEach((h, i) => expect(h.score).toBeCloseTo(expected[i]!.score, 9));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("tells whether any sentence of a range holds a term, as the ranking of a candidate's paragraph needs", () => {
    fc.assert(
      fc.property(corpus, term, fc.nat(), fc.nat(), (sentences, t, a, b) => {
        const [from, to] = [Math.min(a, b) % sentences.length, Math.max(a, b) % sentences.length];
        expect(indexOf(sentences).occursBetween(t, from, to)).toBe(
          sentences.slice(from, to + 1).some((s) => s.includes(t)),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same hits when the same search is run again (its scratch space is reset)', () => {
    const sentences = Array.from({ length: 200 }, (_, i) => [
      `w${i % 7}`,
      'market',
      `w${i % 13}`,
      ...(i % 5 ? [] : ['bank']),
    ]);
    const index = indexOf(sentences);
    const query = new Map([
      ['market', 1],
      ['w3', 1],
      ['bank', 0.5],
    ]);
    const first = index.search(query, [0, 200], 10);
    index.search(new Map([['w5', 1]]), [0, 200], 3);
    expect(index.search(query, [0, 200], 10)).toEqual(first);
  });
});
