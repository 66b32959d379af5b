// A store built by other code is rebuilt on its own: the store's version is a hash of the code
// that builds it, so changing extraction needs no version number bumped by hand.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/app/open.js';
import { codeVersion } from '../src/store/store-version.js';
import { readStoreParts, writeWithFreshChecksums } from './support/store-surgery.js';
import { TALKS } from './support/talks.js';

const root = mkdtempSync(join(tmpdir(), 'citebot-store-version-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

let n = 0;
/** A little module tree: build.ts imports ./extract.js, which imports a package; other.ts is imported by nothing. */
function tree(files: Record<string, string> = {}): string {
  const dir = join(root, `tree-${n++}`);
  mkdirSync(dir);
  const all = {
    'build.ts': "import { extract } from './extract.js';\nexport const build = extract;\n",
    'extract.ts': "import winkNLP from 'wink-nlp';\nexport const extract = () => 1;\n",
    'other.ts': 'export const other = 2;\n',
    ...files,
  };
  for (const [name, text] of Object.entries(all)) writeFileSync(join(dir, name), text);
  return dir;
}

const versionOf = (dir: string, packages: Record<string, string> = { 'wink-nlp': '2.0.0' }) =>
  codeVersion({
    roots: [join(dir, 'build.ts')],
    base: dir,
    readFile: (p) => readFileSync(p, 'utf8'),
    packageVersion: (name) => packages[name] ?? null,
  });

describe('the store version', () => {
  it('is the same for the same code wherever it is checked out, with either line ending', () => {
    expect(versionOf(tree())).toBe(versionOf(tree()));
    expect(
      versionOf(tree({ 'extract.ts': "import winkNLP from 'wink-nlp';\r\nexport const extract = () => 1;\r\n" })),
    ).toBe(versionOf(tree()));
  });

  it('changes with a module the builder imports, even through another, and with an imported package version', () => {
    const base = versionOf(tree());
    expect(
      versionOf(tree({ 'extract.ts': "import winkNLP from 'wink-nlp';\nexport const extract = () => 2;\n" })),
    ).not.toBe(base);
    expect(versionOf(tree(), { 'wink-nlp': '2.1.0' })).not.toBe(base);
  });

  it('does not change with code the builder never imports', () => {
    expect(versionOf(tree({ 'other.ts': 'export const other = 3;\n' }))).toBe(versionOf(tree()));
  });

  it('rebuilds a store whose header names another version, with a warning saying why', async () => {
    const dir = join(root, 'store');
    const seeds = join(dir, 'seeds');
    mkdirSync(seeds, { recursive: true });
    writeFileSync(join(seeds, 'talks.txt'), TALKS);
    const store = join(dir, 'store.bin');
    expect((await openStore({ seedsDir: seeds, storePath: store })).rebuilt).toBe(true);
    expect((await openStore({ seedsDir: seeds, storePath: store })).rebuilt).toBe(false);
    const parts = readStoreParts(store);
    parts.header.schema = 'code-of-another-day';
    writeWithFreshChecksums(store, parts);
    const reopened = await openStore({ seedsDir: seeds, storePath: store });
    expect(reopened.rebuilt).toBe(true);
    expect(reopened.warnings.some((w) => w.includes('built by other code') && w.includes('rebuilding'))).toBe(true);
    expect((await openStore({ seedsDir: seeds, storePath: store })).rebuilt).toBe(false);
  });
});
