// The scaling entry points against the local Discord: `start:sharded` (ShardingManager, shard count
// from DISCORD_API_URL) answers an interaction and stops cleanly; deploy-commands without a guild
// registers globally.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, isAnswered, replyText } from './support/fake-discord/index.js';
import { BotProcess, botEnv, copySeeds } from './support/bot-process.js';
import { COMMAND_NAMES } from './support/discord-fakes.js';

let fake: FakeDiscord;
let seeds: { dir: string; cleanup: () => void };

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 5000 });
  seeds = copySeeds();
}, 30_000);

afterAll(async () => {
  await fake?.stop();
  seeds?.cleanup();
});

describe('npm run start:sharded', () => {
  it('launches the recommended shards, answers through them, and exits 0 on SIGTERM', async () => {
    const bot = BotProcess.spawn('src/discord/entry/sharded.ts', botEnv({ fake, seedsDir: seeds.dir }));
    try {
      await bot.waitForLine(/all 1 shard\(s\) ready/, 90_000, 'stdout');
      expect(bot.stdout.some((l) => l.includes('shard launched shard=0 of=1'))).toBe(true);
      const rec = await fake.ask(fake.slash('ask', { question: 'Who headed the Taliban delegation?' }));
      expect(isAnswered(rec)).toBe(true);
      expect(replyText(rec)).toContain('Sher Mohammad Abbas Stanikzai');
      expect(await bot.stop(15_000)).toEqual({ code: 0, signal: null });
    } finally {
      await bot.stop(1000);
    }
  }, 120_000);
});

describe('npm run deploy-commands without DISCORD_GUILD_ID', () => {
  it('registers every command globally', async () => {
    const run = BotProcess.spawn(
      'src/discord/entry/deploy-commands.ts',
      botEnv({ fake, seedsDir: seeds.dir, extra: { DISCORD_GUILD_ID: '' } }),
    );
    expect(await run.waitForExit(60_000)).toEqual({ code: 0, signal: null });
    expect(run.stdout.join('\n')).toMatch(/^registered 12 commands for all servers/);
    expect(
      fake.commands
        .list(null)
        .map((c) => c.name)
        .sort(),
    ).toEqual(COMMAND_NAMES);
  }, 90_000);
});
