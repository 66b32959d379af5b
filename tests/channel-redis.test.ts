// Two HTTP-interactions replicas behind one Redis server (started by the test): a follow-up
// asked through the second resolves against the answer the first gave, a cooldown holds across
// both, and a reload on one is announced to the other. The SharedStore's Redis side is also
// checked on its own: expiry, claim, publish/subscribe.
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { APIInteraction, APIMessage, APIUser } from 'discord.js';
import { REPO_ROOT } from '../src/app/config.js';
import { RedisStore } from '../src/state/redis-store.js';
import { bodyText, FakeDiscord, replyText, type InteractionRecord } from './support/fake-discord/index.js';
import { HARBOUR_ARTICLE } from './support/harbour-article.js';
import { redisServerBinary, TestRedis } from './support/redis-server.js';

const binary = redisServerBinary();
if (!binary.path) console.log(`skipping the Redis tests: ${binary.reason}`);

const COOLDOWN_SECONDS = 5;
const ANSWER_MS = 20_000;
const { privateKey, publicKey } = generateKeyPairSync('ed25519');
const publicKeyHex = publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');

let redis: TestRedis;
let fake: FakeDiscord;
let dir: string;
const replicas: { child: ChildProcess; url: string; output: () => string }[] = [];
let users = 0;

function startReplica(name: string): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env))
    if (!/^(DISCORD_|CITEBOT_|SEEDS_DIR$|PORT$|HOST$|REDIS_URL$)/.test(k)) env[k] = v;
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/discord/entry/http-main.ts'], {
    cwd: REPO_ROOT,
    env: {
      ...env,
      PORT: '0',
      HOST: '127.0.0.1',
      DISCORD_PUBLIC_KEY: publicKeyHex,
      DISCORD_API_URL: fake.apiBase,
      REDIS_URL: redis.url,
      SEEDS_DIR: join(dir, 'seeds'),
      CITEBOT_STORE: join(dir, `store-${name}.bin`),
      CITEBOT_COOLDOWN_SECONDS: String(COOLDOWN_SECONDS),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (c) => (output += c));
  child.stderr.on('data', (c) => (output += c));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`replica ${name} did not start:\n${output}`)), 90_000);
    const check = (): void => {
      const m = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1]!, output: () => output });
      }
    };
    child.stdout.on('data', check);
    child.stderr.on('data', check);
    child.once('exit', (code) => reject(new Error(`replica ${name} exited (${code}):\n${output}`)));
  });
}

/** Posts a signed interaction to a replica as Discord would; returns what the member sees. */
async function post(replica: number, payload: APIInteraction): Promise<string> {
  const rec: InteractionRecord = {
    id: payload.id,
    token: payload.token,
    payload,
    dispatchedAt: Date.now(),
    expired: false,
    callbacks: [],
    webhookCalls: [],
    original: null,
    originalDeleted: false,
    followUps: [],
  };
  fake.recorder.addInteraction(rec);
  const body = JSON.stringify(payload);
  const ts = String(Math.floor(Date.now() / 1000));
  const res = await fetch(replicas[replica]!.url, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/json',
      'x-signature-timestamp': ts,
      'x-signature-ed25519': sign(null, Buffer.from(ts + body), privateKey).toString('hex'),
    },
  });
  expect(res.status).toBe(200);
  const response = (await res.json()) as { type: number; data?: Record<string, unknown> };
  if (response.type === 4) return bodyText(response.data ?? {});
  // Deferred: the answer comes as an edit of the "thinking…" message through the webhook.
  rec.original = { id: '1', content: '', embeds: [], components: [], flags: 128 } as unknown as APIMessage;
  rec.callbacks.push({ type: response.type, data: response.data, at: Date.now(), withResponse: false, status: 204 });
  await fake.recorder.waitFor(
    () => (rec.webhookCalls.some((w) => w.status < 300) ? rec : undefined),
    ANSWER_MS,
    'the deferred answer',
  );
  return replyText(rec);
}

/** Asks through a replica, waiting out the member's cooldown when it names one. */
async function askVia(replica: number, user: APIUser, question: string): Promise<string> {
  for (;;) {
    const out = await post(replica, fake.slash('ask', { question }, { user }));
    const wait = /try again in (\d+) s/.exec(out);
    if (!wait) return out;
    await new Promise((r) => setTimeout(r, Number(wait[1]) * 1000 + 100));
  }
}

beforeAll(async () => {
  if (!binary.path) return;
  redis = await TestRedis.start(binary.path);
  fake = await FakeDiscord.start({ ackDeadlineMs: null });
  dir = mkdtempSync(join(tmpdir(), 'citebot-replicas-'));
  mkdirSync(join(dir, 'seeds'));
  writeFileSync(join(dir, 'seeds', 'harbour.txt'), HARBOUR_ARTICLE);
  replicas.push(await startReplica('one'));
  replicas.push(await startReplica('two'));
}, 240_000);

afterAll(async () => {
  for (const r of replicas) if (r.child.exitCode === null) r.child.kill('SIGTERM');
  await fake?.stop();
  await redis?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}, 30_000);

describe.skipIf(!binary.path)('two HTTP replicas sharing Redis', () => {
  it("a follow-up asked through the second replica resolves against the first replica's answer", async () => {
    const user = fake.newUser(`replica-member${++users}`);
    const first = await askVia(0, user, 'what did brandt say about the council');
    expect(first).toContain('ignored the fishermen');
    const followUp = await askVia(1, user, 'what did he say');
    expect(followUp).toMatch(/about Tomas Brandt:/);
    const ellipsis = await askVia(0, user, 'and okonkwo?');
    expect(ellipsis).toMatch(/about Marta Okonkwo:/);
  }, 90_000);

  it('a cooldown taken on one replica holds on the other', async () => {
    const user = fake.newUser(`replica-member${++users}`);
    const first = await post(0, fake.slash('sources', {}, { user }));
    expect(first).not.toMatch(/going a bit fast/i);
    const second = await post(1, fake.slash('sources', {}, { user }));
    expect(second).toMatch(/going a bit fast: try again in \d+ s/i);
  });

  it('a reload on one replica is announced to the other, which reloads too', async () => {
    const before = replicas[1]!.output().match(/another process reloaded/g)?.length ?? 0;
    const out = await post(0, fake.slash('reload', {}, { user: fake.world.mod, moderator: true }));
    expect(out).toMatch(/Reloaded: 1 article/);
    await fake.recorder.waitFor(
      () => ((replicas[1]!.output().match(/another process reloaded/g)?.length ?? 0) > before ? true : undefined),
      ANSWER_MS,
      'the other replica to reload',
    );
    // The first replica does not reload again on its own announcement.
    expect(replicas[0]!.output()).not.toMatch(/another process reloaded/);
  }, 60_000);
});

describe.skipIf(!binary.path)('the Redis SharedStore', () => {
  it('claims once until the entry expires, keeps values, and delivers announcements', async () => {
    const a = await RedisStore.connect(redis.url);
    const b = await RedisStore.connect(redis.url);
    try {
      expect(await a.claim('t:claim', 60_000)).toBe(0);
      const left = await b.claim('t:claim', 60_000);
      expect(left).toBeGreaterThan(0);
      expect(left).toBeLessThanOrEqual(60_000);
      await a.set('t:value', 'kept', 60_000);
      expect(await b.get('t:value')).toBe('kept');
      expect(await b.get('t:absent')).toBeNull();
      // An entry set to expire at once is gone on the next read: Redis expires it, not us.
      await a.set('t:short', 'gone', 1);
      await new Promise((r) => setTimeout(r, 20));
      expect(await b.get('t:short')).toBeNull();
      let hear: (m: string) => void = () => undefined;
      const heard = new Promise<string>((resolve) => (hear = resolve));
      await b.subscribe('t:topic', (m) => hear(m));
      await a.publish('t:topic', 'hello');
      expect(await heard).toBe('hello');
    } finally {
      await a.close();
      await b.close();
    }
  });
});
