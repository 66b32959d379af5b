// The gateway ending the bot's connection for good: the process exits non-zero with the README's
// advice, so a supervisor set to restart on failure does; refusals at login say what to fix.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acceptedCallback, Callback, FakeDiscord, isEphemeral, replyText } from './support/fake-discord/index.js';
import { BotProcess, botEnv, startReadyBot } from './support/bot-process.js';
import { EXIT_GATEWAY_REFUSED } from '../src/discord/setup/startup-errors.js';

const root = mkdtempSync(join(tmpdir(), 'citebot-gateway-faults-'));
const seedsDir = join(root, 'seeds');
mkdirSync(seedsDir);
writeFileSync(join(seedsDir, 'harbour.txt'), 'The harbour council voted on Tuesday to rebuild the old lighthouse.\n');
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a fatal gateway close', () => {
  it.each([
    [4014, /intents/],
    [4004, /DISCORD_TOKEN/],
  ])(
    'while running (%i) exits non-zero with the advice',
    async (code, advice) => {
      const fake = await FakeDiscord.start({ heartbeatIntervalMs: 5000 });
      try {
        const bot = await startReadyBot({ fake, seedsDir });
        fake.gateway.refuseIdentifyWith = code;
        fake.gateway.closeAll(code);
        const exit = await bot.waitForExit(60_000);
        expect(exit.code, bot.output()).toBe(EXIT_GATEWAY_REFUSED);
        expect(bot.stderr.join('\n')).toMatch(advice);
        expect(bot.output()).not.toContain(fake.token);
      } finally {
        await fake.stop();
      }
    },
    120_000,
  );

  it('at login (4014) prints the advice, not the library message, and exits non-zero', async () => {
    const fake = await FakeDiscord.start({ heartbeatIntervalMs: 5000 });
    try {
      fake.gateway.refuseIdentifyWith = 4014;
      const bot = BotProcess.spawn('src/discord/entry/main.ts', botEnv({ fake, seedsDir }));
      const exit = await bot.waitForExit(90_000);
      expect(exit.code, bot.output()).toBe(EXIT_GATEWAY_REFUSED);
      const lines = bot.stderr.filter((l) => l.trim());
      expect(lines, bot.output()).toHaveLength(1);
      expect(lines[0]).toMatch(/^citebot: Discord refused the gateway intents requested; citebot only needs Guilds/);
    } finally {
      await fake.stop();
    }
  }, 120_000);

  it('under start:sharded stops the shards and exits non-zero instead of leaving a disconnected shard alive', async () => {
    const fake = await FakeDiscord.start({ heartbeatIntervalMs: 5000 });
    const bot = BotProcess.spawn('src/discord/entry/sharded.ts', botEnv({ fake, seedsDir }));
    try {
      await bot.waitForLine(/all 1 shard\(s\) ready/, 90_000, 'stdout');
      fake.gateway.refuseIdentifyWith = 4014;
      fake.gateway.closeAll(4014);
      const exit = await bot.waitForExit(60_000);
      expect(exit.code, bot.output()).toBe(1);
      expect(bot.stderr.join('\n')).toMatch(/intents/);
    } finally {
      await bot.stop(1000);
      await fake.stop();
    }
  }, 150_000);

  it('a first reply Discord rejects leaves the member an answer, sent as a reply rather than a refused follow-up', async () => {
    const fake = await FakeDiscord.start({ heartbeatIntervalMs: 5000 });
    const bot = await startReadyBot({ fake, seedsDir });
    try {
      fake.faults.refuseCallbacks = 1;
      const rec = await fake.ask(fake.slash('search', { text: 'lighthouse' }), 20_000);
      expect(rec.callbacks.map((c) => c.status)).toEqual([400, 204]);
      expect(acceptedCallback(rec)!.type).toBe(Callback.ChannelMessageWithSource);
      expect(isEphemeral(rec)).toBe(true);
      expect(replyText(rec)).toMatch(/went wrong|could not/i);
      expect(rec.followUps).toEqual([]);
      expect(bot.output()).toMatch(new RegExp(`handler failed interaction=\\W*${rec.id}`));
    } finally {
      await bot.stop(5000);
      await fake.stop();
    }
  }, 120_000);
});
