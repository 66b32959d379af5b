// Fetching a moderator's link, against a local server: what is read, what is refused and why.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPage, FetchRefused, isPublicAddress, MAX_REDIRECTS } from '../src/web/safe-fetch.js';
import { BIG_BODY_BYTES, startWebServer, type WebServer } from './support/web-pages.js';

let web: WebServer;
beforeAll(async () => {
  web = await startWebServer();
});
afterAll(async () => {
  await web.close();
});

const local = { allowPrivate: true };

async function refusal(p: Promise<unknown>): Promise<string> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchRefused);
  const message = (err as Error).message;
  expect(message).not.toContain('\n');
  return message;
}

describe('fetchPage', () => {
  it('reads an HTML page and names citebot in its user agent', async () => {
    const page = await fetchPage(`${web.url}/news/kelmouth-lighthouse`, local);
    expect(page.kind).toBe('html');
    expect(page.text).toContain('Gull Point');
    expect(web.requests.at(-1)!.userAgent).toMatch(/citebot/i);
  });

  it('reads plain text as text', async () => {
    const page = await fetchPage(`${web.url}/notes.txt`, local);
    expect(page.kind).toBe('text');
    expect(page.text).toContain('ferry pier reopens');
  });

  it('reads a body compressed against its request', async () => {
    const page = await fetchPage(`${web.url}/gzipped`, local);
    expect(page.text).toContain('Gull Point');
  });

  it('follows a redirect and reports the address finally read', async () => {
    const page = await fetchPage(`${web.url}/old-link`, local);
    expect(page.url).toBe(`${web.url}/news/kelmouth-lighthouse`);
    expect(page.text).toContain('Gull Point');
  });

  it(`stops a redirect loop after ${MAX_REDIRECTS} redirects`, async () => {
    const before = web.requests.filter((r) => r.path === '/loop').length;
    expect(await refusal(fetchPage(`${web.url}/loop`, local))).toMatch(/more than 5 redirects/);
    expect(web.requests.filter((r) => r.path === '/loop').length - before).toBe(MAX_REDIRECTS + 1);
  });

  it('says which HTTP status a missing page answered', async () => {
    expect(await refusal(fetchPage(`${web.url}/no-such-story`, local))).toMatch(/HTTP 404/);
  });

  it('refuses a body over the byte limit', async () => {
    expect(await refusal(fetchPage(`${web.url}/big`, { ...local, maxBytes: BIG_BODY_BYTES / 2 }))).toMatch(
      /larger than/,
    );
  });

  it('gives up on a body that never finishes', async () => {
    expect(await refusal(fetchPage(`${web.url}/slow`, { ...local, timeoutMs: 300 }))).toMatch(
      /did not send the page within/,
    );
  });

  it('refuses a PDF by its content type', async () => {
    expect(await refusal(fetchPage(`${web.url}/report.pdf`, local))).toMatch(/application\/pdf, not a web page/);
  });

  it('refuses private and local addresses by default, written or resolved', async () => {
    expect(await refusal(fetchPage(`${web.url}/news/kelmouth-lighthouse`, { allowPrivate: false }))).toMatch(
      /private or local address/,
    );
    const port = new URL(web.url).port;
    expect(
      await refusal(fetchPage(`http://localhost:${port}/news/kelmouth-lighthouse`, { allowPrivate: false })),
    ).toMatch(/resolves to a private or local address/);
    expect(await refusal(fetchPage('http://[::ffff:10.0.0.1]/', { allowPrivate: false }))).toMatch(/private or local/);
  });

  it('reads only http and https', async () => {
    expect(await refusal(fetchPage('ftp://files.example/story.html'))).toMatch(/only http and https/);
    expect(await refusal(fetchPage('file:///etc/passwd'))).toMatch(/only http and https/);
    expect(await refusal(fetchPage('not a link'))).toMatch(/not a web address/);
  });
});

describe('isPublicAddress', () => {
  it('accepts public unicast and refuses loopback, private, link-local, CGNAT and unspecified', () => {
    expect(isPublicAddress('93.184.216.34')).toBe(true);
    expect(isPublicAddress('2606:4700::1111')).toBe(true);
    for (const a of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '::1',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
    ]) {
      expect(isPublicAddress(a), a).toBe(false);
    }
  });
});
