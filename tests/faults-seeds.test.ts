// Files in the seeds folder that are not plain articles: links, pipes, devices, twins.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openEngine, openStore } from '../src/app/open.js';
import { readSourceFile } from '../src/documents/read.js';

const root = mkdtempSync(join(tmpdir(), 'citebot-seeds-faults-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let n = 0;
const folder = (): { seeds: string; store: string } => {
  const dir = join(root, `case-${n++}`);
  mkdirSync(join(dir, 'seeds'), { recursive: true });
  return { seeds: join(dir, 'seeds'), store: join(dir, 'store.bin') };
};
const ARTICLE =
  'The harbour council voted on Tuesday to rebuild the old lighthouse.\n\nThe work will take two years, the council said.\n';

describe('the seeds folder', () => {
  it('refuses a symlink to a file outside it, so that file is never indexed or served', async () => {
    const { seeds, store } = folder();
    writeFileSync(join(seeds, 'harbour.txt'), ARTICLE);
    const outside = join(root, 'secret.txt');
    writeFileSync(outside, 'root shadow password hunter two bash login\n');
    symlinkSync(outside, join(seeds, 'passwd.txt'));
    const { engine, warnings } = await openEngine({ seedsDir: seeds, storePath: store, allowSymlinks: false });
    expect(warnings.some((w) => w.includes('passwd.txt') && w.includes('symbolic link'))).toBe(true);
    expect(engine.stats().documents).toBe(1);
    expect(engine.run('search', 'root shadow password').found).toBe(false);
    // Even when links are allowed, one leading out of the folder is refused.
    const allowed = await openStore({ seedsDir: seeds, storePath: store, allowSymlinks: true, force: true });
    expect(allowed.warnings.some((w) => w.includes('passwd.txt') && w.includes('outside the seeds folder'))).toBe(true);
    expect(allowed.store.index.docs.map((d) => d.id)).toEqual(['harbour']);
  });

  it('follows a link inside the folder only when allowed', async () => {
    const { seeds, store } = folder();
    mkdirSync(join(seeds, 'archive'));
    writeFileSync(join(seeds, 'archive', 'harbour.txt'), ARTICLE);
    symlinkSync(join(seeds, 'archive', 'harbour.txt'), join(seeds, 'linked.txt'));
    const refused = await openStore({ seedsDir: seeds, storePath: store, allowSymlinks: false });
    expect(refused.store.index.docs).toHaveLength(0);
    expect(refused.warnings.some((w) => w.includes('linked.txt') && w.includes('CITEBOT_SEED_SYMLINKS'))).toBe(true);
    const followed = await openStore({ seedsDir: seeds, storePath: store, allowSymlinks: true });
    expect(followed.store.index.docs.map((d) => d.id)).toEqual(['linked']);
  });

  it('skips a FIFO named like an article with a one-line warning instead of hanging', async () => {
    const { seeds, store } = folder();
    writeFileSync(join(seeds, 'harbour.txt'), ARTICLE);
    execFileSync('mkfifo', [join(seeds, 'x.txt')]);
    const { engine, warnings } = await openEngine({ seedsDir: seeds, storePath: store });
    const line = warnings.find((w) => w.includes('x.txt'));
    expect(line).toMatch(/not a regular file \(a named pipe\)/);
    expect(line).not.toContain('\n');
    expect(engine.run('search', 'lighthouse').found).toBe(true);
    // A link to the FIFO is refused too, even when links are allowed.
    symlinkSync(join(seeds, 'x.txt'), join(seeds, 'y.txt'));
    expect(readSourceFile(join(seeds, 'y.txt'), { allowSymlinks: true, seedsDir: seeds })).toMatchObject({
      problem: expect.stringContaining('named pipe'),
    });
  });

  it('never reads a device behind a link (a link to /dev/zero would grow memory without end)', async () => {
    const { seeds, store } = folder();
    writeFileSync(join(seeds, 'harbour.txt'), ARTICLE);
    symlinkSync('/dev/zero', join(seeds, 'zero.txt'));
    const opened = await openStore({ seedsDir: seeds, storePath: store, allowSymlinks: false });
    expect(opened.warnings.some((w) => w.includes('zero.txt'))).toBe(true);
    expect(opened.store.index.docs).toHaveLength(1);
    expect(readSourceFile(join(seeds, 'zero.txt'), { allowSymlinks: true, seedsDir: '/' })).toMatchObject({
      problem: expect.stringContaining('device'),
    });
  });

  it('reads no more than the size limit of a file', () => {
    const { seeds } = folder();
    const big = join(seeds, 'big.txt');
    writeFileSync(big, 'word '.repeat(1_100_000));
    expect(readSourceFile(big)).toMatchObject({ problem: 'larger than 5 MB' });
  });

  it('keeps one of two files sharing an id, always the same one, with a warning, and does not rewrite the store at the next start', async () => {
    const { seeds, store } = folder();
    writeFileSync(join(seeds, 'dup.txt'), 'The ferry timetable changes in May, the operator said.\n');
    writeFileSync(join(seeds, 'dup.md'), ARTICLE);
    const first = await openEngine({ seedsDir: seeds, storePath: store });
    expect(first.warnings).toContain(`skipped ${join(seeds, 'dup.txt')}: same article id "dup" as dup.md`);
    expect(first.engine.stats().documents).toBe(1);
    expect(first.engine.run('search', 'lighthouse').found).toBe(true);
    expect(first.engine.run('search', 'ferry timetable').found).toBe(false);
    const second = await openStore({ seedsDir: seeds, storePath: store });
    expect(second.rebuilt).toBe(false);
    expect(readdirSync(join(store, '..')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
