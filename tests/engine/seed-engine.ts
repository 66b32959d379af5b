// Engines for tests: over the repository's seed article, or over articles a test writes, each
// with its store in a temporary folder; and the answer layer's context, for tests of its parts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine, openStore } from '../../src/app/open.js';
import { createContext } from '../../src/answer/create-engine.js';
import type { Context } from '../../src/answer/answer-context.js';
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

/** The answer layer's context (corpus and index) over articles written for a test. */
export async function contextFor(files: Record<string, string>): Promise<Context> {
  const seeds = mkdtempSync(join(tmpdir(), 'citebot-articles-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(seeds, name), text);
  const { store } = await openStore({
    seedsDir: seeds,
    storePath: join(mkdtempSync(join(tmpdir(), 'citebot-store-')), 'store.json'),
  });
  return createContext(store.index, store.readDocument);
}
