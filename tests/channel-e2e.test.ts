// In the channel, end to end: the real bot process against the local Discord stand-in, on an
// article written for these tests. Follow-up conversations of two members in one channel, the
// moderator's ask → Cite → paste flow, per-quote Cite buttons, autocomplete, typed article
// titles, and commands kept for moderators.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { APIUser } from 'discord.js';
import {
  buttons,
  choices,
  FakeDiscord,
  isEphemeral,
  replyText,
  type InteractionRecord,
} from './support/fake-discord/index.js';
import { BotProcess, deployCommands, startReadyBot } from './support/bot-process.js';
import { HARBOUR_ARTICLE } from './support/harbour-article.js';

vi.setConfig({ testTimeout: 60_000 });

/** Long enough that every "within the cooldown" step below really is within it. */
const COOLDOWN_SECONDS = 6;
const ANSWER_MS = 15_000;
const MANAGE_GUILD = 1n << 5n;

let fake: FakeDiscord;
let bot: BotProcess;
let dir: string;
let users = 0;
const member = (): APIUser => fake.newUser(`channel-member${++users}`);
const text = (rec: InteractionRecord): string => replyText(rec);

/** Asks, and when the member's cooldown says to wait, waits the seconds it names and asks again. */
async function askAs(user: APIUser, question: string, extra: Record<string, string> = {}): Promise<InteractionRecord> {
  for (;;) {
    const rec = await fake.ask(fake.slash('ask', { question, ...extra }, { user }), ANSWER_MS);
    const wait = /try again in (\d+) s/.exec(text(rec));
    if (!wait) return rec;
    await new Promise((r) => setTimeout(r, Number(wait[1]) * 1000 + 100));
  }
}

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 5000 });
  dir = mkdtempSync(join(tmpdir(), 'citebot-channel-'));
  const seedsDir = join(dir, 'seeds');
  mkdirSync(seedsDir);
  writeFileSync(join(seedsDir, 'harbour.txt'), HARBOUR_ARTICLE);
  const extra = { CITEBOT_MODERATOR_ONLY: 'verify' };
  const deployed = await deployCommands({ fake, seedsDir, extra });
  expect(deployed.exit, deployed.output).toEqual({ code: 0, signal: null });
  bot = await startReadyBot({ fake, seedsDir, cooldownSeconds: COOLDOWN_SECONDS, extra });
}, 180_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe('follow-up questions in a channel', () => {
  it('two members, three questions each, pronouns and ellipsis: their contexts never mix', async () => {
    const a = member();
    const b = member();
    const a1 = await askAs(a, 'what did brandt say about the council');
    expect(text(a1)).toContain('ignored the fishermen');
    const b1 = await askAs(b, 'what did okonkwo say about the ferry line');
    expect(text(b1)).toContain('cut travel times by half');

    // "he" for A is A's Brandt; "she" for B is B's Okonkwo, though B asked last.
    const a2 = await askAs(a, 'what did he say');
    expect(text(a2)).toMatch(/about Tomas Brandt:/);
    expect(text(a2)).toContain('Brandt');
    expect(text(a2)).not.toContain('Okonkwo');
    const b2 = await askAs(b, 'what did she say');
    expect(text(b2)).toMatch(/about Marta Okonkwo:/);
    expect(text(b2)).not.toContain('Tomas Brandt');

    // Ellipsis keeps the member's own last question's form.
    const a3 = await askAs(a, 'and okonkwo?');
    expect(text(a3)).toMatch(/about Marta Okonkwo:/);
    expect(text(a3)).toMatch(/Okonkwo/);
    const b3 = await askAs(b, 'tell me more');
    expect(text(b3)).toMatch(/more on “what did Marta Okonkwo say/);
    expect(text(b3)).not.toContain('ignored the fishermen');
  }, 120_000);
});

describe('the moderator flow', () => {
  it('ask → Cite → paste as one member within the cooldown: the Cite gives the words and the speaker', async () => {
    const mod = member();
    const ask = await fake.ask(
      fake.slash('ask', { question: 'who said that the council had ignored the fishermen?' }, { user: mod }),
      ANSWER_MS,
    );
    expect(text(ask)).toContain('ignored the fishermen');
    const cite = buttons(ask).find((b) => b.label === 'Cite');
    expect(cite, text(ask)).toBeDefined();
    const press = await fake.ask(fake.button(ask.original!, cite!.custom_id, { user: mod }), ANSWER_MS);
    const citation = text(press);
    expect(citation).not.toMatch(/going a bit fast/i);
    expect(citation).toContain('the council had ignored the fishermen');
    expect(citation).toContain('Tomas Brandt');
    expect(citation).toContain('Harbour council debates the new ferry line');
    // Paste-ready: a block quote and its source line, nothing that pings.
    expect(citation).toMatch(/^> /m);
    expect(citation).not.toMatch(/@everyone|<@/);
    // The cooldown still holds for a new command by the same member.
    const again = await fake.ask(fake.slash('sources', {}, { user: mod }), ANSWER_MS);
    expect(text(again)).toMatch(/going a bit fast/i);
  });

  it('a /quote page has one Cite button per quote, Cite 1, Cite 2 … in page order', async () => {
    const rec = await fake.ask(fake.slash('quote', { speaker: 'Marta Okonkwo' }, { user: member() }), ANSWER_MS);
    const cites = buttons(rec).filter((b) => /^Cite \d+$/.test(b.label));
    expect(cites.map((b) => b.label)).toEqual(cites.map((_, i) => `Cite ${i + 1}`));
    expect(cites.length).toBeGreaterThanOrEqual(3);
    // The quotes as the page lists them; Cite 2 cites the second.
    const listed = [...text(rec).matchAll(/^> (.+)$/gm)].map((m) => m[1]!);
    const press = await fake.ask(fake.button(rec.original!, cites[1]!.custom_id, { user: member() }), ANSWER_MS);
    const words = listed[1]!.replace(/[\\"“”]/g, '').slice(0, 30);
    expect(text(press).replace(/[\\"“”]/g, '')).toContain(words);
    expect(text(press)).toContain('Marta Okonkwo');
  });

  it('/who autocomplete offers a person the article names but never quotes', async () => {
    const who = await fake.ask(fake.autocomplete('who', 'name', 'solb', {}, { user: member() }), ANSWER_MS);
    expect(choices(who).map((c) => c.value)).toContain('Ingrid Solberg');
    // /quote's speaker list is only people who are quoted.
    const quote = await fake.ask(fake.autocomplete('quote', 'speaker', 'solb', {}, { user: member() }), ANSWER_MS);
    expect(choices(quote).map((c) => c.value)).not.toContain('Ingrid Solberg');
  });

  it('a typed article title (with a slip) finds the article; a title no article has is one clear line', async () => {
    const typed = await fake.ask(
      fake.slash('ask', { question: 'who opened the meeting?', article: 'harbor council ferry' }, { user: member() }),
      ANSWER_MS,
    );
    expect(text(typed)).toContain('Ingrid Solberg');
    expect(text(typed)).not.toMatch(/No article with the id/);
    const none = await fake.ask(
      fake.slash('ask', { question: 'who opened the meeting?', article: 'qqqq zzzz xxxx' }, { user: member() }),
      ANSWER_MS,
    );
    expect(isEphemeral(none)).toBe(true);
    expect(text(none)).toMatch(/^No article matches “qqqq zzzz xxxx”/);
  });

  it('a member is refused /reload; CITEBOT_MODERATOR_ONLY keeps /verify for moderators', async () => {
    const reload = await fake.ask(fake.slash('reload', {}, { user: member() }), ANSWER_MS);
    expect(isEphemeral(reload)).toBe(true);
    expect(text(reload)).toMatch(/Manage Server/);
    const registered = fake.commands.list(fake.world.guildId).find((c) => c.name === 'verify');
    expect(BigInt(String(registered?.default_member_permissions ?? '0')) & MANAGE_GUILD).toBe(MANAGE_GUILD);
    const refused = await fake.ask(
      fake.slash('verify', { text: 'We have waited ten years for this crossing' }, { user: member() }),
      ANSWER_MS,
    );
    expect(isEphemeral(refused)).toBe(true);
    expect(text(refused)).toMatch(/only members with the Manage Server permission can use \/verify/);
    const allowed = await fake.ask(
      fake.slash(
        'verify',
        { text: 'We have waited ten years for this crossing' },
        { user: fake.world.mod, moderator: true },
      ),
      ANSWER_MS,
    );
    expect(text(allowed)).toMatch(/exact/i);
  });
});
