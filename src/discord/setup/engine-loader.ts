// Opens the answer engine through the app's openEngine (src/app/open.ts), the one place that
// knows how the store is loaded or rebuilt from the seeds folder.
import { defaultSeedsDir } from '../../app/config.js';
import { openEngine } from '../../app/open.js';
import { warmUp } from '../../app/warm-up.js';
import type { EngineSource } from '../handling/context.js';

/** The engine source for the bot: seeds from SEEDS_DIR (or the app's default). */
export async function appEngineSource(
  seedsDir: string | null,
  storePath?: string,
): Promise<EngineSource & { seedsDir: string }> {
  const dir = seedsDir ?? defaultSeedsDir();
  let damaged: ((doc: string) => void) | null = null;
  // Damage found while warming up, before anyone listens, is told when someone does.
  const early: string[] = [];
  return {
    seedsDir: dir,
    onDamage: (listener) => {
      damaged = listener;
      early.splice(0).forEach(listener);
    },
    open: async () => {
      // Built off this thread, so answers from the store now serving go on while it builds.
      const { engine, warnings } = await openEngine({
        seedsDir: dir,
        storePath,
        offThread: true,
        onDamage: (doc) => (damaged ? damaged(doc) : early.push(doc)),
      });
      // The bot answers many questions: its indexes are built before the first one, not during it,
      // and it practises in the background while the gateway connects.
      engine.warm();
      warmUp(engine);
      return { engine, warnings };
    },
  };
}
