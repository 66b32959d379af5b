// Opens the answer engine through the app's openEngine (src/app/open.ts), the one place that
// knows how the store is loaded or rebuilt. Bound lazily so this module type-checks on its own.
import type { Engine } from '../answer/engine.js';
import type { EngineSource } from './context.js';

export interface OpenEngineOptions {
  seedsDir: string;
  storePath?: string;
  onWarning?: (warning: string) => void;
}
export type OpenEngine = (options: OpenEngineOptions) => Promise<{ engine: Engine; warnings: string[]; rebuilt: boolean }>;

interface AppModules {
  openEngine: OpenEngine;
  defaultSeedsDir: () => string;
}

async function appModules(): Promise<AppModules> {
  const openPath = '../app/open.js';
  const configPath = '../app/config.js';
  const open = (await import(openPath)) as { openEngine: OpenEngine };
  const config = (await import(configPath)) as { defaultSeedsDir: () => string };
  return { openEngine: open.openEngine, defaultSeedsDir: config.defaultSeedsDir };
}

/** The engine source for the bot: seeds from SEEDS_DIR (or the app's default). */
export async function appEngineSource(seedsDir: string | null): Promise<EngineSource & { seedsDir: string }> {
  const app = await appModules();
  const dir = seedsDir ?? app.defaultSeedsDir();
  return {
    seedsDir: dir,
    open: async () => {
      const { engine, warnings } = await app.openEngine({ seedsDir: dir });
      return { engine, warnings };
    },
  };
}
