// The gateway bot as a process (npm run start:bot, and npm start with DISCORD_TOKEN set): reads the
// configuration, runs the gateway transport, and ends through the one shutdown routine.
import { runBot, type RunningBot } from '../transports/gateway.js';
import { createLogger } from '../setup/log.js';
import { Shutdown } from '../setup/shutdown.js';
import {
  EXIT_GATEWAY_REFUSED,
  GatewayClosedError,
  configOrExit,
  describeStartupError,
} from '../setup/startup-errors.js';

/** Runs until SIGINT/SIGTERM (exit 0); start-up failure exits 1 with one line, a gateway that refuses the bot 78. */
export async function startBot(): Promise<void> {
  const config = configOrExit();
  const log = createLogger({ level: config.logLevel, secrets: [config.token] });
  process.on('unhandledRejection', (reason) => log.error('unhandled rejection', { error: reason }));

  const shutdown = new Shutdown(log);
  let bot: RunningBot | null = null;
  const onFatalClose = (err: GatewayClosedError): void => {
    if (shutdown.started) return;
    process.stderr.write(`citebot: ${describeStartupError(err, config.apiUrl)}\n`);
    // Interactions in flight are still answered over REST before the process ends.
    shutdown.run(EXIT_GATEWAY_REFUSED, () => (bot ? bot.stop() : Promise.resolve()));
  };
  try {
    bot = await runBot(config, log, { onFatalClose });
  } catch (err) {
    log.debug('start-up failure detail', { error: err });
    process.stderr.write(
      `citebot: ${describeStartupError(err, config.apiUrl).split(config.token).join('[redacted]')}\n`,
    );
    process.exit(err instanceof GatewayClosedError ? EXIT_GATEWAY_REFUSED : 1);
  }
  const running = bot;
  shutdown.onSignals('', () => running.stop());
}
