// Answers that Discord does not take at first: follow-ups in HTTP mode are retried (rate limits,
// server errors, silence) within the interaction's window; a rejected first reply is retried as a
// reply; a request that is not an interaction is refused without an error-level log.
import { generateKeyPairSync, sign } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DiscordAPIError, RateLimitError } from '@discordjs/rest';
import { interactionWebhook } from '../src/discord/transports/http-adapter.js';
import { createInteractionsServer } from '../src/discord/transports/http-server.js';
import { createReplyPort } from '../src/discord/transports/reply-port.js';
import type { Dispatcher } from '../src/discord/handling/dispatch.js';
import type { Reply } from '../src/discord/types.js';
import { memoryLogger } from './support/discord-fakes.js';

const servers: Server[] = [];
afterEach(async () => {
  await Promise.all(
    servers.splice(0).map(
      (s) =>
        new Promise((r) => {
          s.closeAllConnections();
          s.close(r);
        }),
    ),
  );
});

/** A stand-in for Discord's webhook API answering each call with the next scripted answer. */
async function scriptedApi(
  script: ({ status: number; body?: unknown; headers?: Record<string, string> } | 'hang')[],
): Promise<{ url: string; calls: string[] }> {
  const calls: string[] = [];
  const server = createServer((req, res) => {
    req.resume();
    // Paths as Discord reads them: @discordjs/rest sends @original percent-encoded.
    calls.push(`${req.method} ${decodeURIComponent(req.url!)}`);
    const next = script[Math.min(calls.length - 1, script.length - 1)]!;
    if (next === 'hang') return;
    res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
    res.end(next.body === undefined ? '' : JSON.stringify(next.body));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`, calls };
}

describe('HTTP-mode follow-ups', () => {
  it('wait out a 429 (retry-after) and then succeed', async () => {
    const api = await scriptedApi([
      {
        status: 429,
        body: { message: 'You are being rate limited.', retry_after: 0.02, global: false },
        headers: { 'retry-after': '1' },
      },
      { status: 200, body: { id: '1' } },
    ]);
    await interactionWebhook(api.url, 'app', 'tok').editOriginal({ content: 'x' });
    expect(api.calls).toEqual([
      'PATCH /api/v10/webhooks/app/tok/messages/@original',
      'PATCH /api/v10/webhooks/app/tok/messages/@original',
    ]);
  });

  it('retry a 500 and a call that never answers', async () => {
    const api = await scriptedApi([
      { status: 500, body: { message: 'oops' } },
      'hang',
      { status: 200, body: { id: '1' } },
    ]);
    await interactionWebhook(api.url, 'app', 'tok', { timeoutMs: 200 }).followUp({ content: 'x' });
    expect(api.calls).toEqual([
      'POST /api/v10/webhooks/app/tok',
      'POST /api/v10/webhooks/app/tok',
      'POST /api/v10/webhooks/app/tok',
    ]);
  }, 20_000);

  it('do not retry what Discord refuses (4xx), nor past the interaction window', async () => {
    const refused = await scriptedApi([{ status: 400, body: { code: 50035, message: 'Invalid Form Body' } }]);
    const error = await interactionWebhook(refused.url, 'app', 'tok')
      .followUp({})
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DiscordAPIError);
    expect(error).toMatchObject({ status: 400, code: 50035 });
    expect(refused.calls).toHaveLength(1);
    // Discord sends the wait in the Retry-After header (seconds) and in the body.
    const limited = await scriptedApi([{ status: 429, body: { retry_after: 60 }, headers: { 'retry-after': '60' } }]);
    const t = 0;
    const late = interactionWebhook(limited.url, 'app', 'tok', { deadline: 1000, now: () => t });
    await expect(late.editOriginal({})).rejects.toBeInstanceOf(RateLimitError);
    expect(limited.calls).toHaveLength(1);
  });

  it('a DELETE of the original answer takes an empty 204', async () => {
    const api = await scriptedApi([{ status: 204 }]);
    await interactionWebhook(api.url, 'app', 'tok').deleteOriginal();
    expect(api.calls).toEqual(['DELETE /api/v10/webhooks/app/tok/messages/@original']);
  });
});

describe('a rejected first reply', () => {
  it('leaves the interaction unanswered, so the error reply goes out as a reply, not a follow-up', async () => {
    const sent: string[] = [];
    let failNext = true;
    const port = createReplyPort({
      reply: async (r: Reply) => {
        if (failNext) {
          failNext = false;
          throw new Error('HTTP 500');
        }
        sent.push(`reply:${r.content}`);
      },
      defer: async () => {
        sent.push('defer');
      },
      editOriginal: async (r: Reply) => {
        sent.push(`edit:${r.content}`);
      },
      deleteOriginal: async () => {
        sent.push('delete');
      },
      followUp: async (r: Reply) => {
        sent.push(`followUp:${r.content}`);
      },
    });
    await expect(port.send({ content: 'the answer' })).rejects.toThrow('HTTP 500');
    expect(port.state).toBe('fresh');
    await port.send({ content: 'Something went wrong', ephemeral: true });
    expect(sent).toEqual(['reply:Something went wrong']);
  });

  it('after a failed edit of "thinking…", edits again rather than following up', async () => {
    const sent: string[] = [];
    let failNext = true;
    const port = createReplyPort({
      reply: async () => {
        sent.push('reply');
      },
      defer: async () => {
        sent.push('defer');
      },
      editOriginal: async (r: Reply) => {
        if (failNext) {
          failNext = false;
          throw new Error('HTTP 503');
        }
        sent.push(`edit:${r.content}`);
      },
      deleteOriginal: async () => {
        sent.push('delete');
      },
      followUp: async (r: Reply) => {
        sent.push(`followUp:${r.content}`);
      },
    });
    await port.defer(false);
    await expect(port.send({ content: 'the answer' })).rejects.toThrow('HTTP 503');
    await port.send({ content: 'error' });
    expect(sent).toEqual(['defer', 'edit:error']);
  });
});

describe('the interactions endpoint', () => {
  const pair = generateKeyPairSync('ed25519');
  const publicKey = pair.publicKey.export({ format: 'der', type: 'spki' }).subarray(12).toString('hex');
  const signed = (body: string) => {
    const ts = String(Math.floor(Date.now() / 1000));
    return {
      'content-type': 'application/json',
      'x-signature-ed25519': sign(null, Buffer.from(ts + body), pair.privateKey).toString('hex'),
      'x-signature-timestamp': ts,
    };
  };
  const start = async () => {
    const log = memoryLogger();
    const server = createInteractionsServer({
      publicKey,
      apiUrl: 'http://127.0.0.1:9/api',
      dispatcher: {} as Dispatcher,
      log,
    });
    servers.push(server);
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    return { log, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
  };

  it('answers a signed body that is not an interaction (null, a list, a number) with 400, not 500', async () => {
    const { url, log } = await start();
    for (const body of ['null', '[]', '7', '{"type":2}']) {
      const res = await fetch(url, { method: 'POST', body, headers: signed(body) });
      expect(res.status, body).toBe(400);
    }
    expect(log.lines.filter((l) => l.includes(' error '))).toEqual([]);
  });

  it('does not let an aborted upload write error-level lines', async () => {
    const { url, log } = await start();
    const { port } = new URL(url);
    for (let i = 0; i < 3; i++) {
      await new Promise<void>((resolve) => {
        const req = request({
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/',
          headers: { 'content-length': '100000' },
        });
        req.on('error', () => resolve());
        req.write('x'.repeat(1000), () =>
          setTimeout(() => {
            req.destroy();
            resolve();
          }, 20),
        );
      });
    }
    await new Promise((r) => setTimeout(r, 100));
    expect(log.lines.filter((l) => l.includes(' error '))).toEqual([]);
  });
});
