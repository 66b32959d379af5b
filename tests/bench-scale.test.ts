import { describe, expect, it } from 'vitest';
import { Bm25Index, tokens } from '../bench/bm25.js';
import { splitSentences } from '../bench/corpus.js';
import type { CorpusDoc } from '../bench/corpus.js';
import { hits, makeNames, makePrefixes, makeProbes } from '../bench/queries.js';
import { fmtLatency, latency, percentile, rng } from '../bench/stats.js';

const text = [
  'Showers continued throughout the week in the Bahia cocoa zone, alleviating the drought since early January.',
  'Comissaria Smith said spot bean prices rose to 340 to 350 cruzados per arroba of 15 kilos.',
  'Bean shippers were reluctant to offer nearby shipment and only limited sales were booked for March shipment.',
  '',
  'The Brazilian Coffee Institute said exports of green coffee fell sharply in the first quarter of the year.',
]
  .join(' ')
  .replace('  ', '\n\n');
const doc = (id: string, body: string): CorpusDoc => ({
  id,
  title: id,
  date: null,
  text: body,
  bytes: body.length,
  sentences: splitSentences(id, body),
});
const docs = [
  doc('a', text),
  doc(
    'b',
    'A Taliban delegation led by Sher Mohammad Abbas Stanikzai visited Moscow to enlist Russian support for the peace deal.',
  ),
];

describe('bench statistics', () => {
  it('takes nearest-rank percentiles', () => {
    const xs = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(xs, 50)).toBe(50);
    expect(percentile(xs, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
    expect(latency([3, 1, 2])).toEqual({ n: 3, p50: 2, p99: 3 });
    expect(fmtLatency({ n: 2, p50: 0.021, p99: 1234.4 })).toBe('0.02 / 1,234');
    expect(fmtLatency({ n: 0, p50: NaN, p99: NaN })).toBe('–');
  });
  it('draws the same numbers from the same seed', () => {
    const a = rng(42);
    const b = rng(42);
    const xs = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(Array.from({ length: 5 }, rng(43))).not.toEqual(xs);
  });
});

describe('generated questions', () => {
  it('perturb a real sentence of 8–40 words and are reproducible', () => {
    const probes = makeProbes(docs, 20, 7);
    expect(probes).toHaveLength(20);
    expect(makeProbes(docs, 20, 7)).toEqual(probes);
    for (const p of probes) {
      expect(docs.flatMap((d) => d.sentences)).toContainEqual(p.target);
      expect(p.query).not.toBe(p.target.text);
      expect(p.query.split(' ').length).toBeLessThan(p.target.text.split(' ').length);
    }
  });
  it('take names from inside sentences and prefixes of 2–6 letters', () => {
    const names = makeNames(docs, 10);
    expect(names.length).toBe(10);
    for (const n of names)
      expect(
        [
          'Comissaria Smith',
          'Brazilian Coffee Institute',
          'Sher Mohammad Abbas Stanikzai',
          'Russian',
          'Bahia',
          'Moscow',
          'Taliban',
        ].some((x) => x.includes(n) || n.includes(x)),
      ).toBe(true);
    for (const [i, p] of makePrefixes(names).entries()) {
      expect(names[i]!.startsWith(p)).toBe(true);
      expect(p.length).toBeGreaterThanOrEqual(2);
      expect(p.length).toBeLessThanOrEqual(6);
    }
  });
  it('count a citation as a hit when it overlaps the target in the same document', () => {
    const t = docs[0]!.sentences[1]!;
    expect(hits({ doc: 'a', start: t.start + 3, end: t.end + 40 }, t)).toBe(true);
    expect(hits({ doc: 'b', start: t.start, end: t.end }, t)).toBe(false);
    expect(hits({ doc: 'a', start: t.end, end: t.end + 10 }, t)).toBe(false);
    expect(hits(undefined, t)).toBe(false);
  });
});

describe('bare BM25 floor', () => {
  it('drops stop words and finds the sentence a perturbed query came from', () => {
    expect(tokens('The Price of the BEANS')).toEqual(['price', 'beans']);
    const index = new Bm25Index(docs.flatMap((d) => d.sentences));
    expect(index.top('spot bean prices cruzados')?.sentence.text).toMatch(/^Comissaria Smith said/);
    expect(index.top('Taliban Moscow')?.sentence.doc).toBe('b');
    expect(index.top('zzzz')).toBeNull();
    // The score buffer is cleared after each query: the same query scores the same twice.
    expect(index.top('coffee exports')?.score).toBe(index.top('coffee exports')?.score);
  });
});
