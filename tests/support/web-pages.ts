// Web pages written for the tests (invented towns and people), and a local HTTP server on
// 127.0.0.1 that serves them, plus the awkward answers a real web gives: redirects, a redirect
// loop, 404, a body over the limit, a body that never finishes, a PDF.
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

const NAV = `<header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>`;
const FOOTER = `<footer class="site-footer"><p>© 2031 The Harbour Gazette. All rights reserved.</p><ul><li><a href="/privacy">Privacy</a></li><li><a href="/terms">Terms</a></li></ul></footer>`;

/** A news article with navigation, JSON-LD, a picture with a caption, a heading, a list, a quote, related links. */
export const LIGHTHOUSE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Lighthouse vote | The Harbour Gazette</title>
<meta property="og:title" content="Kelmouth votes to restore its old lighthouse">
<meta property="og:site_name" content="The Harbour Gazette">
<link rel="canonical" href="https://gazette.example/news/kelmouth-lighthouse">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Kelmouth votes to restore its old lighthouse","datePublished":"2031-04-17T09:30:00+01:00","author":[{"@type":"Person","name":"Tomas Arvid"}],"publisher":{"@type":"Organization","name":"The Harbour Gazette"}}</script>
</head><body>
${NAV}
<main><article>
<h1>Kelmouth votes to restore its old lighthouse</h1>
<p class="byline">By Tomas Arvid</p>
<figure class="lead-image"><img src="/lighthouse.jpg" alt=""><figcaption>The lighthouse at dusk, seen from the north pier. Photo: Gazette archive</figcaption></figure>
<p>The town council of Kelmouth voted on Thursday to restore the lighthouse on Gull Point, which has stood dark since a storm broke its lantern in 1987.</p>
<p>Councillors approved the plan by nine votes to two after a debate that ran for most of the evening. The work will cost 2.4 million crowns and is to be finished by the summer of 2033.</p>
<p>"The lighthouse is the first thing sailors see of Kelmouth, and it should shine again," said Mara Lindqvist, the council's heritage officer.</p>
<h2>Who pays for the work</h2>
<p>Most of the money comes from a regional heritage fund, which has promised 1.6 million crowns. The rest will be raised by the harbour association through a levy on visiting yachts.</p>
<p>The plan sets out three stages:</p>
<ul><li>repairing the stone tower and its stair,</li><li>fitting a new lantern with a low-energy lamp,</li><li>opening the keeper's cottage as a small museum.</li></ul>
<blockquote><p>We have waited forty years for this evening, and the whole coast will see the result.</p></blockquote>
<p>Fishermen in the harbour welcomed the vote. Jonas Berg, who has fished from Kelmouth for thirty years, said the light would make the approach safer in winter fog.</p>
<p>Two councillors voted against, arguing that the money would be better spent on the town's ferry pier, which has been closed to cars since last autumn.</p>
<aside class="related-links"><h3>Related stories</h3><ul><li><a href="/news/ferry-pier">Ferry pier closed to cars</a></li><li><a href="/news/storm-1987">The storm of 1987, remembered</a></li></ul></aside>
</article></main>
${FOOTER}
</body></html>`;

/** A paywalled page: a teaser of two paragraphs and a subscription box; the date only in article:published_time. */
export const PAYWALL = `<!doctype html>
<html><head><meta charset="utf-8"><title>Orchard harvest | Valley Post</title>
<meta property="article:published_time" content="2031-09-02T06:00:00Z">
<meta name="author" content="Ines Holm">
</head><body>
${NAV}
<article>
<h1>Valley orchards expect their best apple harvest in a decade</h1>
<div class="article-body">
<p>Growers across the Ostvik valley expect to pick more apples this autumn than in any year since 2021, after a warm spring and a wet, mild summer left the trees heavy with fruit.</p>
<p>The growers' cooperative estimates the harvest at 41,000 tonnes, a fifth more than last year, and has hired two hundred extra pickers for the season that begins next week.</p>
</div>
<div class="paywall-box"><p>Subscribe to read the full story. Subscribers get unlimited access to the Valley Post for 9 crowns a month.</p><p><a href="/subscribe">Subscribe now</a></p></div>
</article>
${FOOTER}
</body></html>`;

/** A photo gallery story: pictures with captions between short paragraphs; the date only in <time datetime>. */
export const GALLERY = `<!doctype html>
<html><head><meta charset="utf-8"><title>Tall ships arrive in Kelmouth</title></head><body>
${NAV}
<article>
<h1>Tall ships arrive in Kelmouth for the summer regatta</h1>
<p class="meta"><time datetime="2031-07-05">5 July 2031</time></p>
<p>Eleven tall ships sailed into Kelmouth harbour on Saturday morning for the start of the summer regatta, the largest fleet the town has hosted since the race began in 1998.</p>
<div class="gallery">
<figure><img src="/ship1.jpg" alt=""><figcaption>The brig Solvind passes Gull Point at first light.</figcaption></figure>
<figure><img src="/ship2.jpg" alt=""><figcaption>Crew members furl the sails on the schooner Maren.</figcaption></figure>
</div>
<p>Thousands of visitors lined the quays to watch the ships come in. The harbour master said the fleet would stay for four days before racing north to the islands.</p>
<p>The oldest ship in the fleet, the schooner Maren, was built in 1911 and has sailed in every regatta since the first.</p>
</article>
${FOOTER}
</body></html>`;

export interface WebServer {
  url: string;
  /** Requests seen, by path, with the user agent they carried. */
  requests: { path: string; userAgent: string }[];
  close(): Promise<void>;
}

/** Bytes the /big route sends: more than a test's limit, in chunks with no Content-Length. */
export const BIG_BODY_BYTES = 300 * 1024;

export async function startWebServer(extra: Record<string, string> = {}): Promise<WebServer> {
  const requests: WebServer['requests'] = [];
  const pending = new Set<ServerResponse>();
  const html = (res: ServerResponse, body: string): void => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
  };
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    requests.push({ path, userAgent: String(req.headers['user-agent'] ?? '') });
    if (extra[path] !== undefined) return html(res, extra[path]);
    switch (path) {
      case '/news/kelmouth-lighthouse':
        return html(res, LIGHTHOUSE);
      case '/news/orchards':
        return html(res, PAYWALL);
      case '/news/tall-ships':
        return html(res, GALLERY);
      case '/notes.txt':
        res
          .writeHead(200, { 'content-type': 'text/plain; charset=utf-8' })
          .end('Harbour notes\n\nThe ferry pier reopens to cars on Monday, the harbour office said.\n');
        return;
      case '/gzipped':
        // Compressed although the client asked for identity, as some servers do.
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': 'gzip' })
          .end(gzipSync(LIGHTHOUSE));
        return;
      case '/old-link':
        res.writeHead(301, { location: '/news/kelmouth-lighthouse' }).end();
        return;
      case '/loop':
        res.writeHead(302, { location: '/loop' }).end();
        return;
      case '/report.pdf':
        res.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.4 not really');
        return;
      case '/big': {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = '<p>' + 'lorem ipsum '.repeat(800) + '</p>';
        let sent = 0;
        while (sent < BIG_BODY_BYTES) {
          res.write(chunk);
          sent += chunk.length;
        }
        res.end();
        return;
      }
      case '/slow':
        // Headers, the start of a page, then nothing: the body never finishes.
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>The start of a page that never');
        pending.add(res);
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Not found</h1>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: async () => {
      for (const res of pending) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
