// `npm run start:http`: serves HTTP interactions (the Interactions Endpoint URL) on PORT.
import type { AddressInfo } from 'node:net';
import { ConfigError, loadDotenv, readHttpConfig, type HttpConfig } from './config.js';
import { createInteractionsServer } from './http-server.js';
import { createLogger } from './log.js';
import { createRuntime } from './runtime.js';
import { describeStartupError } from './startup-errors.js';
import { plural } from '../app/plural.js';

loadDotenv();
let config: HttpConfig;
try {
  config = readHttpConfig();
} catch (err) {
  process.stderr.write(`citebot: ${err instanceof ConfigError ? `configuration: ${err.problems.join('; ')}` : String(err)}\n`);
  process.exit(1);
}
const log = createLogger({ level: config.logLevel });

try {
  const { ctx, dispatcher } = await createRuntime({ seedsDir: config.seedsDir, cooldownSeconds: config.cooldownSeconds, log });
  const server = createInteractionsServer({ publicKey: config.publicKey, apiUrl: config.apiUrl, dispatcher, log });
  const host = process.env.HOST?.trim() || '0.0.0.0';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const s = ctx.engine().stats();
  log.info(`ready: ${plural(s.documents, 'article')}, ${plural(s.quotes, 'quote')}; listening on http://${host}:${port}`, { port });

  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    log.info(`received ${signal}: finishing interactions in flight`);
    void server.inflight.drain().then(() => {
      server.close(() => process.exit(0));
      // Everything in flight has been answered; idle keep-alive sockets need not hold the exit.
      server.closeAllConnections();
      setTimeout(() => process.exit(0), 2000).unref();
    });
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
} catch (err) {
  process.stderr.write(`citebot: ${describeStartupError(err, config.apiUrl)}\n`);
  process.exit(1);
}
