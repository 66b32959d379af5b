// The seeds document format the engine reads: metadata lines, a blank line, paragraphs.

export interface ImportedArticle {
  title?: string | null;
  /** ISO date, already normalised. */
  date?: string | null;
  source?: string | null;
  url?: string | null;
  author?: string | null;
  text: string;
}

/** Metadata values live on one line; a newline inside one would start a paragraph of text. */
function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/**
 * Paragraphs are separated by exactly one blank line; lines inside a paragraph are kept, so the
 * engine still sees the author's line breaks. Whitespace-only lines count as blank.
 */
export function normaliseBody(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n(?:[ \t]*\n)*/)
    .map((p) => p.replace(/[ \t]+$/gm, '').replace(/^\n+|\n+$/g, ''))
    .filter((p) => p.trim() !== '')
    .join('\n\n');
}

export function renderDocument(article: ImportedArticle): string {
  const meta: string[] = [];
  const add = (key: string, value: string | null | undefined): void => {
    if (typeof value === 'string' && oneLine(value) !== '') meta.push(`${key}: ${oneLine(value)}`);
  };
  add('title', article.title);
  add('date', article.date);
  add('source', article.source);
  add('url', article.url);
  add('author', article.author);
  const body = normaliseBody(article.text);
  return (meta.length ? meta.join('\n') + '\n\n' : '') + body + '\n';
}

const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name that is safe on every platform and stable for the same id, so a re-import
 * overwrites the same file instead of creating a twin.
 */
export function safeFileStem(id: string): string {
  let stem = id
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}._-]+/gu, '_')
    .replace(/^[._]+/, '')
    .replace(/_+$/, '')
    .slice(0, 120);
  if (stem === '' || RESERVED.test(stem)) stem = `doc_${stem}`;
  return stem;
}
