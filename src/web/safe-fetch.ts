// The one place citebot fetches anything from the web. A moderator's link may point anywhere, so
// the fetch is fenced: http/https only, a deadline and a byte limit, a few redirects, HTML or
// text only, and never an address inside the host's own network (checked on the address actually
// connected to, so a name that resolves differently the second time cannot slip through).
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import ipaddr from 'ipaddr.js';
import { decodePage } from './decode.js';

/** Whole fetch, redirects included. Longer waits out slow news sites; shorter frees the command sooner. */
export const FETCH_TIMEOUT_MS = 15_000;
/** Body size accepted. Real article pages run to 1–3 MB with inline scripts; more is not an article. */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
/** Redirects followed (http→https, then a canonical host, then a consent page is already a lot). */
export const MAX_REDIRECTS = 5;
export const USER_AGENT = 'citebot/0.1 (reads one news article a moderator linked, for a Discord server)';

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)$/;
const TEXT_TYPES = /^(text\/plain|text\/markdown)$/;

export class FetchRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FetchRefused';
  }
}

export interface FetchedPage {
  /** The address finally read, after redirects. */
  url: string;
  kind: 'html' | 'text';
  text: string;
}

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** Allow loopback/private/link-local addresses; defaults to CITEBOT_ALLOW_PRIVATE_URLS=1. */
  allowPrivate?: boolean;
  /** Read the body as this kind whatever type the server states: an attachment's file name already told. */
  as?: 'html' | 'text';
}

export const privateUrlsAllowed = (): boolean => process.env.CITEBOT_ALLOW_PRIVATE_URLS === '1';

/** Only ordinary public unicast addresses; loopback, private, link-local, CGNAT, multicast, reserved… are not. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  return ipaddr.process(address).range() === 'unicast';
}

function guardedLookup(allowPrivate: boolean): typeof dnsLookup {
  return ((
    hostname: string,
    options: object,
    callback: (err: Error | null, address?: string | LookupAddress[], family?: number) => void,
  ) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err);
      const bad = addresses.find((a) => !allowPrivate && !isPublicAddress(a.address));
      if (bad)
        return callback(
          new FetchRefused(`${hostname} resolves to a private or local address (${bad.address}); refused`),
        );
      if ((options as { all?: boolean }).all) return callback(null, addresses);
      callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  }) as unknown as typeof dnsLookup;
}

function checkUrl(url: URL, allowPrivate: boolean): void {
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new FetchRefused(`only http and https links can be read, not ${url.protocol.replace(/:$/, '')}`);
  if (url.username || url.password) throw new FetchRefused('links with a user name or password are not read');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  // An address written in the link is never looked up, so it is checked here.
  if (isIP(host) && !allowPrivate && !isPublicAddress(host))
    throw new FetchRefused(`${host} is a private or local address; refused`);
}

function get(url: URL, signal: AbortSignal, allowPrivate: boolean): Promise<http.IncomingMessage> {
  const lib = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = lib.get(url, {
      signal,
      lookup: guardedLookup(allowPrivate),
      headers: {
        'user-agent': USER_AGENT,
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.9',
        'accept-encoding': 'identity',
      },
    });
    req.once('response', resolve);
    req.once('error', reject);
  });
}

/** The body as sent, or decompressed when a server compresses although `identity` was asked for. */
function decoded(res: http.IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const inflate =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (!inflate) return res;
  res.on('error', (err) => inflate.destroy(err));
  return res.pipe(inflate);
}

async function readBody(res: http.IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    res.destroy();
    throw new FetchRefused(`the page is larger than ${Math.round(maxBytes / 1024)} KB`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const body = decoded(res);
  // The limit counts bytes after decompression, so a small compressed bomb is stopped too.
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      body.destroy();
      throw new FetchRefused(`the page is larger than ${Math.round(maxBytes / 1024)} KB`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function describe(err: unknown, url: URL, timeoutMs: number, timedOut: boolean): Error {
  if (err instanceof FetchRefused) return err;
  if (timedOut) return new FetchRefused(`${url.host} did not send the page within ${timeoutMs / 1000} s`);
  const cause = (err as { cause?: unknown }).cause;
  if (cause instanceof FetchRefused) return cause;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return new FetchRefused(`${url.hostname} was not found`);
  if (code === 'ECONNREFUSED') return new FetchRefused(`${url.host} refused the connection`);
  return new FetchRefused(`${url.host} could not be read (${code ?? (err as Error).message})`);
}

/** Fetches one page; every failure is a FetchRefused with a one-line reason. */
export async function fetchPage(link: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES;
  const allowPrivate = options.allowPrivate ?? privateUrlsAllowed();
  let url: URL;
  try {
    url = new URL(link);
  } catch {
    throw new FetchRefused(`not a web address: ${link.slice(0, 100)}`);
  }
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      checkUrl(url, allowPrivate);
      let res: http.IncomingMessage;
      try {
        res = await get(url, controller.signal, allowPrivate);
      } catch (err) {
        throw describe(err, url, timeoutMs, timedOut);
      }
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (redirects >= MAX_REDIRECTS)
          throw new FetchRefused(`more than ${MAX_REDIRECTS} redirects; stopped at ${url.href.slice(0, 200)}`);
        try {
          url = new URL(res.headers.location, url);
        } catch {
          throw new FetchRefused(`${url.host} redirected to an invalid address`);
        }
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new FetchRefused(
          `${url.host} answered HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`,
        );
      }
      const type = (res.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
      const kind = options.as ?? (HTML_TYPES.test(type) ? 'html' : TEXT_TYPES.test(type) ? 'text' : null);
      if (!kind) {
        res.destroy();
        throw new FetchRefused(`the link is ${type || 'of no stated type'}, not a web page or text`);
      }
      let body: Buffer;
      try {
        body = await readBody(res, maxBytes);
      } catch (err) {
        throw describe(err, url, timeoutMs, timedOut);
      }
      return { url: url.href, kind, text: decodePage(body, res.headers['content-type'] ?? null) };
    }
  } finally {
    clearTimeout(timer);
  }
}
