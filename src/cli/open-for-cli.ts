// Opens the engine for a terminal edge, printing warnings to stderr.
import { resolve } from 'node:path';
import { defaultSeedsDir } from '../app/config.js';
import { openEngine, type Opened } from '../app/open.js';

export async function openForCli(seeds: string | undefined): Promise<Opened> {
  const seedsDir = seeds ? resolve(seeds) : defaultSeedsDir();
  return openEngine({ seedsDir, onWarning: (line) => process.stderr.write(`warning: ${line}\n`) });
}
