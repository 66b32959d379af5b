// End to end: the real bot process (`node --import tsx src/discord/entry/main.ts`) against the local
// stand-in for Discord (tests/support/fake-discord). Everything a server member does goes through
// the gateway as INTERACTION_CREATE and comes back through the REST API, as it would live.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { APIUser } from 'discord.js';
import {
  acceptedCallback,
  bodyText,
  buttons,
  Callback,
  choices,
  FakeDiscord,
  isAnswered,
  isEphemeral,
  messageBodies,
  replyText,
  type InteractionRecord,
} from './support/fake-discord/index.js';
import { BotProcess, botEnv, copySeeds, deployCommands, startReadyBot } from './support/bot-process.js';

// A real process answering through a real engine: generous per-test time on a cold machine.
vi.setConfig({ testTimeout: 30_000 });

const COOLDOWN_SECONDS = 2;
/** The bot answers from the engine; give a cold machine room, but far less than a hang. */
const ANSWER_MS = 15_000;
const GUILDS_INTENT = 1;
const MANAGE_GUILD = 1n << 5n;
/** A sentence the seed article quotes verbatim (paragraph 4). */
const REAL_QUOTE = 'We signed a peace agreement with the American side which was an elected US government.';

let fake: FakeDiscord;
let bot: BotProcess;
let seeds: { dir: string; cleanup: () => void };
let deploy: Awaited<ReturnType<typeof deployCommands>>;
let userCount = 0;

/** Each test acts as its own member so the per-user cooldown never couples tests together. */
function member(): APIUser {
  return fake.newUser(`member${++userCount}`);
}

const text = (rec: InteractionRecord) => replyText(rec);

beforeAll(async () => {
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 5000 });
  seeds = copySeeds();
  // Registration first, so the interactions below carry the ids Discord would have assigned.
  deploy = await deployCommands({ fake, seedsDir: seeds.dir });
  bot = await startReadyBot({ fake, seedsDir: seeds.dir, cooldownSeconds: COOLDOWN_SECONDS });
}, 180_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  seeds?.cleanup();
}, 30_000);

describe('registration (deploy-commands against the fake)', () => {
  it('exits 0 and registers every command in the guild', () => {
    expect(deploy.exit, deploy.output).toEqual({ code: 0, signal: null });
    const registered = fake.commands.list(fake.world.guildId);
    const slash = registered
      .filter((c) => c.type === 1)
      .map((c) => c.name)
      .sort();
    expect(slash).toEqual(
      expect.arrayContaining(['ask', 'cite', 'facts', 'help', 'quote', 'reload', 'search', 'sources', 'verify', 'who']),
    );
    expect(registered.filter((c) => c.type === 3).map((c) => c.name)).toEqual(['Check quote in article']);
  });

  it('restricts /reload to Manage Server and makes speaker autocomplete', () => {
    const reload = fake.commands.list(fake.world.guildId).find((c) => c.name === 'reload');
    expect(BigInt(String(reload?.default_member_permissions ?? '0')) & MANAGE_GUILD).toBe(MANAGE_GUILD);
    const quote = fake.commands.list(fake.world.guildId).find((c) => c.name === 'quote');
    expect(quote?.options?.find((o) => o.name === 'speaker')).toMatchObject({ autocomplete: true });
  });

  it('is idempotent: a second run keeps the same commands and ids', async () => {
    const before = fake.commands.list(fake.world.guildId).map((c) => `${c.type}:${c.name}:${c.id}`);
    const again = await deployCommands({ fake, seedsDir: seeds.dir });
    expect(again.exit, again.output).toEqual({ code: 0, signal: null });
    expect(fake.commands.list(fake.world.guildId).map((c) => `${c.type}:${c.name}:${c.id}`)).toEqual(before);
    expect(fake.recorder.registrations.filter((r) => r.method === 'PUT').length).toBeGreaterThanOrEqual(2);
  }, 90_000);
});

describe('gateway', () => {
  it('logs in with the Guilds intent only, JSON v10, one shard', () => {
    const accepted = fake.gateway.identifies.filter((i) => i.tokenAccepted);
    expect(accepted).toHaveLength(1);
    expect(accepted[0]).toMatchObject({ intents: GUILDS_INTENT, shard: [0, 1], query: { v: '10', encoding: 'json' } });
  });
});

describe('/ask', () => {
  let publicAsk: InteractionRecord;

  it('answers publicly with the cited sentence and pings nobody', async () => {
    publicAsk = await fake.ask(fake.slash('ask', { question: 'Who visited Moscow?' }, { user: member() }), ANSWER_MS);
    expect([Callback.ChannelMessageWithSource, Callback.DeferredChannelMessageWithSource]).toContain(
      acceptedCallback(publicAsk)?.type,
    );
    expect(isEphemeral(publicAsk)).toBe(false);
    expect(text(publicAsk)).toContain('Taliban delegation');
    for (const body of messageBodies(publicAsk).filter((b) => bodyText(b).length > 0)) {
      expect(body.allowed_mentions).toMatchObject({ parse: [] });
    }
  });

  it('offers Show context and Cite buttons', () => {
    const labels = buttons(publicAsk).map((b) => b.label.toLowerCase());
    expect(labels).toEqual(expect.arrayContaining(['show context', 'cite']));
  });

  it('More answers on a many-result search pages on, for another member too', async () => {
    const first = await fake.ask(fake.slash('search', { text: 'Taliban' }, { user: member() }), ANSWER_MS);
    const more = buttons(first).find((b) => /more answers/i.test(b.label));
    expect(more, text(first)).toBeDefined();
    const page2 = await fake.ask(fake.button(first.original!, more!.custom_id, { user: member() }), ANSWER_MS);
    expect(text(page2).length).toBeGreaterThan(0);
    expect(text(page2)).not.toEqual(text(first));
  });

  it('private:true answers ephemerally (flags 64)', async () => {
    const rec = await fake.ask(
      fake.slash('ask', { question: 'Who visited Moscow?', private: true }, { user: member() }),
      ANSWER_MS,
    );
    expect(isEphemeral(rec)).toBe(true);
    expect(text(rec)).toContain('Taliban delegation');
  });

  it('a button press by another member works on the answer (Show context)', async () => {
    const show = buttons(publicAsk).find((b) => /show context/i.test(b.label));
    expect(show).toBeDefined();
    const press = await fake.ask(fake.button(publicAsk.original!, show!.custom_id, { user: member() }), ANSWER_MS);
    expect(press.callbacks.every((c) => c.status < 300)).toBe(true);
    // The cited sentence's neighbour in the article: the delegation was headed by Stanikzai.
    expect(text(press)).toContain('Stanikzai');
  });

  it('a question the article does not answer gets an ephemeral, helpful reply', async () => {
    const rec = await fake.ask(
      fake.slash('ask', { question: 'What is the capital of France?' }, { user: member() }),
      ANSWER_MS,
    );
    expect(isEphemeral(rec)).toBe(true);
    expect(text(rec).length).toBeGreaterThan(20);
    expect(text(rec)).not.toContain('Taliban delegation recently visited Moscow');
  });
});

describe('/quote', () => {
  it('autocompletes "stanik" to Sher Mohammad Abbas Stanikzai', async () => {
    const rec = await fake.ask(fake.autocomplete('quote', 'speaker', 'stanik', {}, { user: member() }), ANSWER_MS);
    expect(acceptedCallback(rec)?.type).toBe(Callback.AutocompleteResult);
    expect(choices(rec).some((c) => c.name.includes('Sher Mohammad Abbas Stanikzai'))).toBe(true);
  });

  it('lists what the chosen speaker said', async () => {
    const ac = await fake.ask(fake.autocomplete('quote', 'speaker', 'stanik', {}, { user: member() }), ANSWER_MS);
    const choice = choices(ac).find((c) => c.name.includes('Stanikzai'));
    const rec = await fake.ask(fake.slash('quote', { speaker: String(choice?.value) }, { user: member() }), ANSWER_MS);
    expect(text(rec)).toContain('We signed a peace agreement');
  });
});

describe('message context menu "Check quote in article"', () => {
  it('finds a real quote from the article: exact', async () => {
    const target = fake.postedMessage(`Stanikzai said: "${REAL_QUOTE}"`);
    const rec = await fake.ask(fake.contextMenu('Check quote in article', target, { user: member() }), ANSWER_MS);
    expect(text(rec)).toMatch(/\bexact\b/i);
  });

  it('says absent for words the article never had', async () => {
    const target = fake.postedMessage('"The moon is made of green cheese," said the minister.');
    const rec = await fake.ask(fake.contextMenu('Check quote in article', target, { user: member() }), ANSWER_MS);
    expect(text(rec)).toMatch(/\babsent\b/i);
    expect(text(rec)).not.toMatch(/\bexact\b/i);
  });
});

describe('/cite', () => {
  it('autocompletes a passage and posts a ready-to-paste public citation', async () => {
    const user = member();
    const ac = await fake.ask(fake.autocomplete('cite', 'text', 'peace agreement', {}, { user }), ANSWER_MS);
    const choice = choices(ac)[0];
    expect(choice).toBeDefined();
    const rec = await fake.ask(fake.slash('cite', { text: String(choice!.value) }, { user }), ANSWER_MS);
    expect(isEphemeral(rec)).toBe(false);
    const reply = text(rec);
    expect(reply).toContain('We signed a peace agreement');
    expect(reply).toMatch(/^>/m);
    expect(reply).toContain('2021');
  });
});

describe('/reload', () => {
  it('is refused, ephemerally, for a member without Manage Server', async () => {
    const rec = await fake.ask(fake.slash('reload', {}, { user: member() }), ANSWER_MS);
    expect(isEphemeral(rec)).toBe(true);
    expect(text(rec)).toMatch(/manage server/i);
  });

  it('works for a moderator', async () => {
    const rec = await fake.ask(fake.slash('reload', {}, { user: fake.world.mod, moderator: true }), 60_000);
    expect(text(rec)).not.toMatch(/only members with the manage server/i);
    expect(text(rec)).toMatch(/reload/i);
    // Still answering afterwards.
    const after = await fake.ask(fake.slash('ask', { question: 'Who visited Moscow?' }, { user: member() }), ANSWER_MS);
    expect(text(after)).toContain('Taliban delegation');
  }, 90_000);
});

describe('cooldown', () => {
  it('a second quick command from the same member is told to try again, ephemerally', async () => {
    const user = member();
    const first = await fake.ask(fake.slash('help', {}, { user }), ANSWER_MS);
    expect(text(first)).not.toMatch(/try again/i);
    const second = await fake.ask(fake.slash('help', {}, { user }), ANSWER_MS);
    expect(isEphemeral(second)).toBe(true);
    expect(text(second)).toMatch(/try again in \d+/i);
    // Another member is not affected by this member's cooldown.
    const other = await fake.ask(fake.slash('help', {}, { user: member() }), ANSWER_MS);
    expect(text(other)).not.toMatch(/try again/i);
    // That the cooldown ends is tested in-process with a clock the test advances
    // (discord-commands.test.ts), so no test here waits for it in real time.
  }, 30_000);
});

describe('errors do not stop the bot', () => {
  // Garbage, a well-formed id for a document that does not exist, a bad payload, an unknown action.
  it.each([
    'ctx:forged:%%%not-a-real-state',
    'ctx:no-such-document:12',
    'more:ask:5:!!!not-base64!!!',
    'nuke:everything',
  ])('a forged or stale custom_id %j gets an ephemeral explanation', async (customId) => {
    const target = fake.postedMessage('an old message', fake.world.bot);
    const rec = await fake.ask(fake.button(target, customId, { user: member() }), ANSWER_MS);
    expect(isEphemeral(rec)).toBe(true);
    expect(text(rec).length).toBeGreaterThan(0);
  });

  it('an expired interaction (10062) is logged and the next one is answered', async () => {
    const expired = fake.send(fake.slash('help', {}, { user: member() }), { expired: true });
    await fake.recorder.waitFor(
      () => expired.callbacks.length > 0,
      ANSWER_MS,
      'the bot to try to answer the expired interaction',
    );
    expect(expired.callbacks[0]?.status).toBe(404);
    await bot.waitForLine(/10062|unknown interaction/i, ANSWER_MS);
    const next = await fake.ask(fake.slash('help', {}, { user: member() }), ANSWER_MS);
    expect(isAnswered(next)).toBe(true);
    expect(bot.running).toBe(true);
  }, 40_000);
});

describe('gateway reconnect', () => {
  it('after Discord asks it to reconnect (op 7) the bot resumes and keeps answering', async () => {
    const identifies = fake.gateway.identifies.length;
    fake.gateway.requestReconnect();
    await fake.recorder.waitFor(
      () => fake.gateway.resumes >= 1 && fake.gateway.readySessions === 1,
      20_000,
      'the bot to RESUME',
    );
    expect(fake.gateway.identifies).toHaveLength(identifies);
    const rec = await fake.ask(fake.slash('ask', { question: 'Who visited Moscow?' }, { user: member() }), ANSWER_MS);
    expect(text(rec)).toContain('Taliban delegation');
  });
});

describe('mentions never ping', () => {
  it('a question with @everyone, a role and a user mention is answered with allowed_mentions.parse = []', async () => {
    const question = `@everyone <@&${fake.world.moderatorRoleId}> <@${fake.world.bob.id}> who visited Moscow?`;
    const rec = await fake.ask(fake.slash('ask', { question }, { user: member() }), ANSWER_MS);
    const bodies = messageBodies(rec).filter((b) => bodyText(b).length > 0);
    expect(bodies.length).toBeGreaterThan(0);
    for (const body of bodies) {
      expect(body.allowed_mentions).toMatchObject({ parse: [] });
      expect((body.allowed_mentions as { users?: string[] }).users ?? []).toEqual([]);
      expect((body.allowed_mentions as { roles?: string[] }).roles ?? []).toEqual([]);
    }
  });

  it('no message the bot sent in this whole run could ping anyone', () => {
    const bodies = [...fake.recorder.interactions.values()]
      .flatMap(messageBodies)
      .filter((b) => bodyText(b).length > 0 && !('choices' in b));
    expect(bodies.length).toBeGreaterThan(10);
    const pinging = bodies.filter((b) => {
      const am = b.allowed_mentions as { parse?: string[]; users?: string[]; roles?: string[] } | undefined;
      return !am || (am.parse?.length ?? 1) > 0 || (am.users?.length ?? 0) > 0 || (am.roles?.length ?? 0) > 0;
    });
    expect(pinging.map(bodyText)).toEqual([]);
  });
});

describe('run hygiene', () => {
  it('every interaction sent was acknowledged in time, except the one made to expire', () => {
    const all = [...fake.recorder.interactions.values()];
    const unacknowledged = all
      .filter((r) => !r.expired && !acceptedCallback(r))
      .map((r) => JSON.stringify(r.payload.data));
    expect(unacknowledged).toEqual([]);
    const refused = all.flatMap((r) =>
      r.callbacks.filter((c) => c.status >= 400 && !r.expired).map((c) => `${c.status} type ${c.type}`),
    );
    expect(refused).toEqual([]);
  });

  it('the bot called no route the fake does not know', () => {
    expect(fake.recorder.unhandled.map((r) => `${r.method} ${r.path}`)).toEqual([]);
  });

  it('never prints the token', () => {
    expect(bot.output()).not.toContain(fake.token);
  });

  it('SIGTERM closes the gateway and exits 0', async () => {
    const exit = await bot.stop(15_000);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(fake.gateway.readySessions).toBe(0);
  }, 20_000);
});

describe('a wrong token', () => {
  it('exits non-zero with one clear line and does not print the token', async () => {
    const wrongToken = 'MTE4MDAwMDAwMDAwMDAwMDAwMQ.Wrong0.this-token-is-wrong-and-must-not-be-printed';
    const other = await FakeDiscord.start();
    try {
      const proc = BotProcess.spawn(
        'src/discord/entry/main.ts',
        botEnv({ fake: other, seedsDir: seeds.dir, token: wrongToken }),
      );
      const exit = await proc.waitForExit(90_000);
      expect(exit.code, proc.output()).not.toBe(0);
      expect(exit.code, proc.output()).not.toBeNull();
      const out = proc.output();
      expect(out).not.toContain(wrongToken);
      // No stack trace: no "    at fn (file:line)" frames.
      expect(out).not.toMatch(/^\s*(out|err)\|\s+at /m);
      const errorLines = proc.stderr.filter((l) => l.trim().length > 0);
      expect(errorLines, out).toHaveLength(1);
      expect(errorLines.join('\n')).toMatch(/token/i);
      expect(other.gateway.identifies).toEqual([]);
      expect(other.recorder.requests.some((r) => r.path === '/api/v10/gateway/bot' && r.status === 401)).toBe(true);
    } finally {
      await other.stop();
    }
  }, 120_000);
});
