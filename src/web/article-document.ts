// A web article as a seeds document: YAML front matter (title, date, author, url, source), then
// the body with headings as Markdown headings and one blank line between paragraphs.
import type { WebArticle } from './html-to-article.js';

/** A YAML scalar on one line: plain when YAML would read it back unchanged, else double-quoted. */
function scalar(value: string): string {
  const v = value.replace(/\s+/g, ' ').trim();
  const plainSafe = /^[\p{L}\p{N}(][^#]*$/u.test(v) && !/:(\s|$)/.test(v) && !/\s#/.test(v);
  return plainSafe ? v : JSON.stringify(v);
}

export function renderArticleDocument(article: WebArticle, source: string | null = null): string {
  const lines = ['---'];
  const add = (key: string, value: string | null | undefined): void => {
    if (value?.trim()) lines.push(`${key}: ${scalar(value)}`);
  };
  add('title', article.title);
  add('date', article.date);
  add('author', article.authors.join(', '));
  add('url', article.url);
  add('source', article.siteName ?? source);
  lines.push('---', '');
  const body = article.blocks.map((b) => (b.kind === 'heading' ? `## ${b.text}` : b.text));
  return `${lines.join('\n')}\n${body.join('\n\n')}\n`;
}

/** A plain-text page (text/plain) as an article: its blank-line-separated paragraphs, its address. */
export function textArticle(text: string, url: string | null): WebArticle {
  const blocks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((t) => ({ kind: 'paragraph' as const, text: t }));
  return { title: null, date: null, authors: [], url, siteName: null, blocks };
}
