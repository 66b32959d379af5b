// HTML → the article: its body as headings and paragraphs, and its metadata. Mozilla's Readability
// (Firefox's reader view) finds the body over linkedom, a DOM light enough to parse a page in a few
// milliseconds; article-blocks.ts then writes the body out block by block.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { articleBlocks, unwrapQuotes, type ArticleBlock } from './article-blocks.js';
import { pageMetadata, isoDay, type PageMetadata } from './page-metadata.js';
import { dropRepeatedTitle } from './repeated-title.js';

export interface WebArticle extends PageMetadata {
  blocks: ArticleBlock[];
}

/**
 * Readability's threshold for a body it accepts at once; below it, it retries with looser rules.
 * Lower accepts short articles sooner but lets a teaser or a menu through on long pages.
 */
const CHAR_THRESHOLD = 500;

export class UnreadablePage extends Error {}

/**
 * Scripts (JSON-LD excepted) and style sheets are never article text, and on news pages they are
 * often half the bytes: dropping them before parsing makes the DOM, and everything after, smaller.
 */
const NOT_TEXT = /<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>/gi;

export function htmlToArticle(html: string, pageUrl: string | null = null): WebArticle {
  const stripped = html.replace(NOT_TEXT, '');
  // linkedom needs a whole document; a fragment would become a document without a body.
  const source = /<html[\s>]/i.test(stripped)
    ? stripped
    : `<!doctype html><html><head></head><body>${stripped}</body></html>`;
  const { document } = parseHTML(source);
  const meta = pageMetadata(document, pageUrl);
  unwrapQuotes(document);
  const reader = new Readability(document, {
    charThreshold: CHAR_THRESHOLD,
    keepClasses: true,
    serializer: (node: Node) => node,
  });
  const parsed = reader.parse();
  const root = parsed?.content as Element | null | undefined;
  if (!root) throw new UnreadablePage('no article text found on the page');
  const blocks = dropRepeatedTitle(articleBlocks(root), meta.title);
  if (!blocks.some((b) => b.kind === 'paragraph')) throw new UnreadablePage('no article text found on the page');
  return {
    ...meta,
    title: meta.title ?? parsed?.title ?? null,
    date: meta.date ?? isoDay(parsed?.publishedTime ?? null),
    authors: meta.authors.length ? meta.authors : parsed?.byline ? [parsed.byline.replace(/^by\s+/i, '').trim()] : [],
    siteName: meta.siteName ?? parsed?.siteName ?? null,
    blocks,
  };
}
