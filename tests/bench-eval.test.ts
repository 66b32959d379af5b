import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addToScore, bucketOf, emptyScore, formatTally, parseQuestions, passes } from '../bench/qa-score.js';
import type { Question } from '../bench/qa-score.js';
import { readCorpus, splitSentences } from '../bench/corpus.js';
import { FuseBaseline } from '../bench/fuse-baseline.js';

const ask = (extra: Partial<Question>): Question => ({ id: 'x', command: 'ask', input: 'q', ...extra });

describe('scoring rules (same as score-qa.mjs)', () => {
  it('"answer" needs a gold phrase in the answer, case, curly quotes and spacing aside', () => {
    const q = ask({ expect: ['Taliban delegation'], where: 'answer' });
    expect(passes(q, { found: true, answer: 'A  TALIBAN\ndelegation, headed by …' })).toBe(true);
    expect(passes(q, { found: true, answer: 'Stanikzai', citations: [{ text: 'a Taliban delegation' }] })).toBe(false);
    expect(passes(q, { found: false, answer: 'A Taliban delegation' })).toBe(false);
    expect(passes(q, { found: true, answer: 'Taliban delegation ' + 'x'.repeat(600) })).toBe(false);
    expect(passes(ask({ expect: ["Moscow's position"], where: 'answer' }), { answer: 'Moscow\u2019s position' })).toBe(
      true,
    );
  });
  it('"cited" looks at the answer, the first citation and the first quote only', () => {
    const q = ask({ expect: ['nullify it'], where: 'cited' });
    expect(passes(q, { found: true, answer: 'no', citations: [{ text: 'They cannot nullify it.' }] })).toBe(true);
    expect(passes(q, { found: true, answer: 'no', quotes: [{ text: 'x' }, { text: 'nullify it' }] })).toBe(false);
    expect(passes(q, { found: true, answer: 'no', citations: [{ text: 'x' }, { text: 'nullify it' }] })).toBe(false);
    expect(passes(q, { found: true, answer: null, quotes: [{ text: 'nullify it' }] })).toBe(true);
  });
  it('abstention, verdicts, "quotes" and expectNone', () => {
    expect(passes(ask({ expectFound: false }), { found: false })).toBe(true);
    expect(passes(ask({ expectFound: false }), { found: true })).toBe(false);
    expect(passes(ask({ command: 'verify', expectVerdict: 'close' }), { verdict: 'close' })).toBe(true);
    expect(passes(ask({ command: 'verify', expectVerdict: 'close' }), { verdict: 'exact' })).toBe(false);
    expect(
      passes(ask({ command: 'quote', expect: ['concessions'], where: 'quotes' }), {
        quotes: [{ text: 'a' }, { text: 'No concessions' }],
      }),
    ).toBe(true);
    expect(passes(ask({ command: 'quote', expectNone: true }), { found: true, quotes: [] })).toBe(true);
    expect(passes(ask({ command: 'quote', expectNone: true }), { found: true, quotes: [{ text: 'a' }] })).toBe(false);
    expect(passes(ask({ expect: ['a'], where: 'answer' }), null)).toBe(false);
  });
  it('buckets questions into answered, abstained, quote and verify, and tallies them', () => {
    const qs = [
      ask({ expect: ['a'], where: 'cited' }),
      ask({ expectFound: false }),
      ask({ command: 'quote', expect: ['a'], where: 'quotes' }),
      ask({ command: 'verify', expectVerdict: 'absent' }),
    ];
    expect(qs.map(bucketOf)).toEqual(['answered', 'abstained', 'quote', 'verify']);
    const s = emptyScore();
    qs.forEach((q, i) => addToScore(s, q, i % 2 === 0));
    expect(s.overall).toEqual({ pass: 2, total: 4 });
    expect(s.quote).toEqual({ pass: 1, total: 1 });
    expect(s.verify).toEqual({ pass: 0, total: 1 });
    expect(formatTally(s.overall)).toBe('2/4 (50.0%)');
    expect(formatTally({ pass: 0, total: 0 })).toBe('–');
  });
  it('reports bad question lines and keeps the good ones', () => {
    const warnings: string[] = [];
    const qs = parseQuestions('{"id":"a","command":"ask","input":"x"}\nnope\n\n{"id":"b"}\n', (m) => warnings.push(m));
    expect(qs.map((q) => q.id)).toEqual(['a']);
    expect(warnings.map((w) => w.split(':')[0])).toEqual(['line 2', 'line 4']);
  });
});

describe('baseline corpus', () => {
  it('splits paragraphs and sentences with offsets into the text as read', () => {
    const text = 'Mr. Smith went. "He left!" she said.\n\nSecond paragraph here.\n';
    const s = splitSentences('d', text);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(s.map((x) => [x.paragraph, x.text])).toEqual([
      [1, 'Mr.'],
      [1, 'Smith went.'],
      [1, '"He left!" she said.'],
      [2, 'Second paragraph here.'],
    ]);
  });

  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'citebot-bench-'));
    await writeFile(
      join(dir, 'a.txt'),
      'title: Cocoa\ndate: 1987-02-26\n\nShowers continued in the Bahia cocoa zone. Prices rose.\n',
    );
    await writeFile(
      join(dir, 'b.txt'),
      'date 2021-02-03 A Taliban delegation visited Moscow. It was the first visit since September 2019.\n',
    );
    await writeFile(join(dir, 'c.json'), '{}');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("skips metadata lines, including the seed's bare date sharing the first line", () => {
    const [a, b] = readCorpus(dir);
    expect(a!.title).toBe('Cocoa');
    expect(a!.date).toBe('1987-02-26');
    expect(a!.sentences[0]!.text).toBe('Showers continued in the Bahia cocoa zone.');
    expect(b!.date).toBe('2021-02-03');
    expect(b!.sentences[0]!.text).toBe('A Taliban delegation visited Moscow.');
    expect(b!.sentences[0]!.start).toBe('date 2021-02-03 '.length);
  });

  it('the fuse baseline cites the best sentence, abstains on nonsense and verifies claims', () => {
    const fb = new FuseBaseline(readCorpus(dir), 0.8);
    const r = fb.run('ask', 'Taliban delegation visited Moscow');
    expect(r.found).toBe(true);
    expect(r.citations[0]!.text).toBe('A Taliban delegation visited Moscow.');
    expect(r.citations[0]!.doc).toBe('b');
    expect(fb.run('ask', 'zzzz qqqq xxxx').found).toBe(false);
    expect(fb.run('ask', 'Showers', { doc: 'b' }).citations[0]?.doc ?? 'b').toBe('b');
    expect(fb.run('verify', 'a taliban  delegation visited moscow').verdict).toBe('exact');
    expect(fb.run('verify', 'Taliban delegation visted Moscow').verdict).toBe('close');
    expect(fb.run('verify', 'zzzz qqqq xxxx').verdict).toBe('absent');
    expect(fb.run('quote', 'Prices rose').quotes[0]!.text).toBe('Prices rose.');
  });
});
