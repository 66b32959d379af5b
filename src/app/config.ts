// Where documents and the store live, from flags, the environment or the repository defaults.
import { createHash } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function defaultSeedsDir(): string {
  return process.env.SEEDS_DIR ? resolve(process.env.SEEDS_DIR) : join(REPO_ROOT, 'seeds');
}

/** One store per seeds folder, so switching `--seeds` never rebuilds the other's store. */
export function storePathFor(seedsDir: string): string {
  if (process.env.CITEBOT_STORE) return resolve(process.env.CITEBOT_STORE);
  const tag = createHash('sha1').update(resolve(seedsDir)).digest('hex').slice(0, 12);
  return join(REPO_ROOT, '.citebot', `store-${tag}.bin`);
}
