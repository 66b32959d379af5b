// /article end to end: the real bot process against the local Discord stand-in, adding articles
// from a local web server (by link and by attachment), then answering from them with /ask and
// /quote, and removing one. Private addresses are allowed for this bot, as the test server is local.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { APIInteraction, APIUser } from 'discord.js';
import {
  Callback,
  FakeDiscord,
  acceptedCallback,
  bodyText,
  choices,
  isEphemeral,
  messageBodies,
  replyText,
  type InteractionRecord,
} from './support/fake-discord/index.js';
import { BotProcess, copySeeds, deployCommands, startReadyBot } from './support/bot-process.js';
import { GALLERY, PAYWALL, startWebServer, type WebServer } from './support/web-pages.js';

vi.setConfig({ testTimeout: 45_000 });

/** Adding reads a page and rebuilds the index: give a cold, shared machine room, far less than a hang. */
const ANSWER_MS = 30_000;
const MANAGE_GUILD = 1n << 5n;
const OPTION_SUBCOMMAND = 1;
const OPTION_STRING = 3;
const OPTION_ATTACHMENT = 11;

let fake: FakeDiscord;
let bot: BotProcess;
let web: WebServer;
let seeds: { dir: string; cleanup: () => void };
let users = 0;

const member = (): APIUser => fake.newUser(`reader${++users}`);
const seedFiles = () => readdirSync(seeds.dir).sort();

/** `/article SUB` with its options nested under the subcommand, attachments resolved, as Discord sends them. */
function article(
  sub: 'add' | 'remove',
  options: { url?: string; file?: { filename: string; path: string; size?: number }; article?: string },
  moderator = true,
): APIInteraction {
  const payload = fake.slash('article', {}, moderator ? { moderator: true } : { user: member() }) as unknown as {
    data: { options: unknown[]; resolved?: unknown };
  };
  const nested: unknown[] = [];
  if (options.url !== undefined) nested.push({ name: 'url', type: OPTION_STRING, value: options.url });
  if (options.article !== undefined) nested.push({ name: 'article', type: OPTION_STRING, value: options.article });
  if (options.file) {
    const id = String(BigInt(Date.now()) << 22n);
    nested.push({ name: 'file', type: OPTION_ATTACHMENT, value: id });
    const url = `${web.url}${options.file.path}`;
    payload.data.resolved = {
      attachments: {
        [id]: {
          id,
          filename: options.file.filename,
          size: options.file.size ?? 1000,
          url,
          proxy_url: url,
          content_type: 'application/octet-stream',
        },
      },
    };
  }
  payload.data.options = [{ name: sub, type: OPTION_SUBCOMMAND, options: nested }];
  return payload as unknown as APIInteraction;
}

const text = (rec: InteractionRecord) => replyText(rec);

beforeAll(async () => {
  web = await startWebServer({
    '/files/tall-ships.html': GALLERY,
    '/files/kelmouth-lighthouse.html': PAYWALL,
    '/files/ferry.md':
      '---\ntitle: Ferry pier reopens\ndate: 2031-05-02\n---\n\nThe ferry pier in Kelmouth reopens to cars on Monday after seven months of repairs, the harbour office said.\n\nThe repairs cost 800,000 crowns.\n',
  });
  fake = await FakeDiscord.start({ heartbeatIntervalMs: 5000 });
  seeds = copySeeds();
  const env = { fake, seedsDir: seeds.dir, extra: { CITEBOT_ALLOW_PRIVATE_URLS: '1' } };
  const deploy = await deployCommands(env);
  expect(deploy.exit, deploy.output).toEqual({ code: 0, signal: null });
  bot = await startReadyBot(env);
}, 180_000);

afterAll(async () => {
  await bot?.stop();
  await fake?.stop();
  await web?.close();
  seeds?.cleanup();
}, 30_000);

describe('/article registration', () => {
  it('is registered for Manage Server only, with add (url, file) and remove subcommands', () => {
    const cmd = fake.commands.list(fake.world.guildId).find((c) => c.name === 'article');
    expect(BigInt(String(cmd?.default_member_permissions ?? '0')) & MANAGE_GUILD).toBe(MANAGE_GUILD);
    const subs = (cmd?.options ?? []) as {
      name: string;
      type: number;
      options?: { name: string; type: number; autocomplete?: boolean }[];
    }[];
    expect(subs.map((s) => s.name)).toEqual(['add', 'remove']);
    expect(subs[0]!.options!.map((o) => [o.name, o.type])).toEqual([
      ['url', OPTION_STRING],
      ['file', OPTION_ATTACHMENT],
    ]);
    expect(subs[1]!.options![0]).toMatchObject({ name: 'article', autocomplete: true });
  });
});

describe('/article add', () => {
  it('is refused to a member without Manage Server, and nothing is fetched or saved', async () => {
    const before = seedFiles();
    const fetched = web.requests.length;
    const rec = await fake.ask(article('add', { url: `${web.url}/news/kelmouth-lighthouse` }, false), ANSWER_MS);
    expect(isEphemeral(rec)).toBe(true);
    expect(text(rec)).toMatch(/Manage Server/);
    expect(seedFiles()).toEqual(before);
    expect(web.requests.length).toBe(fetched);
  });

  it('adds a linked article: a public reply with title, date, paragraph count and id; saved in the seeds folder', async () => {
    const rec = await fake.ask(article('add', { url: `${web.url}/old-link` }), ANSWER_MS);
    expect(acceptedCallback(rec)?.type).toBe(Callback.DeferredChannelMessageWithSource);
    expect(isEphemeral(rec)).toBe(false);
    expect(text(rec)).toMatch(
      /Added \*\*Kelmouth votes to restore its old lighthouse\*\* \(2031-04-17\): 11 paragraphs, id `kelmouth-lighthouse`/,
    );
    expect(seedFiles()).toContain('kelmouth-lighthouse.md');
    expect(seedFiles().filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(readFileSync(join(seeds.dir, 'kelmouth-lighthouse.md'), 'utf8')).toMatch(/^---\ntitle: Kelmouth votes/);
    // Text from a page never pings anyone.
    for (const body of messageBodies(rec).filter((b) => bodyText(b).length > 0))
      expect(body.allowed_mentions).toMatchObject({ parse: [] });
  });

  it('answers /ask from the new article without a restart, citing it', async () => {
    const rec = await fake.ask(
      fake.slash('ask', { question: 'How much will the work cost?' }, { user: member() }),
      ANSWER_MS,
    );
    expect(text(rec)).toContain('2.4 million');
    expect(text(rec)).toContain('The work will cost 2.4 million crowns');
  });

  it('answers /quote for a speaker of the new article', async () => {
    const rec = await fake.ask(
      fake.slash('quote', { speaker: 'Mara Lindqvist', article: 'kelmouth-lighthouse' }, { user: member() }),
      ANSWER_MS,
    );
    expect(text(rec)).toContain('it should shine again');
  });

  it('the same link again is not added twice', async () => {
    const before = seedFiles();
    const rec = await fake.ask(article('add', { url: `${web.url}/news/kelmouth-lighthouse` }), ANSWER_MS);
    expect(text(rec)).toMatch(/Already loaded as `kelmouth-lighthouse`/);
    expect(seedFiles()).toEqual(before);
  });

  it('an attached page whose name is taken is saved beside the other article, never over it', async () => {
    const before = readFileSync(join(seeds.dir, 'kelmouth-lighthouse.md'), 'utf8');
    const rec = await fake.ask(
      article('add', { file: { filename: 'kelmouth-lighthouse.html', path: '/files/kelmouth-lighthouse.html' } }),
      ANSWER_MS,
    );
    expect(text(rec)).toMatch(
      /Added \*\*Valley orchards expect their best apple harvest in a decade\*\* \(2031-09-02\): 2 paragraphs, id `kelmouth-lighthouse-2`/,
    );
    expect(readFileSync(join(seeds.dir, 'kelmouth-lighthouse.md'), 'utf8')).toBe(before);
  });

  it('a link that fails says why in one line and changes nothing', async () => {
    const before = seedFiles();
    for (const [path, reason] of [
      ['/no-such-story', /HTTP 404/],
      ['/report.pdf', /application\/pdf, not a web page/],
      ['/loop', /more than 5 redirects/],
    ] as const) {
      const rec = await fake.ask(article('add', { url: `${web.url}${path}` }), ANSWER_MS);
      // The deferral carries no text; the answer is the one line that replaced it.
      const answer = text(rec).trim();
      expect(answer).toMatch(/^Nothing was added: /);
      expect(answer).toMatch(reason);
      expect(answer).not.toContain('\n');
    }
    expect(seedFiles()).toEqual(before);
  });

  it('an attached .md document is added as written', async () => {
    const rec = await fake.ask(article('add', { file: { filename: 'ferry.md', path: '/files/ferry.md' } }), ANSWER_MS);
    expect(text(rec)).toMatch(/Added \*\*Ferry pier reopens\*\* \(2031-05-02\): 2 paragraphs, id `ferry`/);
    const asked = await fake.ask(
      fake.slash('ask', { question: 'How much did the repairs cost?', article: 'ferry' }, { user: member() }),
      ANSWER_MS,
    );
    expect(text(asked)).toContain('800,000 crowns');
  });

  it('an attachment over the size limit is refused without being fetched', async () => {
    const fetched = web.requests.length;
    const rec = await fake.ask(
      article('add', { file: { filename: 'huge.html', path: '/files/tall-ships.html', size: 50 * 1024 * 1024 } }),
      ANSWER_MS,
    );
    expect(text(rec)).toMatch(/huge\.html is larger than 5 MB/);
    expect(web.requests.length).toBe(fetched);
  });

  it('an attachment of another kind, or neither a link nor a file, is refused', async () => {
    const pdf = await fake.ask(article('add', { file: { filename: 'report.pdf', path: '/report.pdf' } }), ANSWER_MS);
    expect(text(pdf)).toMatch(/only \.html, \.htm, \.txt and \.md files/);
    const neither = await fake.ask(article('add', {}), ANSWER_MS);
    expect(isEphemeral(neither)).toBe(true);
    expect(text(neither)).toMatch(/either a `url` or a `file`/);
  });
});

describe('/article remove', () => {
  it('autocompletes titles, removes the chosen article and stops answering from it', async () => {
    const added = await fake.ask(
      article('add', { file: { filename: 'tall-ships.html', path: '/files/tall-ships.html' } }),
      ANSWER_MS,
    );
    expect(text(added)).toMatch(/id `tall-ships`/);
    const ac = await fake.ask(
      fake.autocomplete('article', 'article', 'tall ships', {}, { moderator: true }),
      ANSWER_MS,
    );
    expect(choices(ac).map((c) => c.value)).toContain('tall-ships');
    const removed = await fake.ask(article('remove', { article: 'tall-ships' }), ANSWER_MS);
    expect(text(removed)).toMatch(
      /Removed \*\*Tall ships arrive in Kelmouth for the summer regatta\*\* \(`tall-ships`\)/,
    );
    expect(existsSync(join(seeds.dir, 'tall-ships.md'))).toBe(false);
    const sources = await fake.ask(fake.slash('sources', {}, { user: member() }), ANSWER_MS);
    expect(text(sources)).not.toMatch(/Tall ships arrive/);
    expect(text(sources)).toMatch(/Kelmouth votes to restore/);
  });

  it('an id that is not loaded is refused without touching the folder', async () => {
    const before = seedFiles();
    const rec = await fake.ask(article('remove', { article: 'no-such-article' }), ANSWER_MS);
    expect(isEphemeral(rec)).toBe(true);
    expect(text(rec)).toMatch(/No article `no-such-article` is loaded/);
    expect(seedFiles()).toEqual(before);
  });
});
