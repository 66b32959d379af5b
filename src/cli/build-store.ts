// `npm run build-store [-- --seeds DIR]`: rebuilds the store from the seeds folder.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultSeedsDir, storePathFor } from '../app/config.js';
import { openStore } from '../app/open.js';
import { plural } from '../app/plural.js';

const { values } = parseArgs({ options: { seeds: { type: 'string' } } });
const seedsDir = values.seeds ? resolve(values.seeds) : defaultSeedsDir();
try {
  const t0 = performance.now();
  const { store, saved } = await openStore({
    seedsDir,
    force: true,
    onWarning: (l) => process.stderr.write(`warning: ${l}\n`),
  });
  const { docs } = store.index;
  if (!saved) {
    process.stderr.write(
      `citebot: the store could not be saved to ${storePathFor(seedsDir)} (see the warning above); nothing was built\n`,
    );
    process.exit(1);
  }
  const quotes = store.index.quotes.offsets.length - 1;
  process.stdout.write(
    `Built ${storePathFor(seedsDir)}: ${plural(docs.length, 'article')}, ${plural(quotes, 'quote')} in ${Math.round(performance.now() - t0)} ms.\n`,
  );
} catch (e) {
  process.stderr.write(`citebot: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
