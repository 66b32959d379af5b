// Request/response plumbing for the fake REST API: bodies in (JSON or discord.js's multipart
// with `payload_json`), JSON out, and errors in Discord's `{ message, code }` shape.
import type { IncomingMessage, ServerResponse } from 'node:http';

/** Largest body accepted: far above anything a reply needs, low enough to stop a runaway loop. */
const MAX_BODY = 8 * 1024 * 1024;

export async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buf = chunk as Buffer;
    size += buf.length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(buf);
  }
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw.length === 0) return undefined;
  const type = req.headers['content-type'] ?? '';
  if (type.startsWith('multipart/form-data')) return payloadJsonFromMultipart(raw);
  return JSON.parse(raw);
}

/** discord.js sends multipart only when files are attached; the message itself is the `payload_json` part. */
function payloadJsonFromMultipart(raw: string): unknown {
  const match = /name="payload_json"\r?\n(?:[^\r\n]+\r?\n)*\r?\n([\s\S]*?)\r?\n--/.exec(raw);
  return match ? JSON.parse(match[1]!) : undefined;
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendNoContent(res: ServerResponse): void {
  res.writeHead(204);
  res.end();
}

/** Discord's JSON error codes used by the fake. */
export const ErrorCode = {
  General: 0,
  UnknownMessage: 10008,
  UnknownWebhook: 10015,
  UnknownInteraction: 10062,
  AlreadyAcknowledged: 40060,
  InvalidFormBody: 50035,
} as const;

export function sendError(res: ServerResponse, status: number, code: number, message: string): void {
  sendJson(res, status, { message, code });
}
