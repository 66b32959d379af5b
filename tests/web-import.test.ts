// `npm run import` with web pages: .html files, folders holding them, and links.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDocument } from '../src/documents/parse.js';
import { GALLERY, LIGHTHOUSE, startWebServer, type WebServer } from './support/web-pages.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));

/** Runs the import CLI as a user would (async, so the local web server in this process can answer). */
function runImport(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/import/main.ts', ...args], {
      cwd: REPO,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

let dir: string;
let web: WebServer;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'web-import-'));
  web = await startWebServer();
});
afterAll(async () => {
  await web.close();
  await rm(dir, { recursive: true, force: true });
});

describe('npm run import with web pages', () => {
  it('a folder of .html/.htm pages and .txt documents into an existing DIR: page.html becomes page.md with front matter', async () => {
    const src = join(dir, 'pages');
    const out = join(dir, 'out');
    await mkdir(src);
    await mkdir(out);
    await writeFile(join(out, 'kept.txt'), 'An article already there.\n');
    await writeFile(join(src, 'lighthouse.html'), LIGHTHOUSE);
    await writeFile(join(src, 'ships.HTM'), GALLERY);
    await writeFile(join(src, 'notes.txt'), 'The ferry pier reopens on Monday.\n');
    await writeFile(join(src, 'empty.html'), '<html><body><nav>Home</nav></body></html>');
    const r = await runImport([src, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['kept.txt', 'lighthouse.md', 'notes.txt', 'ships.md']);
    expect(r.stdout).toMatch(/imported 3 articles .* 1 skipped/);
    expect(r.stderr).toMatch(/empty\.html: no article text found on the page; skipped/);
    const doc = await readFile(join(out, 'lighthouse.md'), 'utf8');
    expect(doc).toMatch(
      /^---\ntitle: Kelmouth votes to restore its old lighthouse\ndate: 2031-04-17\nauthor: Tomas Arvid\nurl: https:\/\/gazette\.example\/news\/kelmouth-lighthouse\nsource: The Harbour Gazette\n---\n/,
    );
    expect(parseDocument(doc).meta.title).toBe('Kelmouth votes to restore its old lighthouse');
    expect(doc).toContain('\n## Who pays for the work\n');
  });

  it('a single .html file and a link (private addresses allowed for the test server)', async () => {
    const out = join(dir, 'one');
    await writeFile(join(dir, 'story.html'), GALLERY);
    const r = await runImport([join(dir, 'story.html'), `${web.url}/old-link`, '--out', out], {
      CITEBOT_ALLOW_PRIVATE_URLS: '1',
    });
    expect(r.code, r.stderr).toBe(0);
    expect((await readdir(out)).sort()).toEqual(['kelmouth-lighthouse.md', 'story.md']);
    // The page names its canonical address; the document keeps that one.
    expect(await readFile(join(out, 'kelmouth-lighthouse.md'), 'utf8')).toContain(
      'url: https://gazette.example/news/kelmouth-lighthouse',
    );
  });

  it('a link to a private address is refused by default, in one line, and nothing is written', async () => {
    const out = join(dir, 'refused');
    const r = await runImport([`${web.url}/news/kelmouth-lighthouse`, '--out', out], {
      CITEBOT_ALLOW_PRIVATE_URLS: '',
    });
    expect(r.stderr.trim()).toMatch(
      /^import: http:\/\/127\.0\.0\.1:\d+\/news\/kelmouth-lighthouse: 127\.0\.0\.1 is a private or local address; refused$/,
    );
    expect(r.stdout).toMatch(/imported 0 articles .* 1 skipped/);
    expect(await readdir(out).catch(() => [])).toEqual([]);
  });
});
