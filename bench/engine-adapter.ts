// Opens citebot's engine in-process through src/app/open.ts. The import is dynamic so the
// benchmarks still run their baselines while the engine is being written; its path is written
// out so that the launcher's bundle (src/app/launch.mjs) takes the engine in.
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Engine } from '../src/answer/engine.js';

export interface OpenOptions {
  seedsDir: string;
  storePath?: string;
  onWarning?: (message: string) => void;
}
export interface Opened {
  engine: Engine;
  warnings: unknown[];
  rebuilt: boolean;
}
type OpenEngine = (options: OpenOptions) => Promise<Opened>;

/** null when src/app/open.ts does not exist yet or does not export openEngine. */
export async function loadOpenEngine(): Promise<OpenEngine | null> {
  try {
    const mod = (await import('../src/app/open.js')) as { openEngine?: OpenEngine };
    return typeof mod.openEngine === 'function' ? mod.openEngine : null;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && String((err as Error).message).includes('open')) return null;
    throw err;
  }
}

/**
 * A store per seeds folder under the temp directory: measuring must not overwrite the
 * repository's own .citebot/store.json, and a second run on the same folder reuses the store.
 */
export function benchStorePath(seedsDir: string): string {
  const key = createHash('sha1').update(resolve(seedsDir)).digest('hex').slice(0, 12);
  return join(tmpdir(), 'citebot-bench-stores', `${key}.json`);
}
