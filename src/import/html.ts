// Web pages into documents: an .html file or a fetched URL becomes DIR/<name>.md with front matter.
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { renderArticleDocument, textArticle } from '../web/article-document.js';
import { decodePage } from '../web/decode.js';
import { htmlToArticle } from '../web/html-to-article.js';
import { fetchPage } from '../web/safe-fetch.js';
import { safeFileStem } from './document.js';
import { writeIfChanged, type WriteOutcome } from './write-if-changed.js';

export const HTML_EXTENSIONS = new Set(['.html', '.htm']);

/** `page.html` → `DIR/page.md`: the file's own name is kept as the document's name. */
export async function importHtmlFile(
  path: string,
  outDir: string,
  source: string | null = null,
): Promise<WriteOutcome> {
  const html = decodePage(await readFile(path));
  const article = htmlToArticle(html, null);
  const stem = safeFileStem(basename(path, extname(path)));
  return writeIfChanged(join(outDir, `${stem}.md`), renderArticleDocument(article, source));
}

/** A name for a fetched page: the last part of its path, else its host. */
export function stemForUrl(url: string): string {
  const u = new URL(url);
  const last = u.pathname.split('/').filter(Boolean).pop() ?? '';
  return safeFileStem(last.replace(/\.(s?html?|php|aspx?)$/i, '') || u.hostname);
}

export async function importUrl(url: string, outDir: string, source: string | null = null): Promise<WriteOutcome> {
  const page = await fetchPage(url);
  const article = page.kind === 'html' ? htmlToArticle(page.text, page.url) : textArticle(page.text, page.url);
  return writeIfChanged(join(outDir, `${stemForUrl(page.url)}.md`), renderArticleDocument(article, source));
}
