// /article add without Discord: a link or an attached file → a seeds document saved under a name
// of its own. Saving writes a temporary file and links it into place, which fails rather than
// replacing when the name is taken, so an article is never written over another.
import { randomBytes } from 'node:crypto';
import { link, unlink, writeFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import { documentId, listDocumentFiles } from '../documents/read.js';
import { parseDocument } from '../documents/parse.js';
import { safeFileStem } from '../import/document.js';
import { stemForUrl } from '../import/html.js';
import { renderArticleDocument, textArticle } from './article-document.js';
import { UnreadablePage } from './html-to-article.js';
import { readPageInWorker } from './read-in-worker.js';
import { fetchPage, FetchRefused } from './safe-fetch.js';

/** Attached files accepted; a seeds document is at most a few hundred KB of text, a saved page a few MB. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const ATTACHMENT_KINDS: Record<string, 'html' | 'text'> = {
  '.html': 'html',
  '.htm': 'html',
  '.txt': 'text',
  '.md': 'text',
};
/** Same-named articles get -2, -3, …; past this many the name is surely not the problem. */
const MAX_NAME_TRIES = 1000;

export type ArticleInput = { url: string } | { file: { url: string; filename: string; size: number } };

export interface ReadArticle {
  /** The document text as it will be saved. */
  document: string;
  /** The name it would like to be saved under (without extension). */
  stem: string;
  /** The article's address, to refuse the same article twice. */
  url: string | null;
}

/** Fetches and reads; every failure is a FetchRefused or UnreadablePage with a one-line reason. */
export async function readArticleInput(input: ArticleInput): Promise<ReadArticle> {
  if ('url' in input) {
    const page = await fetchPage(input.url);
    const stem = stemForUrl(page.url);
    if (page.kind === 'html') {
      const article = await readPageInWorker(page.text, page.url);
      return { document: renderArticleDocument(article), stem, url: article.url ?? page.url };
    }
    return { document: renderArticleDocument(textArticle(page.text, page.url)), stem, url: page.url };
  }
  const ext = extname(input.file.filename).toLowerCase();
  const kind = ATTACHMENT_KINDS[ext];
  if (!kind) throw new UnreadablePage(`${input.file.filename}: only .html, .htm, .txt and .md files can be added`);
  if (input.file.size > MAX_ATTACHMENT_BYTES)
    throw new UnreadablePage(`${input.file.filename} is larger than ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`);
  const page = await fetchPage(input.file.url, { maxBytes: MAX_ATTACHMENT_BYTES, as: kind });
  const stem = safeFileStem(basename(input.file.filename, extname(input.file.filename)));
  if (kind === 'html') {
    const article = await readPageInWorker(page.text, null);
    return { document: renderArticleDocument(article), stem, url: article.url };
  }
  // A .txt or .md file is a document already (its own front matter or metadata lines, if any).
  const text = page.text.replace(/\r\n?/g, '\n');
  if (!/\p{L}/u.test(text)) throw new UnreadablePage(`${input.file.filename} holds no text`);
  return { document: text.endsWith('\n') ? text : text + '\n', stem, url: parseDocument(text).meta.url };
}

/** Saves under `stem.md`, or `stem-2.md`…, never replacing a file; returns the article's id and path. */
export async function saveArticle(
  seedsDir: string,
  stem: string,
  document: string,
): Promise<{ id: string; path: string }> {
  const tmp = join(seedsDir, `.${stem}.${randomBytes(6).toString('hex')}.tmp`);
  await writeFile(tmp, document, { flag: 'wx' });
  try {
    // Ids are file names without extension: `x.txt` already holds id `x`, so `x.md` is taken too.
    const taken = new Set(listDocumentFiles(seedsDir).map((p) => documentId(p).toLowerCase()));
    for (let n = 1; n <= MAX_NAME_TRIES; n++) {
      const id = n === 1 ? stem : `${stem}-${n}`;
      if (taken.has(id.toLowerCase())) continue;
      const path = join(seedsDir, `${id}.md`);
      try {
        await link(tmp, path);
        return { id, path };
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
    throw new Error(`no free name for ${stem} in the seeds folder`);
  } finally {
    await unlink(tmp).catch(() => undefined);
  }
}

export { FetchRefused, UnreadablePage };
