// `npm start` with DISCORD_TOKEN set is the bot, though npm start runs bundled ahead
// (src/app/launch.mjs): the bot, which reads its commands from commands/*.ts, answers on the
// local stand-in for Discord as `npm run start:bot` does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, replyText } from './support/fake-discord/index.js';
import { BotProcess, READY_LINE, REPO_ROOT, botEnv, copySeeds } from './support/bot-process.js';

const START_ARGS = (
  JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: { start: string } }
).scripts.start
  .trim()
  .split(/\s+/)
  .slice(1);

let fake: FakeDiscord;
let bot: BotProcess;
let seeds: { dir: string; cleanup: () => void };

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 5000 });
  seeds = copySeeds();
  bot = BotProcess.spawnNode(START_ARGS, botEnv({ fake, seedsDir: seeds.dir }));
  await Promise.all([fake.waitForSession(90_000), bot.waitForLine(READY_LINE, 90_000, 'stdout')]);
}, 120_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  seeds?.cleanup();
}, 30_000);

describe('npm start with DISCORD_TOKEN set', () => {
  it('runs the bot, which answers /ask from the articles', async () => {
    const rec = await fake.ask(fake.slash('ask', { question: 'Who visited Moscow?' }), 15_000);
    expect(replyText(rec), bot.output()).toContain('Taliban delegation');
  }, 30_000);
});
