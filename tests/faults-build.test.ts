// Documents that would stall a build: over-long tokens, and documents over their time budget.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEngine } from '../src/app/open.js';
import { buildDocuments, type BuildInput } from '../src/store/parallel-build.js';

const root = mkdtempSync(join(tmpdir(), 'citebot-build-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const input = (id: string, text: string): BuildInput => ({ id, path: `/virtual/${id}.txt`, text, fingerprint: id });

describe('a document with very long tokens', () => {
  it('builds (a 1 MB run of dots and a base64 image once took minutes) and keeps its text exactly', async () => {
    const seeds = join(root, 'seeds');
    mkdirSync(seeds);
    const dots = '.'.repeat(1_000_000);
    const image = Buffer.from(Array.from({ length: 30_000 }, (_, i) => (i * 7919) % 256)).toString('base64');
    const text = `The ferry council met on Tuesday.\n\n${dots}\n\n![map](data:image/png;base64,${image})\n\nThe new timetable starts in May, the council said.\n`;
    writeFileSync(join(seeds, 'ferry.md'), text);
    const { engine } = await openEngine({ seedsDir: seeds, storePath: join(root, 'store.bin') });
    const r = engine.run('search', 'new timetable starts in May');
    expect(r.found).toBe(true);
    expect(r.citations[0]!.text).toBe('The new timetable starts in May, the council said.');
    expect(text.slice(r.citations[0]!.start, r.citations[0]!.end)).toBe(r.citations[0]!.text);
  }, 120_000);
});

describe('a document over its time budget', () => {
  it('is skipped with a warning naming it, and the others are built', async () => {
    const prose =
      'The harbour board met again on Monday to discuss the dredging of the northern channel and its cost. ';
    // About 5 MB: many seconds to build anywhere, against a budget of 1.5 s, so the outcome does
    // not depend on how busy the machine is; the one-line documents take milliseconds.
    const heavy = input('heavy', `${prose.repeat(50_000)}\n`);
    const small = [input('a', 'The bridge reopened on Friday.\n'), input('b', 'The market moved to the square.\n')];
    const skipped: string[] = [];
    const records = await buildDocuments([small[0]!, heavy, small[1]!], {
      workers: 1,
      bar: false,
      budgetMs: 1500,
      onDocumentError: (f, m) => skipped.push(`${f.path}: ${m}`),
    });
    expect(skipped).toEqual(['/virtual/heavy.txt: took longer than 1.5 s to build']);
    expect(records.map((r) => r.id)).toEqual(['a', 'b']);
    // The pool is whole again: the next build works.
    expect((await buildDocuments(small, { workers: 1, bar: false })).map((r) => r.id)).toEqual(['a', 'b']);
  }, 120_000);
});
