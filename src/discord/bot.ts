// The gateway bot: loads the store, connects with the Guilds intent only, answers interactions,
// and shuts down cleanly on SIGINT/SIGTERM.
import { Client, Events, GatewayIntentBits, MessageFlags, type Interaction } from 'discord.js';
import type { BotConfig } from './config.js';
import type { EngineSource } from './context.js';
import { SHUTTING_DOWN, type Dispatcher } from './dispatch.js';
import { isExpiredInteraction } from './errors.js';
import { fromAutocomplete, fromButton, fromChatInput, fromMessageContext } from './gateway-adapter.js';
import { InFlight } from './inflight.js';
import { createLogger, type Logger } from './log.js';
import { createRuntime } from './runtime.js';
import { StartupError, configOrExit, describeStartupError } from './startup-errors.js';
import { plural } from '../app/plural.js';

export const READY_TIMEOUT_MS = 60_000;

export interface RunningBot {
  client: Client;
  /** Stops intake, waits for in-flight interactions, closes the gateway. */
  stop(): Promise<void>;
}

export interface RunOptions {
  /** Defaults to the app's openEngine over SEEDS_DIR. */
  engineSource?: EngineSource;
}

/** Connects and resolves once Discord says ready; throws on any start-up failure. */
export async function runBot(config: BotConfig, log: Logger, options: RunOptions = {}): Promise<RunningBot> {
  const { ctx, dispatcher } = await createRuntime({
    seedsDir: config.seedsDir,
    cooldownSeconds: config.cooldownSeconds,
    log,
    engineSource: options.engineSource,
  });
  const inflight = new InFlight();

  const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: config.apiUrl } });
  client.on(Events.InteractionCreate, (interaction) => {
    void inflight.track(handleInteraction(interaction, dispatcher, inflight, log));
  });
  client.on(Events.Error, (err) => log.error('client error', { error: err }));
  client.on(Events.Warn, (message) => log.warn('client warning', { message }));
  client.on(Events.ShardError, (err, shard) => log.error('gateway error', { shard, error: err }));
  // Closing the gateway on shutdown also reports "reconnecting"; only warn when it is news.
  client.on(Events.ShardReconnecting, (shard) => (inflight.closing ? log.debug : log.warn)('gateway reconnecting', { shard }));

  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new StartupError(`no READY from the Discord gateway within ${READY_TIMEOUT_MS / 1000} s`)), READY_TIMEOUT_MS);
    timer.unref();
    client.once(Events.ClientReady, (c) => {
      clearTimeout(timer);
      const s = ctx.engine().stats();
      log.info(`ready: ${plural(s.documents, 'article')}, ${plural(s.quotes, 'quote')}`, { user: c.user.tag, guilds: c.guilds.cache.size, shards: c.ws.shards.size });
      resolve();
    });
  });
  try {
    await client.login(config.token);
    await ready;
  } catch (err) {
    await client.destroy().catch(() => undefined);
    throw err;
  }

  return {
    client,
    async stop() {
      log.info('shutting down: finishing interactions in flight', { inFlight: inflight.size });
      await inflight.drain();
      await client.destroy();
      log.info('stopped');
    },
  };
}

async function handleInteraction(interaction: Interaction, dispatcher: Dispatcher, inflight: InFlight, log: Logger): Promise<void> {
  const receivedAt = Date.now();
  try {
    if (interaction.isAutocomplete()) {
      const choices = await dispatcher.autocomplete(fromAutocomplete(interaction));
      await interaction.respond(choices);
      return;
    }
    if (inflight.closing) {
      if (interaction.isRepliable()) await interaction.reply({ content: SHUTTING_DOWN, flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
      return;
    }
    if (interaction.isChatInputCommand()) await dispatcher.command(fromChatInput(interaction, receivedAt));
    else if (interaction.isMessageContextMenuCommand()) await dispatcher.command(fromMessageContext(interaction, receivedAt));
    else if (interaction.isButton()) await dispatcher.button(fromButton(interaction, receivedAt));
    else log.debug('ignored interaction', { type: interaction.type, interaction: interaction.id });
  } catch (err) {
    // The dispatcher answers handler errors itself; what reaches here failed while talking to Discord.
    if (isExpiredInteraction(err)) log.warn('interaction expired before it was answered', { interaction: interaction.id, error: err });
    else log.error('interaction failed', { interaction: interaction.id, type: interaction.type, error: err });
  }
}

/** The bot entry point: reads config, runs until SIGINT/SIGTERM (exit 0); start-up failure exits 1 with one line. */
export async function startBot(): Promise<void> {
  const config = configOrExit();
  const log = createLogger({ level: config.logLevel, secrets: [config.token] });
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { error: reason }));

  let bot: RunningBot;
  try {
    bot = await runBot(config, log);
  } catch (err) {
    log.debug('start-up failure detail', { error: err });
    process.stderr.write(`citebot: ${describeStartupError(err, config.apiUrl).split(config.token).join('[redacted]')}\n`);
    process.exit(1);
  }

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info(`received ${signal}`);
    bot.stop().then(
      () => process.exit(0),
      (err) => {
        log.error('error while shutting down', { error: err });
        process.exit(0);
      },
    );
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}
