// What both transports run on: the loaded commands, the engine, the context and the dispatcher,
// and the SharedStore (memory, or Redis with REDIS_URL) holding conversations, cooldowns and the
// reload signal, so that replicas behave as one bot.
import { randomUUID } from 'node:crypto';
import { ContextMemory } from '../../conversation/context.js';
import { openSharedStore } from '../../state/open-store.js';
import type { SharedStore } from '../../state/store.js';
import { ConfigError, readSharedSettings } from './config.js';
import { createBotContext, type EngineSource } from '../handling/context.js';
import { Cooldowns } from '../handling/cooldown.js';
import { createDispatcher, type Dispatcher } from '../handling/dispatch.js';
import { appEngineSource } from './engine-loader.js';
import type { Logger } from './log.js';
import { loadCommands } from '../handling/registry.js';
import { StartupError } from './startup-errors.js';
import type { BotContext, Command } from '../types.js';

/** The topic a process announces a reload on, so the others reload the same articles. */
export const RELOAD_TOPIC = 'citebot:reload';

export interface Runtime {
  ctx: BotContext;
  dispatcher: Dispatcher;
  commands: Map<string, Command>;
  store: SharedStore;
}

export interface RuntimeOptions {
  seedsDir: string | null;
  cooldownSeconds: number;
  log: Logger;
  /** Defaults to the app's openEngine over seedsDir. */
  engineSource?: EngineSource;
  /** Defaults to REDIS_URL and CITEBOT_MODERATOR_ONLY from the environment. */
  redisUrl?: string | null;
  moderatorOnly?: string[];
  /** The clock (ms) for cooldowns and deferral without Redis; tests pass one they advance instead of waiting. */
  now?: () => number;
}

export async function createRuntime(opts: RuntimeOptions): Promise<Runtime> {
  const problems: string[] = [];
  const fromEnv = readSharedSettings(process.env, problems);
  if (problems.length) throw new ConfigError(problems);
  const redisUrl = opts.redisUrl !== undefined ? opts.redisUrl : fromEnv.redisUrl;
  const moderatorOnly = opts.moderatorOnly ?? fromEnv.moderatorOnly;

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
  let store: SharedStore;
  try {
    store = await openSharedStore(redisUrl, opts.now);
  } catch (err) {
    throw new StartupError(
      `cannot reach the shared store at REDIS_URL (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  if (redisUrl) opts.log.info('sharing conversations, cooldowns and reloads through Redis');

  const base = createBotContext({
    engine: opened.engine,
    source,
    log: opts.log,
    commands: () => [...commands.values()],
    seedsDir,
    now: opts.now,
  });
  // A reload here is announced; one announced elsewhere reloads here too (without announcing again).
  const me = randomUUID();
  const ctx: BotContext = {
    ...base,
    conversations: new ContextMemory(store, undefined, (err) =>
      opts.log.warn('conversation context unavailable', { error: err }),
    ),
    async reload() {
      const outcome = await base.reload();
      if (outcome.ok)
        await store
          .publish(RELOAD_TOPIC, me)
          .catch((err) => opts.log.warn('could not announce the reload', { error: err }));
      return outcome;
    },
  };
  await store.subscribe(RELOAD_TOPIC, (from) => {
    if (from === me) return;
    opts.log.info('another process reloaded the articles: reloading here');
    void base.reload();
  });
  const dispatcher = createDispatcher({
    ctx,
    commands: () => commands,
    cooldowns: new Cooldowns(opts.cooldownSeconds, store, (err) =>
      opts.log.warn('cooldown store unavailable', { error: err }),
    ),
    moderatorOnly,
  });
  return { ctx, dispatcher, commands, store };
}
