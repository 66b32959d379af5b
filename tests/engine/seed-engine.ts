// Engines for tests: over the repository's seed article, or over articles a test writes, each
// with its store in a temporary folder.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine } from '../../src/app/open.js';
import { REPO_ROOT } from '../../src/app/config.js';
import type { Engine } from '../../src/answer/engine.js';

export const SEEDS = join(REPO_ROOT, 'seeds');
let cached: Promise<Engine> | null = null;

export function seedEngine(): Promise<Engine> {
  cached ??= openEngine({
    seedsDir: SEEDS,
    storePath: join(mkdtempSync(join(tmpdir(), 'citebot-test-')), 'store.json'),
  }).then((o) => o.engine);
  return cached;
}

/** An engine over articles written for a test: file name -> text, in a fresh temporary folder. */
export async function engineFor(files: Record<string, string>): Promise<Engine> {
  const seeds = mkdtempSync(join(tmpdir(), 'citebot-articles-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(seeds, name), text);
  return (
    await openEngine({ seedsDir: seeds, storePath: join(mkdtempSync(join(tmpdir(), 'citebot-store-')), 'store.json') })
  ).engine;
}
