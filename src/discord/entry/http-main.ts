// `npm run start:http`: serves HTTP interactions (the Interactions Endpoint URL) on PORT.
import type { AddressInfo } from 'node:net';
import { ConfigError, loadDotenv, readHttpConfig, type HttpConfig } from '../setup/config.js';
import { createInteractionsServer } from '../transports/http-server.js';
import { createLogger } from '../setup/log.js';
import { createRuntime } from '../setup/runtime.js';
import { Shutdown } from '../setup/shutdown.js';
import { describeStartupError } from '../setup/startup-errors.js';
import { plural } from '../../app/plural.js';

/** After the last answer, how long closing the server may take before the process exits anyway. */
const CLOSE_GRACE_MS = 2000;

loadDotenv();
let config: HttpConfig;
try {
  config = readHttpConfig();
} catch (err) {
  process.stderr.write(
    `citebot: ${err instanceof ConfigError ? `configuration: ${err.problems.join('; ')}` : String(err)}\n`,
  );
  process.exit(1);
}
const log = createLogger({ level: config.logLevel });

try {
  const { ctx, dispatcher } = await createRuntime({
    seedsDir: config.seedsDir,
    cooldownSeconds: config.cooldownSeconds,
    log,
  });
  const server = createInteractionsServer({ publicKey: config.publicKey, apiUrl: config.apiUrl, dispatcher, log });
  const host = process.env.HOST?.trim() || '0.0.0.0';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const s = ctx.engine().stats();
  log.info(
    `ready: ${plural(s.documents, 'article')}, ${plural(s.quotes, 'quote')}; listening on http://${host}:${port}`,
    { port },
  );

  new Shutdown(log).onSignals(': finishing interactions in flight', async () => {
    await server.inflight.drain();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      // Everything in flight has been answered; idle keep-alive sockets need not hold the exit.
      server.closeAllConnections();
      setTimeout(resolve, CLOSE_GRACE_MS).unref();
    });
  });
} catch (err) {
  process.stderr.write(`citebot: ${describeStartupError(err, config.apiUrl)}\n`);
  process.exit(1);
}
