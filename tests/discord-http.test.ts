// HTTP interactions mode: Discord POSTs interactions, signed with Ed25519. Tested in-process on
// 127.0.0.1 with a generated keypair, a local stand-in for the webhook API, and the real engine.
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PermissionFlagsBits } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInteractionsServer } from '../src/discord/transports/http-server.js';
import { createRuntime } from '../src/discord/setup/runtime.js';
import { REPO_ROOT } from '../src/app/config.js';
import { memoryLogger, snowflakeNow } from './support/discord-fakes.js';

const APP_ID = '900000000000000001';

interface WebhookCall {
  method: string;
  url: string;
  body: unknown;
}

let privateKey: KeyObject;
let publicKeyHex: string;
let botServer: Server;
let botUrl: string;
let webhook: Server;
const webhookCalls: WebhookCall[] = [];
let webhookWaiters: (() => void)[] = [];
const log = memoryLogger();

function readAll(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let s = '';
    req.on('data', (c) => (s += c));
    req.on('end', () => resolve(s));
  });
}

beforeAll(async () => {
  const pair = generateKeyPairSync('ed25519');
  privateKey = pair.privateKey;
  // The raw 32-byte key is the tail of the SPKI DER encoding, as the Developer Portal shows it (hex).
  publicKeyHex = pair.publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');

  webhook = createServer((req, res) => {
    void readAll(req).then((text) => {
      // Paths as Discord reads them: @discordjs/rest sends @original percent-encoded.
      webhookCalls.push({
        method: req.method!,
        url: decodeURIComponent(req.url!),
        body: text ? JSON.parse(text) : null,
      });
      res.writeHead(req.method === 'DELETE' ? 204 : 200, { 'content-type': 'application/json' });
      res.end(req.method === 'DELETE' ? undefined : JSON.stringify({ id: '1' }));
      webhookWaiters.forEach((w) => w());
      webhookWaiters = [];
    });
  });
  await new Promise<void>((r) => webhook.listen(0, '127.0.0.1', r));
  const apiUrl = `http://127.0.0.1:${(webhook.address() as AddressInfo).port}/api`;

  // The real engine over the repository's seed article, with its store in a temporary folder.
  process.env.CITEBOT_STORE = path.join(mkdtempSync(path.join(tmpdir(), 'citebot-http-')), 'store.json');
  const { dispatcher } = await createRuntime({ seedsDir: path.join(REPO_ROOT, 'seeds'), cooldownSeconds: 0, log });
  botServer = createInteractionsServer({ publicKey: publicKeyHex, apiUrl, dispatcher, log });
  await new Promise<void>((r) => botServer.listen(0, '127.0.0.1', r));
  botUrl = `http://127.0.0.1:${(botServer.address() as AddressInfo).port}/interactions`;
}, 60_000);

afterAll(async () => {
  await new Promise((r) => botServer?.close(r));
  await new Promise((r) => webhook?.close(r));
  delete process.env.CITEBOT_STORE;
});

function signed(
  body: string,
  timestamp = String(Math.floor(Date.now() / 1000)),
  key: KeyObject = privateKey,
): Record<string, string> {
  return {
    'content-type': 'application/json',
    'x-signature-ed25519': sign(null, Buffer.from(timestamp + body), key).toString('hex'),
    'x-signature-timestamp': timestamp,
  };
}

/** What these tests read of an interaction response body (null when the body is not JSON). */
interface ResponseJson {
  type: number;
  data: {
    flags?: number;
    allowed_mentions?: unknown;
    embeds: { title?: string; description?: string; footer?: { text: string } }[];
    components: { components: { custom_id: string; label: string }[] }[];
    choices: { value: string }[];
  };
}

async function post(
  body: string,
  headers: Record<string, string>,
): Promise<{ status: number; json: ResponseJson; text: string }> {
  const res = await fetch(botUrl, { method: 'POST', body, headers });
  const text = await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* plain text */
  }
  return { status: res.status, json: json as ResponseJson, text };
}

/** A payload shaped like Discord's (application command, in a guild). */
function slash(
  name: string,
  options: { name: string; type: number; value: unknown; focused?: boolean }[] = [],
  permissions = '1024',
  type = 2,
) {
  return JSON.stringify({
    id: snowflakeNow(),
    application_id: APP_ID,
    type,
    data: { id: '910000000000000000', name, type: 1, options },
    guild_id: '920000000000000000',
    channel: { id: '930000000000000000', type: 0 },
    channel_id: '930000000000000000',
    member: {
      user: { id: '940000000000000000', username: 'alice', discriminator: '0', global_name: 'Alice', avatar: null },
      roles: [],
      permissions,
      joined_at: '2021-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
    },
    token: `tok-${Math.random().toString(36).slice(2)}`,
    version: 1,
    app_permissions: '2147483647',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': '920000000000000000' },
    context: 0,
  });
}

function waitForWebhook(n: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`waited for ${n} webhook calls, got ${webhookCalls.length}`)), 10_000);
    const check = () => {
      if (webhookCalls.length >= n) {
        clearTimeout(t);
        resolve();
      } else webhookWaiters.push(check);
    };
    check();
  });
}

describe('HTTP interactions: request verification', () => {
  it('answers a signed PING with PONG', async () => {
    const body = JSON.stringify({ id: snowflakeNow(), application_id: APP_ID, type: 1, token: 't', version: 1 });
    const res = await post(body, signed(body));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ type: 1 });
  });

  it('rejects a bad signature with 401', async () => {
    const body = JSON.stringify({ type: 1 });
    const other = generateKeyPairSync('ed25519').privateKey;
    expect((await post(body, signed(body, undefined, other))).status).toBe(401);
  });

  it('rejects a signature over a different body with 401', async () => {
    const body = JSON.stringify({ type: 1 });
    expect((await post(JSON.stringify({ type: 1, x: 1 }), signed(body))).status).toBe(401);
  });

  it('rejects a missing signature with 401', async () => {
    expect((await post(JSON.stringify({ type: 1 }), { 'content-type': 'application/json' })).status).toBe(401);
  });

  it('rejects a stale timestamp even when correctly signed', async () => {
    const body = JSON.stringify({ type: 1 });
    const res = await post(body, signed(body, String(Math.floor(Date.now() / 1000) - 600)));
    expect(res.status).toBe(401);
    expect(res.text).toContain('stale');
  });

  it('rejects a body over 100 kB with 413 before verifying', async () => {
    const body = JSON.stringify({ type: 1, pad: 'x'.repeat(120_000) });
    expect((await post(body, signed(body))).status).toBe(413);
  });
});

describe('HTTP interactions: commands', () => {
  it('answers /ask in the HTTP response, with the citation and no mentions', async () => {
    const body = slash('ask', [{ name: 'question', type: 3, value: 'Who headed the Taliban delegation?' }]);
    const res = await post(body, signed(body));
    expect(res.status).toBe(200);
    expect(res.json.type).toBe(4);
    expect(res.json.data.allowed_mentions).toEqual({ parse: [] });
    const embed = res.json.data.embeds[0]!;
    expect(embed.description).toContain('Sher Mohammad Abbas Stanikzai');
    expect(embed.footer!.text).toMatch(/2021-02-03 · paragraph \d+$/);
    const ids = res.json.data.components[0]!.components.map((b) => b.custom_id);
    expect(ids.some((id: string) => id.startsWith('ctx:000_33edb225ea19ece3:'))).toBe(true);
  });

  it('reads a mention picked into the question as no word of it', async () => {
    const body = slash('ask', [
      {
        name: 'question',
        type: 3,
        value: '<@940000000000000001> who headed the <#930000000000000000> Taliban delegation?',
      },
    ]);
    const res = await post(body, signed(body));
    expect(res.json.data.embeds[0]!.description).toContain('Sher Mohammad Abbas Stanikzai');
  });

  it('answers a button press (Show context) privately', async () => {
    const ask = slash('ask', [{ name: 'question', type: 3, value: 'Who headed the Taliban delegation?' }]);
    const answer = await post(ask, signed(ask));
    const ctxId = answer.json.data.components[0]!.components.find((b) => b.label === 'Show context')!.custom_id;
    const press = JSON.stringify({
      ...JSON.parse(slash('x')),
      type: 3,
      data: { custom_id: ctxId, component_type: 2 },
      message: { id: '1', content: '' },
    });
    const res = await post(press, signed(press));
    expect(res.json.type).toBe(4);
    expect(res.json.data.flags).toBe(64);
    expect(res.json.data.embeds[0]!.title).toBe('Context');
    expect(res.json.data.embeds[0]!.description).toContain('**');
  });

  it('answers autocomplete with choices from the store', async () => {
    const body = slash('quote', [{ name: 'speaker', type: 3, value: 'stanik', focused: true }], '1024', 4);
    const res = await post(body, signed(body));
    expect(res.json.type).toBe(8);
    expect(res.json.data.choices.map((c) => c.value)).toContain('Sher Mohammad Abbas Stanikzai');
  });

  it('refuses /reload without Manage Server, privately', async () => {
    const body = slash('reload');
    const res = await post(body, signed(body));
    expect(res.json).toMatchObject({
      type: 4,
      data: { flags: 64, content: 'Only members with the Manage Server permission can reload the articles.' },
    });
  });

  it('defers /reload for a moderator and edits the reply through the webhook API', async () => {
    const before = webhookCalls.length;
    const body = slash('reload', [], PermissionFlagsBits.ManageGuild.toString());
    const token = (JSON.parse(body) as { token: string }).token;
    const res = await post(body, signed(body));
    expect(res.json).toEqual({ type: 5, data: { flags: 64 } });
    await waitForWebhook(before + 1);
    const call = webhookCalls[before]!;
    expect(call.method).toBe('PATCH');
    expect(call.url).toBe(`/api/v10/webhooks/${APP_ID}/${token}/messages/@original`);
    expect(call.body).toMatchObject({
      content: expect.stringMatching(/^Reloaded: 1 article, \d+ quotes/),
      allowed_mentions: { parse: [] },
    });
  });
});
