// Reading a web page: the article's words without the page around them, and what the page says
// about itself (title, date, author, address, site), written as a document the engine reads back.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/documents/parse.js';
import { renderArticleDocument } from '../src/web/article-document.js';
import { decodePage } from '../src/web/decode.js';
import { htmlToArticle, UnreadablePage } from '../src/web/html-to-article.js';
import { GALLERY, LIGHTHOUSE, PAYWALL } from './support/web-pages.js';

const paragraphs = (a: ReturnType<typeof htmlToArticle>) =>
  a.blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text);
const all = (a: ReturnType<typeof htmlToArticle>) => a.blocks.map((b) => b.text).join('\n');

describe('htmlToArticle: a news page with navigation and JSON-LD', () => {
  const article = htmlToArticle(LIGHTHOUSE, 'https://gazette.example/news/kelmouth-lighthouse?utm=x');

  it('takes title, date, author, canonical address and site from the page', () => {
    expect(article.title).toBe('Kelmouth votes to restore its old lighthouse');
    expect(article.date).toBe('2031-04-17');
    expect(article.authors).toEqual(['Tomas Arvid']);
    expect(article.url).toBe('https://gazette.example/news/kelmouth-lighthouse');
    expect(article.siteName).toBe('The Harbour Gazette');
  });

  it('keeps the body in page order and leaves out menus, caption, byline, related links and footer', () => {
    const ps = paragraphs(article);
    expect(ps[0]).toMatch(/^The town council of Kelmouth voted on Thursday/);
    expect(ps.at(-1)).toMatch(/^Two councillors voted against/);
    const text = all(article);
    for (const junk of [
      'Weather',
      'The lighthouse at dusk',
      'By Tomas Arvid',
      'Related stories',
      'Ferry pier closed to cars',
      'All rights reserved',
    ]) {
      expect(text).not.toContain(junk);
    }
    // The headline is the title, not a paragraph read twice.
    expect(ps).not.toContain('Kelmouth votes to restore its old lighthouse');
  });

  it('keeps headings as headings, list items and the block quote as paragraphs', () => {
    expect(article.blocks).toContainEqual({ kind: 'heading', text: 'Who pays for the work' });
    const ps = paragraphs(article);
    expect(ps).toContain('repairing the stone tower and its stair,');
    expect(ps).toContain("opening the keeper's cottage as a small museum.");
    expect(ps).toContain('We have waited forty years for this evening, and the whole coast will see the result.');
    // Nothing invented or reordered: each block appears in the page, in this order.
    let at = 0;
    const flat = LIGHTHOUSE.replace(/\s+/g, ' ');
    for (const b of article.blocks) {
      const i = flat.indexOf(b.text.slice(0, 30));
      expect(i, b.text).toBeGreaterThan(at);
      at = i;
    }
  });
});

describe('htmlToArticle: other page shapes', () => {
  it('a paywalled page gives its teaser without the subscription box; the date from article:published_time', () => {
    const article = htmlToArticle(PAYWALL);
    expect(paragraphs(article)).toEqual([
      expect.stringMatching(/^Growers across the Ostvik valley/),
      expect.stringMatching(/^The growers' cooperative estimates the harvest/),
    ]);
    expect(all(article)).not.toMatch(/Subscribe/);
    expect(article.date).toBe('2031-09-02');
    expect(article.authors).toEqual(['Ines Holm']);
    expect(article.title).toBe('Valley orchards expect their best apple harvest in a decade');
  });

  it('a gallery keeps the story and drops the picture captions; the date from <time datetime>', () => {
    const article = htmlToArticle(GALLERY);
    expect(paragraphs(article)).toHaveLength(3);
    expect(all(article)).not.toMatch(/first light|furl the sails/);
    expect(article.date).toBe('2031-07-05');
  });

  it('a JSON-LD script that is not valid JSON still gives its headline and date', () => {
    const broken = LIGHTHOUSE.replace(
      /<script type="application\/ld\+json">[^<]*<\/script>/,
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Gull Point light to shine again","description":"a "quoted" word","datePublished":"2031-04-18T08:00:00Z",}</script>',
    );
    expect(broken).not.toBe(LIGHTHOUSE);
    const article = htmlToArticle(broken);
    expect(article.title).toBe('Gull Point light to shine again');
    expect(article.date).toBe('2031-04-18');
  });

  it('an embedded post in a box named for the embed is kept as the quotation it is', () => {
    const post = 'The new pier lights are on tonight, come and see them from the beach.';
    const html = LIGHTHOUSE.replace(
      '<p>Fishermen in the harbour',
      `<div class="social-media-embed"><blockquote class="twitter-tweet"><p>${post}</p>— Kelmouth Harbour (@kelharbour) <a href="https://social.example/1">April 17, 2031</a></blockquote></div><p>Fishermen in the harbour`,
    );
    expect(paragraphs(htmlToArticle(html))).toContain(post);
  });

  it('a short sentence that starts like a byline or a time stamp is still text', () => {
    const html = LIGHTHOUSE.replace(
      '<p>Fishermen in the harbour',
      '<p>By noon, the square was full of people.</p><p>Updated plans went on show at the library.</p><p>Fishermen in the harbour',
    );
    const ps = paragraphs(htmlToArticle(html));
    expect(ps).toContain('By noon, the square was full of people.');
    expect(ps).toContain('Updated plans went on show at the library.');
  });

  it('a page with no article text is refused with a reason', () => {
    expect(() => htmlToArticle('<html><body><nav><a href="/">Home</a></nav></body></html>')).toThrow(UnreadablePage);
  });

  it('paragraphs separated only by <br><br> become separate paragraphs', () => {
    const body =
      'The quay was rebuilt in the spring after the winter floods had washed part of it away into the harbour basin.';
    const html = `<html><body><article><div>${body}<br><br>${body.replace('spring', 'autumn')}<br>still the same paragraph.</div></article></body></html>`;
    expect(paragraphs(htmlToArticle(html))).toEqual([
      body,
      `${body.replace('spring', 'autumn')} still the same paragraph.`,
    ]);
  });
});

describe('decodePage', () => {
  it('reads the charset the page declares', () => {
    const latin1 = Buffer.from(
      '<html><head><meta charset="iso-8859-1"></head><body><p>K\xf8benhavn</p></body></html>',
      'latin1',
    );
    expect(decodePage(latin1)).toContain('København');
    expect(decodePage(Buffer.from('<p>Malmö</p>', 'utf8'), 'text/html; charset=utf-8')).toContain('Malmö');
  });
});

describe('renderArticleDocument', () => {
  it('writes YAML front matter the document reader takes back, and headings as headings', () => {
    const article = htmlToArticle(LIGHTHOUSE, 'https://gazette.example/x');
    const doc = renderArticleDocument({ ...article, title: 'Lighthouse: "yes" # nine to two' });
    expect(doc.startsWith('---\ntitle: ')).toBe(true);
    const parsed = parseDocument(doc);
    expect(parsed.meta).toEqual({
      title: 'Lighthouse: "yes" # nine to two',
      date: '2031-04-17',
      author: 'Tomas Arvid',
      url: 'https://gazette.example/news/kelmouth-lighthouse',
      source: 'The Harbour Gazette',
    });
    const headings = parsed.blocks.filter((b) => b.kind === 'heading').map((b) => doc.slice(b.start, b.end));
    expect(headings).toEqual(['Who pays for the work']);
    expect(parsed.blocks.filter((b) => b.kind === 'paragraph').length).toBe(paragraphs(article).length);
  });
});
