// `npm run start:sharded`: runs the bot under discord.js's ShardingManager for bots in more
// guilds than one gateway connection may serve (2,500). Each shard is a process running
// main.ts, loading the read-only store once for itself.
import { fileURLToPath } from 'node:url';
import { REST } from '@discordjs/rest';
import { Routes, type RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import { ShardingManager } from 'discord.js';
import type { BotConfig } from '../setup/config.js';
import { createLogger } from '../setup/log.js';
import { Shutdown } from '../setup/shutdown.js';
import { EXIT_GATEWAY_REFUSED, configOrExit, describeStartupError } from '../setup/startup-errors.js';

/** Discord's recommended shard count, asked at DISCORD_API_URL (discord.js's own 'auto' always asks discord.com). */
async function recommendedShards(config: BotConfig): Promise<number> {
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, Number(info.shards) || 1);
}

/** How long the shards get to finish their interactions and close before this process exits anyway. */
const SHARD_STOP_MS = 12_000;

const config = configOrExit();
const log = createLogger({ level: config.logLevel, secrets: [config.token] });
const shutdown = new Shutdown(log);
try {
  const totalShards = await recommendedShards(config);
  /** Sends every shard `signal` and resolves once all have exited. */
  const stopShards = async (signal: NodeJS.Signals): Promise<void> => {
    manager.respawn = false;
    for (const s of manager.shards.values()) s.process?.kill(signal);
    await Promise.all(
      [...manager.shards.values()].map(
        (s) => new Promise((r) => (s.process?.exitCode === null ? s.process.once('exit', r) : r(null))),
      ),
    );
  };
  const manager = new ShardingManager(fileURLToPath(new URL('./main.ts', import.meta.url)), {
    token: config.token,
    totalShards,
    // Each shard runs with this process's node flags (npm run start:sharded: tsx and the tuning).
    execArgv: process.execArgv,
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    log.info('shard launched', { shard: shard.id, of: totalShards });
    // A shard that Discord refuses (token, intents, sharding) would be refused again at every
    // respawn: the manager stops every shard and exits non-zero; any other death is respawned.
    shard.on('death', (child) => {
      const code = 'exitCode' in child ? child.exitCode : null;
      if (code !== EXIT_GATEWAY_REFUSED) return;
      log.error('a shard was refused by the Discord gateway; stopping all shards', { shard: shard.id });
      manager.respawn = false;
      // After this turn: discord.js respawns this shard right after 'death', and that one must stop too.
      setImmediate(() => shutdown.run(1, () => stopShards('SIGTERM'), SHARD_STOP_MS));
    });
  });
  await manager.spawn({ timeout: 120_000 });
  log.info(`all ${totalShards} shard(s) ready`);
  // Each shard handles the signal itself (finish in-flight, close gateway).
  shutdown.onSignals(': stopping shards', stopShards, SHARD_STOP_MS);
} catch (err) {
  process.stderr.write(`citebot: ${describeStartupError(err, config.apiUrl)}\n`);
  process.exit(1);
}
