// npm start and npm run cli run their TypeScript bundled ahead (src/app/launch.mjs): the entry
// must see what it would see run directly, and a change to any file it is made of must be run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../src/app/config.js';

const LAUNCH = join(REPO_ROOT, 'src/app/launch.mjs');
// Inside the repository, where the bundle finds node_modules; .citebot is ignored by git and the tools.
mkdirSync(join(REPO_ROOT, '.citebot'), { recursive: true });
const dir = mkdtempSync(join(REPO_ROOT, '.citebot', 'launch-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(entry: string, args: string[] = []) {
  const r = spawnSync(process.execPath, [LAUNCH, entry, ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    timeout: 60_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim();
}

describe('running an entry point bundled ahead', () => {
  it('gives the entry its own path, its arguments and its own import.meta.url', () => {
    const entry = join(dir, 'entry.ts');
    writeFileSync(
      entry,
      `const own: string = import.meta.url;\nconsole.log(JSON.stringify([process.argv.slice(1), own]));\n`,
    );
    expect(JSON.parse(run(entry, ['ask', '--json']))).toEqual([[entry, 'ask', '--json'], pathToFileURL(entry).href]);
  });

  it('runs the changed code after a module it imports changes', () => {
    const entry = join(dir, 'changing.ts');
    const part = join(dir, 'part.ts');
    writeFileSync(entry, `import { word } from './part.js';\nconsole.log(word);\n`);
    writeFileSync(part, `export const word: string = 'before';\n`);
    expect(run(entry)).toBe('before');
    writeFileSync(part, `export const word: string = 'after, and longer';\n`);
    expect(run(entry)).toBe('after, and longer');
  });
});
