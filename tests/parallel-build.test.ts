import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/store/build-document.js';
import { buildDocuments, type BuildInput, type BuildProgress } from '../src/store/parallel-build.js';
import { formatProgress, progressBar } from '../src/store/build-progress.js';

const seedPath = fileURLToPath(new URL('../seeds/000_33edb225ea19ece3.txt', import.meta.url));
const seedText = readFileSync(seedPath, 'utf8');

// Small invented articles in several shapes (metadata, headings, quotes, CRLF, BOM), plus the seed.
const people = ['Maria Lopez', 'John Okafor', 'Chen Wei', 'Anna Berg', 'Ravi Kumar', 'Lena Fischer'];
const places = ['Lisbon', 'Lagos', 'Shanghai', 'Oslo', 'Mumbai', 'Vienna'];
function article(i: number): BuildInput {
  const who = people[i % people.length]!;
  const where = places[(i * 5) % places.length]!;
  let text =
    `title: Report ${i}\ndate: 2020-0${1 + (i % 9)}-1${i % 10}\n\n` +
    `${who}, minister of trade, visited ${where} on Monday. "We expect exports to grow by ${i} percent," ${who.split(' ')[1]} said.\n\n` +
    (i % 3 === 0 ? 'Background\n\n' : '') +
    `According to officials in ${where}, the talks will continue next week. The agency reported that prices rose.\n`;
  if (i % 4 === 1) text = text.replace(/\n/g, '\r\n');
  if (i % 7 === 2) text = '\uFEFF' + text;
  return { id: `doc-${String(i).padStart(2, '0')}`, path: `/virtual/doc-${i}.txt`, text, fingerprint: `fp${i}` };
}
const files: BuildInput[] = [
  { id: '000_33edb225ea19ece3', path: seedPath, text: seedText, fingerprint: 'seed' },
  ...Array.from({ length: 24 }, (_, i) => article(i)),
];

describe('buildDocuments', () => {
  it('builds in worker threads exactly the records the serial build gives, in input order', async () => {
    const events: BuildProgress[] = [];
    const parallel = await buildDocuments(files, { workers: 2, bar: false, onProgress: (p) => events.push(p) });
    const serial = files.map((f) => buildDocument(f));
    expect(parallel.map((r) => r.id)).toEqual(files.map((f) => f.id));
    expect(parallel).toEqual(serial);
    expect(parallel[0]!.quotes.length).toBeGreaterThan(0);
    expect(events.map((e) => e.done)).toEqual(files.map((_, i) => i + 1));
    expect(events.every((e) => e.workers === 2 && e.total === files.length)).toBe(true);
    expect(events.at(-1)!.bytesDone).toBe(events.at(-1)!.bytesTotal);
    expect(events.at(-1)!.bytesTotal).toBe(files.reduce((n, f) => n + Buffer.byteLength(f.text), 0));
  }, 60_000);

  it('builds even a few documents off this thread, which stays free to answer', async () => {
    const events: BuildProgress[] = [];
    const few = files.slice(0, 3);
    let turns = 0;
    const ticking = setInterval(() => turns++, 1);
    const records = await buildDocuments(few, { workers: 1, bar: false, onProgress: (p) => events.push(p) });
    clearInterval(ticking);
    expect(records).toEqual(few.map((f) => buildDocument(f)));
    expect(events.map((e) => e.workers)).toEqual([1, 1, 1]);
    // The event loop kept turning while the documents were built.
    expect(turns).toBeGreaterThan(0);
  }, 60_000);

  it('returns nothing for nothing', async () => {
    expect(await buildDocuments([], { bar: false })).toEqual([]);
  });

  it('names the file when a document cannot be built in a worker', async () => {
    const broken = {
      id: 'broken',
      path: '/virtual/broken.txt',
      text: undefined as unknown as string,
      fingerprint: 'x',
    };
    await expect(buildDocuments([...files.slice(0, 4), broken], { workers: 2, bar: false })).rejects.toThrow(
      /broken\.txt/,
    );
    await expect(buildDocuments([broken], { bar: false })).rejects.toThrow(/broken\.txt/);
  }, 60_000);
});

describe('documents that cannot be built', () => {
  const broken = { id: 'broken', path: '/virtual/broken.txt', text: undefined as unknown as string, fingerprint: 'x' };
  const mixed = [...files.slice(0, 3), broken, ...files.slice(3, 23)];
  const good = mixed.filter((f) => f !== broken);

  it.each([
    ['in two worker threads', { workers: 2 }],
    ['in one worker thread', { workers: 1 }],
  ])(
    'are reported and left out %s while the others are built in order',
    async (_, opts) => {
      const failures: string[] = [];
      const events: BuildProgress[] = [];
      const records = await buildDocuments(mixed, {
        ...opts,
        bar: false,
        onDocumentError: (f, m) => failures.push(`${f.id}: ${m}`),
        onProgress: (p) => events.push(p),
      });
      expect(records.map((r) => r.id)).toEqual(good.map((f) => f.id));
      expect(records).toEqual(good.map((f) => buildDocument(f)));
      expect(failures).toHaveLength(1);
      expect(failures[0]).toMatch(/^broken: \S/);
      expect(events.at(-1)!.done).toBe(mixed.length);
    },
    60_000,
  );
});

describe('build progress', () => {
  it('shows documents done, throughput and time left', () => {
    const line = formatProgress({
      done: 50,
      total: 200,
      bytesDone: 1048576,
      bytesTotal: 4 * 1048576,
      elapsedMs: 2000,
      workers: 2,
    });
    expect(line).toContain('50/200 docs');
    expect(line).toContain('25 docs/s');
    expect(line).toContain('0.50 MB/s');
    expect(line).toContain('0:06 left');
    expect(line).toMatch(/\[#{6}\.{18}\]/);
    expect(formatProgress({ done: 2, total: 2, bytesDone: 10, bytesTotal: 10, elapsedMs: 5, workers: 0 })).toMatch(
      /done$/,
    );
  });

  it('draws nothing when the stream is not a terminal', () => {
    expect(progressBar({ isTTY: false } as NodeJS.WriteStream)).toBeNull();
  });

  it('redraws one line on a terminal and ends it with a newline', () => {
    const written: string[] = [];
    const stream = {
      isTTY: true,
      columns: 200,
      write: (s: string) => {
        written.push(s);
        return true;
      },
    } as unknown as NodeJS.WriteStream;
    const bar = progressBar(stream)!;
    bar.update({ done: 1, total: 2, bytesDone: 5, bytesTotal: 10, elapsedMs: 10, workers: 2 });
    bar.update({ done: 2, total: 2, bytesDone: 10, bytesTotal: 10, elapsedMs: 20, workers: 2 });
    bar.finish();
    expect(written.every((w) => w === '\n' || w.startsWith('\r'))).toBe(true);
    expect(written.at(-1)).toBe('\n');
    expect(written.some((w) => w.includes('2/2 docs'))).toBe(true);
  });
});
