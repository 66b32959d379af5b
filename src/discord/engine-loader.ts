// Opens the answer engine through the app's openEngine (src/app/open.ts), the one place that
// knows how the store is loaded or rebuilt from the seeds folder.
import { defaultSeedsDir } from '../app/config.js';
import { openEngine } from '../app/open.js';
import { warmUp } from '../app/warm-up.js';
import type { EngineSource } from './context.js';

/** The engine source for the bot: seeds from SEEDS_DIR (or the app's default). */
export async function appEngineSource(seedsDir: string | null): Promise<EngineSource & { seedsDir: string }> {
  const dir = seedsDir ?? defaultSeedsDir();
  let serving = false;
  return {
    seedsDir: dir,
    open: async () => {
      // Once serving (a /reload, an /article add), new documents are built off the main thread
      // so members' questions are answered meanwhile; at start-up this thread helps build.
      const { engine, warnings } = await openEngine({ seedsDir: dir, buildOffThread: serving });
      serving = true;
      // The bot answers many questions: its indexes are built before the first one, not during it,
      // and it practises in the background while the gateway connects.
      engine.warm();
      warmUp(engine);
      return { engine, warnings };
    },
  };
}
