import { mkdtemp, readFile, readdir, rm, stat, writeFile, mkdir, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isoOfSourceDate } from '../src/text/dates.js';
import { normaliseBody, renderDocument, safeFileStem } from '../src/import/document.js';
import { importJsonl } from '../src/import/jsonl.js';
import { importFolder } from '../src/import/folder.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));

describe('isoOfSourceDate', () => {
  it('reads Reuters timestamps, with the odd spacing and trailing letters the corpus has', () => {
    expect(isoOfSourceDate('26-FEB-1987 15:01:01.79')).toBe('1987-02-26');
    expect(isoOfSourceDate('3-MAR-1987  09:15:05.40')).toBe('1987-03-03');
    expect(isoOfSourceDate('27-MAR-1987 00:02:59.13RM')).toBe('1987-03-27');
    expect(isoOfSourceDate(' 5-oct-1987 ')).toBe('1987-10-05');
  });
  it('keeps ISO dates and timestamps', () => {
    expect(isoOfSourceDate('2021-02-03')).toBe('2021-02-03');
    expect(isoOfSourceDate('2021-02-03T10:00:00Z')).toBe('2021-02-03');
  });
  it('rejects what is not a calendar date', () => {
    expect(isoOfSourceDate('31-FEB-1987 00:00:00.00')).toBeNull();
    expect(isoOfSourceDate('12-XYZ-1987')).toBeNull();
    expect(isoOfSourceDate('yesterday')).toBeNull();
    expect(isoOfSourceDate(19870226)).toBeNull();
    expect(isoOfSourceDate(undefined)).toBeNull();
  });
});

describe('renderDocument', () => {
  it('writes metadata lines, one blank line, then the paragraphs', () => {
    const doc = renderDocument({
      title: 'BAHIA  COCOA\nREVIEW',
      date: '1987-02-26',
      source: 'Reuters',
      text: 'One.\r\n\r\n\r\nTwo.  \n\n',
    });
    expect(doc).toBe('title: BAHIA COCOA REVIEW\ndate: 1987-02-26\nsource: Reuters\n\nOne.\n\nTwo.\n');
  });
  it('writes no header at all when there is no metadata, so the first paragraph is not mistaken for one', () => {
    expect(renderDocument({ title: '  ', text: 'Only text.' })).toBe('Only text.\n');
  });
  it('never leaves more than one blank line between paragraphs, nor a blank first line', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r', '\t', '.') }), (text) => {
        const body = normaliseBody(text);
        expect(body).not.toMatch(/\n[ \t]*\n[ \t]*\n/);
        expect(body.startsWith('\n')).toBe(false);
        expect(body.endsWith('\n')).toBe(false);
        expect(body.includes('\r')).toBe(false);
      }),
    );
  });
});

describe('safeFileStem', () => {
  it('maps ids to portable names and is stable', () => {
    expect(safeFileStem('reuters-1')).toBe('reuters-1');
    expect(safeFileStem('a/b\\c:d')).toBe('a_b_c_d');
    expect(safeFileStem('../etc/passwd')).toBe('etc_passwd');
    expect(safeFileStem('nul')).toBe('doc_nul');
    expect(safeFileStem('///')).toBe('doc_');
  });
  it('never yields a path separator, a leading dot or an empty name', () => {
    fc.assert(
      fc.property(fc.string(), (id) => {
        const stem = safeFileStem(id);
        expect(stem).not.toMatch(/[\\/:*?"<>|\0]/);
        expect(stem.startsWith('.')).toBe(false);
        expect(stem.length).toBeGreaterThan(0);
        expect(stem.length).toBeLessThanOrEqual(124);
      }),
    );
  });
});

describe('importJsonl', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'citebot-import-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const lines = [
    JSON.stringify({
      id: 'reuters-1',
      title: 'BAHIA COCOA REVIEW',
      date: '26-FEB-1987 15:01:01.79',
      text: 'Showers continued.\n\nThe dry period.',
    }),
    '{not json',
    '',
    JSON.stringify(['an', 'array']),
    JSON.stringify({ id: 'no-text', title: 'x' }),
    JSON.stringify({ id: 7, text: 'Numeric id.', date: 'soon' }),
  ];

  it('writes one document per good line and warns once per bad line with its number', async () => {
    const src = join(dir, 'in.jsonl');
    await writeFile(src, lines.join('\n') + '\n');
    const warnings: string[] = [];
    const out = join(dir, 'out');
    const s = await importJsonl(src, out, { onWarning: (m) => warnings.push(m), source: 'Reuters' });
    expect(s).toEqual({ articles: 2, written: 2, unchanged: 0, skipped: 3 });
    expect((await readdir(out)).sort()).toEqual(['7.txt', 'reuters-1.txt']);
    expect(await readFile(join(out, 'reuters-1.txt'), 'utf8')).toBe(
      'title: BAHIA COCOA REVIEW\ndate: 1987-02-26\nsource: Reuters\n\nShowers continued.\n\nThe dry period.\n',
    );
    expect(warnings.map((w) => /:(\d+):/.exec(w)?.[1])).toEqual(['2', '4', '5', '6']);
    expect(warnings[3]).toMatch(/unrecognised date "soon"/);
    expect(warnings.every((w) => !w.includes('\n'))).toBe(true);
  });

  it('is idempotent: a second import rewrites nothing and leaves modification times alone', async () => {
    const src = join(dir, 'in.jsonl');
    await writeFile(src, lines[0] + '\n');
    const out = join(dir, 'out');
    await importJsonl(src, out, { onWarning: () => {} });
    const file = join(out, 'reuters-1.txt');
    const past = new Date('2001-01-01T00:00:00Z');
    await utimes(file, past, past);
    const again = await importJsonl(src, out, { onWarning: () => {} });
    expect(again).toEqual({ articles: 1, written: 0, unchanged: 1, skipped: 0 });
    expect((await stat(file)).mtime.getTime()).toBe(past.getTime());
  });

  it('keeps both articles when two ids share a safe file name', async () => {
    const src = join(dir, 'in.jsonl');
    await writeFile(
      src,
      [JSON.stringify({ id: 'a/b', text: 'First.' }), JSON.stringify({ id: 'a_b', text: 'Second.' })].join('\n'),
    );
    const warnings: string[] = [];
    await importJsonl(src, join(dir, 'out'), { onWarning: (m) => warnings.push(m) });
    expect(await readFile(join(dir, 'out', 'a_b.txt'), 'utf8')).toBe('First.\n');
    expect(await readFile(join(dir, 'out', 'a_b_2.txt'), 'utf8')).toBe('Second.\n');
    expect(warnings).toHaveLength(1);
  });

  it('stops after --limit articles', async () => {
    const src = join(dir, 'in.jsonl');
    await writeFile(src, [1, 2, 3].map((i) => JSON.stringify({ id: `d${i}`, text: `Text ${i}.` })).join('\n'));
    const s = await importJsonl(src, join(dir, 'out'), { limit: 2 });
    expect(s.articles).toBe(2);
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['d1.txt', 'd2.txt']);
  });
});

describe('importFolder', () => {
  it('copies .txt and .md byte for byte, BOM and CRLF included, and nothing else', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'citebot-import-'));
    try {
      const src = join(dir, 'src');
      await mkdir(join(src, 'sub.txt'), { recursive: true });
      const bytes = Buffer.from('\uFEFFtitle: X\r\n\r\nBody.\r\n', 'utf8');
      await writeFile(join(src, 'a.txt'), bytes);
      await writeFile(join(src, 'b.MD'), '# Heading\n\nText.\n');
      await writeFile(join(src, 'c.json'), '{}');
      const warnings: string[] = [];
      const s = await importFolder(src, join(dir, 'out'), { onWarning: (m) => warnings.push(m) });
      expect(s).toEqual({ articles: 2, written: 2, unchanged: 0, skipped: 1 });
      expect((await readFile(join(dir, 'out', 'a.txt'))).equals(bytes)).toBe(true);
      expect((await readdir(join(dir, 'out'))).sort()).toEqual(['a.txt', 'b.MD']);
      expect((await importFolder(src, join(dir, 'out'), { onWarning: () => {} })).unchanged).toBe(2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('npm run import', () => {
  it('refuses to write a JSON-lines corpus into the bundled seeds folder', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/import/main.ts', 'tests/import.test.ts', '--out', 'seeds'],
      {
        cwd: REPO,
        encoding: 'utf8',
        env: { ...process.env, INIT_CWD: REPO },
      },
    );
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/refusing/);
  });
  it('exits non-zero with usage on no input', () => {
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/import/main.ts'], { cwd: REPO, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/usage/);
  });
});
