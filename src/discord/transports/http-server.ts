// HTTP interactions mode: Discord POSTs each interaction to this server instead of sending it
// over the gateway. Requests are verified (Ed25519 over timestamp + raw body), fresh and small;
// the first answer is the HTTP response and later edits go through the interaction webhook.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { InteractionResponseType, InteractionType, MessageFlags, type APIInteraction } from 'discord-api-types/v10';
import { SHUTTING_DOWN, type Dispatcher } from '../handling/dispatch.js';
import { isExpiredInteraction } from './errors.js';
import {
  INTERACTION_TOKEN_MS,
  autocompleteFromPayload,
  interactionWebhook,
  invocationFromPayload,
  type InteractionResponse,
} from './http-adapter.js';
import { snowflakeTime } from '../handling/deferral.js';
import { InFlight } from '../handling/inflight.js';
import type { Logger } from '../setup/log.js';
import { publicKeyFromHex, verifyInteraction } from './signature.js';

export const MAX_BODY_BYTES = 100_000;
export const MAX_SKEW_SECONDS = 300;

export interface InteractionsServerOptions {
  publicKey: string;
  apiUrl: string;
  dispatcher: Dispatcher;
  log: Logger;
  inflight?: InFlight;
  now?: () => number;
}

class TooLarge extends Error {}

function readBody(req: IncomingMessage, max: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > max) return reject(new TooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        reject(new TooLarge());
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  if (res.headersSent) return;
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
  });
  res.end(text);
}

export function createInteractionsServer(opts: InteractionsServerOptions): Server & { inflight: InFlight } {
  const key = publicKeyFromHex(opts.publicKey);
  const now = opts.now ?? Date.now;
  const inflight = opts.inflight ?? new InFlight();
  const log = opts.log;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== 'POST') return send(res, 405, 'POST interactions here');
    let body: Buffer;
    try {
      body = await readBody(req, MAX_BODY_BYTES);
    } catch (err) {
      if (err instanceof TooLarge) {
        res.setHeader('connection', 'close');
        return send(res, 413, 'request body too large');
      }
      // An upload the client abandoned: anyone can cause one, so it is no error of ours.
      log.debug('request body aborted', { error: err });
      res.destroy();
      return;
    }
    const signature = header(req, 'x-signature-ed25519');
    const timestamp = header(req, 'x-signature-timestamp');
    if (!signature || !timestamp) return send(res, 401, 'missing request signature');
    if (!/^\d{1,12}$/.test(timestamp) || Math.abs(now() / 1000 - Number(timestamp)) > MAX_SKEW_SECONDS) {
      return send(res, 401, 'stale request timestamp');
    }
    if (!verifyInteraction(key, signature, timestamp, body)) return send(res, 401, 'invalid request signature');

    let payload: APIInteraction;
    try {
      payload = JSON.parse(body.toString('utf8')) as APIInteraction;
    } catch {
      return send(res, 400, 'body is not JSON');
    }
    // Signed JSON that is not an interaction (null, a number, a list) is refused, not a 500.
    if (
      !payload ||
      typeof payload !== 'object' ||
      Array.isArray(payload) ||
      typeof (payload as { type?: unknown }).type !== 'number'
    )
      return send(res, 400, 'body is not an interaction');
    if (payload.type === InteractionType.Ping) return send(res, 200, { type: InteractionResponseType.Pong });

    if (payload.type === InteractionType.ApplicationCommandAutocomplete) {
      const inv = autocompleteFromPayload(payload);
      const choices = inv ? await opts.dispatcher.autocomplete(inv) : [];
      return send(res, 200, { type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices } });
    }

    if (inflight.closing) {
      return send(res, 200, {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: { content: SHUTTING_DOWN, flags: MessageFlags.Ephemeral, allowed_mentions: { parse: [] } },
      });
    }

    let responded = false;
    const respond = (r: InteractionResponse): void => {
      if (responded) throw new Error('interaction already answered in the HTTP response');
      responded = true;
      send(res, 200, r);
    };
    const p = payload as { id: string; application_id: string; token: string };
    if (typeof p.id !== 'string' || typeof p.application_id !== 'string' || typeof p.token !== 'string')
      return send(res, 400, 'body is not an interaction');
    // Follow-ups are retried until the interaction's token expires, 15 minutes after Discord made it.
    const created = snowflakeTime(p.id);
    const deadline =
      (created !== null && Math.abs(now() - created) < INTERACTION_TOKEN_MS ? created : now()) + INTERACTION_TOKEN_MS;
    const webhook = interactionWebhook(opts.apiUrl, p.application_id, p.token, { deadline, now });
    const inv = invocationFromPayload(payload, respond, webhook, now());
    if (!inv) return send(res, 400, 'unsupported interaction type');

    const work = (inv.kind === 'button' ? opts.dispatcher.button(inv) : opts.dispatcher.command(inv)).catch(
      (err: unknown) => {
        if (isExpiredInteraction(err))
          log.warn('interaction expired before it was answered', { interaction: inv.id, error: err });
        else log.error('interaction failed', { interaction: inv.id, command: inv.commandName, error: err });
      },
    );
    await inflight.track(work);
    if (!responded) {
      // Every path answers; this is the safety net so Discord never shows "did not respond".
      log.error('handler finished without answering', { interaction: inv.id, command: inv.commandName });
      respond({
        type: InteractionResponseType.ChannelMessageWithSource,
        data: {
          content: 'citebot could not answer that.',
          flags: MessageFlags.Ephemeral,
          allowed_mentions: { parse: [] },
        },
      });
    }
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log.error('request failed', { method: req.method, url: req.url, error: err });
      send(res, 500, 'internal error');
    });
  }) as Server & { inflight: InFlight };
  server.inflight = inflight;
  return server;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
