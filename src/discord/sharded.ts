// `npm run start:sharded`: runs the bot under discord.js's ShardingManager for bots in more
// guilds than one gateway connection may serve (2,500). Each shard is a process running
// main.ts, loading the read-only store once for itself.
import { fileURLToPath } from 'node:url';
import { REST } from '@discordjs/rest';
import { Routes, type RESTGetAPIGatewayBotResult } from 'discord-api-types/v10';
import { ShardingManager } from 'discord.js';
import type { BotConfig } from './config.js';
import { createLogger } from './log.js';
import { EXIT_GATEWAY_REFUSED, configOrExit, describeStartupError } from './startup-errors.js';

/** Discord's recommended shard count, asked at DISCORD_API_URL (discord.js's own 'auto' always asks discord.com). */
async function recommendedShards(config: BotConfig): Promise<number> {
  const rest = new REST({ api: config.apiUrl }).setToken(config.token);
  const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, Number(info.shards) || 1);
}

const config = configOrExit();
const log = createLogger({ level: config.logLevel, secrets: [config.token] });
try {
  const totalShards = await recommendedShards(config);
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
      setImmediate(() => {
        for (const other of manager.shards.values()) other.process?.kill('SIGTERM');
        setTimeout(() => process.exit(1), 12_000).unref();
        void Promise.all([...manager.shards.values()].map((s) => new Promise((r) => (s.process && s.process.exitCode === null ? s.process.once('exit', r) : r(null))))).then(() => process.exit(1));
      });
    });
  });
  await manager.spawn({ timeout: 120_000 });
  log.info(`all ${totalShards} shard(s) ready`);
  const stop = (signal: string): void => {
    log.info(`received ${signal}: stopping shards`);
    manager.respawn = false;
    // Each shard handles the signal itself (finish in-flight, close gateway); give them time.
    for (const shard of manager.shards.values()) shard.process?.kill(signal as NodeJS.Signals);
    setTimeout(() => process.exit(0), 12_000).unref();
    Promise.all([...manager.shards.values()].map((s) => new Promise((r) => (s.process && s.process.exitCode === null ? s.process.once('exit', r) : r(null))))).then(() =>
      process.exit(0),
    );
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
} catch (err) {
  process.stderr.write(`citebot: ${describeStartupError(err, config.apiUrl)}\n`);
  process.exit(1);
}
