// The gateway transport: loads the store, connects with the Guilds intent only, answers
// interactions, and on stop finishes those in flight before closing the gateway.
import { MessageFlags } from 'discord-api-types/v10';
import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { BotConfig } from '../setup/config.js';
import type { EngineSource } from '../handling/context.js';
import { SHUTTING_DOWN, type Dispatcher } from '../handling/dispatch.js';
import { isExpiredInteraction } from './errors.js';
import { fromAutocomplete, fromButton, fromChatInput, fromMessageContext } from './gateway-adapter.js';
import { InFlight } from '../handling/inflight.js';
import type { Logger } from '../setup/log.js';
import { createRuntime } from '../setup/runtime.js';
import { GatewayClosedError, StartupError } from '../setup/startup-errors.js';
import { plural } from '../../app/plural.js';

export const READY_TIMEOUT_MS = 60_000;

export interface RunningBot {
  client: Client;
  /** Stops intake, waits for in-flight interactions, closes the gateway. */
  stop(): Promise<void>;
}

export interface RunOptions {
  /** Defaults to the app's openEngine over SEEDS_DIR. */
  engineSource?: EngineSource;
  /** Called when Discord ends the gateway connection for good after READY (discord.js gives up). */
  onFatalClose?: (err: GatewayClosedError) => void;
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
  let isReady = false;
  // Before READY a gateway error ends start-up, whose one line says what to fix.
  client.on(Events.ShardError, (err, shard) =>
    (isReady ? log.error : log.debug)('gateway error', { shard, error: err }),
  );
  // Closing the gateway on shutdown also reports "reconnecting"; only warn when it is news.
  client.on(Events.ShardReconnecting, (shard) =>
    (inflight.closing ? log.debug : log.warn)('gateway reconnecting', { shard }),
  );

  let refuse: (err: Error) => void = () => undefined;
  // discord.js reports a close it will not recover from (4004, 4010-4014) and then stays idle;
  // without this the process would drain its handles and exit 0, or sit disconnected forever.
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (inflight.closing) return;
    const err = new GatewayClosedError(event.code);
    // Before READY the start-up failure line says it all.
    if (!isReady) return refuse(err);
    log.error('the Discord gateway closed for good', { shard, code: event.code });
    options.onFatalClose?.(err);
  });
  const ready = new Promise<void>((resolve, reject) => {
    refuse = reject;
    const timer = setTimeout(
      () => reject(new StartupError(`no READY from the Discord gateway within ${READY_TIMEOUT_MS / 1000} s`)),
      READY_TIMEOUT_MS,
    );
    timer.unref();
    client.once(Events.ClientReady, (c) => {
      clearTimeout(timer);
      isReady = true;
      const s = ctx.engine().stats();
      log.info(`ready: ${plural(s.documents, 'article')}, ${plural(s.quotes, 'quote')}`, {
        user: c.user.tag,
        guilds: c.guilds.cache.size,
        shards: c.ws.shards.size,
      });
      resolve();
    });
  });
  try {
    await Promise.race([client.login(config.token).then(() => ready), ready]);
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

async function handleInteraction(
  interaction: Interaction,
  dispatcher: Dispatcher,
  inflight: InFlight,
  log: Logger,
): Promise<void> {
  const receivedAt = Date.now();
  try {
    if (interaction.isAutocomplete()) {
      const choices = await dispatcher.autocomplete(fromAutocomplete(interaction));
      await interaction.respond(choices);
      return;
    }
    if (inflight.closing) {
      if (interaction.isRepliable())
        await interaction.reply({
          content: SHUTTING_DOWN,
          flags: MessageFlags.Ephemeral,
          allowedMentions: { parse: [] },
        });
      return;
    }
    if (interaction.isChatInputCommand()) await dispatcher.command(fromChatInput(interaction, receivedAt));
    else if (interaction.isMessageContextMenuCommand())
      await dispatcher.command(fromMessageContext(interaction, receivedAt));
    else if (interaction.isButton()) await dispatcher.button(fromButton(interaction, receivedAt));
    else log.debug('ignored interaction', { type: interaction.type, interaction: interaction.id });
  } catch (err) {
    // The dispatcher answers handler errors itself; what reaches here failed while talking to Discord.
    if (isExpiredInteraction(err))
      log.warn('interaction expired before it was answered', { interaction: interaction.id, error: err });
    else log.error('interaction failed', { interaction: interaction.id, type: interaction.type, error: err });
  }
}
