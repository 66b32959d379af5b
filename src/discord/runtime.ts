// What both transports run on: the loaded commands, the engine, the context and the dispatcher.
import { createBotContext, type EngineSource } from './context.js';
import { Cooldowns } from './cooldown.js';
import { createDispatcher, type Dispatcher } from './dispatch.js';
import { appEngineSource } from './engine-loader.js';
import type { Logger } from './log.js';
import { loadCommands } from './registry.js';
import { StartupError } from './startup-errors.js';
import type { BotContext, Command } from './types.js';

export interface Runtime {
  ctx: BotContext;
  dispatcher: Dispatcher;
  commands: Map<string, Command>;
}

export interface RuntimeOptions {
  seedsDir: string | null;
  cooldownSeconds: number;
  log: Logger;
  /** Defaults to the app's openEngine over seedsDir. */
  engineSource?: EngineSource;
}

export async function createRuntime(opts: RuntimeOptions): Promise<Runtime> {
  const commands = await loadCommands();
  let source = opts.engineSource;
  let seedsDir: string | null = null;
  if (!source) {
    const appSource = await appEngineSource(opts.seedsDir);
    opts.log.info('loading articles', { seeds: appSource.seedsDir });
    source = appSource;
    seedsDir = appSource.seedsDir;
  }
  let opened: Awaited<ReturnType<EngineSource['open']>>;
  try {
    opened = await source.open();
  } catch (err) {
    throw new StartupError(`could not load the articles: ${err instanceof Error ? err.message : String(err)}`);
  }
  for (const w of opened.warnings) opts.log.warn('store warning', { warning: w });
  const ctx = createBotContext({ engine: opened.engine, source, log: opts.log, commands: () => [...commands.values()], seedsDir });
  const dispatcher = createDispatcher({ ctx, commands: () => commands, cooldowns: new Cooldowns(opts.cooldownSeconds) });
  return { ctx, dispatcher, commands };
}
