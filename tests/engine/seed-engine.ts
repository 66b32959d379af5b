// Opens an engine over the repository's seed article with a store in a temporary folder.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEngine } from '../../src/app/open.js';
import { REPO_ROOT } from '../../src/app/config.js';
import type { Engine } from '../../src/answer/engine.js';

export const SEEDS = join(REPO_ROOT, 'seeds');
let cached: Promise<Engine> | null = null;

export function seedEngine(): Promise<Engine> {
  cached ??= openEngine({ seedsDir: SEEDS, storePath: join(mkdtempSync(join(tmpdir(), 'citebot-test-')), 'store.json') }).then((o) => o.engine);
  return cached;
}
