// Splits a document's raw text into metadata, headings and paragraphs, keeping every offset
// relative to the text exactly as read from disk (BOM included), so any answer can be located.
import { isoOfMetaDate } from '../text/dates.js';
import type { Span } from '../text/span.js';

export interface DocumentMeta {
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
  author: string | null;
}

/** Offsets of a block's text (heading markers and surrounding space excluded). */
export interface Block extends Span {
  kind: 'heading' | 'paragraph';
}

export interface ParsedDocument {
  meta: DocumentMeta;
  blocks: Block[];
}

const META_KEYS = new Set(['title', 'date', 'source', 'url', 'author']);
const MAX_HEADING_CHARS = 100;
const MAX_HEADING_WORDS = 14;

export function emptyMeta(): DocumentMeta {
  return { title: null, date: null, source: null, url: null, author: null };
}

export function parseDocument(text: string): ParsedDocument {
  const meta = emptyMeta();
  let pos = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  pos = readFrontMatter(text, pos, meta);
  pos = readMetaLines(text, pos, meta);
  const blocks = splitBlocks(text, pos);
  return { meta, blocks };
}

/** YAML-style front matter between `---` lines; only the plain `key: value` pairs are used. */
function readFrontMatter(text: string, pos: number, meta: DocumentMeta): number {
  const open = /[ \t]*---[ \t]*\r?\n/y;
  open.lastIndex = pos;
  if (!open.exec(text)) return pos;
  const close = /^[ \t]*(---|\.\.\.)[ \t]*$/m;
  const rest = text.slice(open.lastIndex);
  const m = close.exec(rest);
  if (!m) return pos;
  for (const line of rest.slice(0, m.index).split(/\r?\n/)) {
    const kv = /^\s*([A-Za-z]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (kv && META_KEYS.has(kv[1]!.toLowerCase())) setMeta(meta, kv[1]!.toLowerCase(), unquote(kv[2]!));
  }
  return open.lastIndex + m.index + m[0].length;
}

/**
 * `key: value` lines at the top, and the seed's bare `date 2021-02-03` which may share its
 * line with the first sentence of the text.
 */
function readMetaLines(text: string, pos: number, meta: DocumentMeta): number {
  for (;;) {
    const blank = /[ \t]*\r?\n/y;
    blank.lastIndex = pos;
    if (blank.exec(text)) {
      pos = blank.lastIndex;
      continue;
    }
    const keyed = /[ \t]*([A-Za-z]+)[ \t]*:[ \t]*([^\r\n]*?)[ \t]*(?:\r?\n|$)/y;
    keyed.lastIndex = pos;
    const k = keyed.exec(text);
    if (k && META_KEYS.has(k[1]!.toLowerCase()) && k[2]) {
      setMeta(meta, k[1]!.toLowerCase(), unquote(k[2]));
      pos = keyed.lastIndex;
      continue;
    }
    const bareDate = /[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+|[ \t]*(?:\r?\n|$))/iy;
    bareDate.lastIndex = pos;
    const d = bareDate.exec(text);
    if (d) {
      meta.date = d[1]!;
      pos = bareDate.lastIndex;
      continue;
    }
    return pos;
  }
}

function setMeta(meta: DocumentMeta, key: string, value: string): void {
  if (!value) return;
  if (key === 'date') meta.date = isoOfMetaDate(value);
  else (meta as unknown as Record<string, string>)[key] = value;
}

function unquote(v: string): string {
  // A double-quoted YAML scalar (as the web import writes one) may carry escapes: read them.
  if (/^".*"$/.test(v)) {
    try {
      const s: unknown = JSON.parse(v);
      if (typeof s === 'string') return s;
    } catch {
      /* not JSON-escaped; the quotes are dropped below */
    }
  }
  return v.replace(/^(['"])(.*)\1$/, '$2');
}

/** Paragraphs are runs of non-blank lines; a short single line without final punctuation is a heading. */
function splitBlocks(text: string, from: number): Block[] {
  const blocks: Block[] = [];
  const para = /(?:[^\r\n]*\S[^\r\n]*(?:\r?\n|\r|$))+/g;
  para.lastIndex = from;
  let m: RegExpExecArray | null;
  while ((m = para.exec(text))) {
    if (m[0].length === 0) {
      para.lastIndex++;
      continue;
    }
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/.test(text[start]!)) start++;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    if (end <= start) continue;
    const raw = text.slice(start, end);
    const md = /^#{1,6}[ \t]+/.exec(raw);
    if (md && !raw.includes('\n')) {
      blocks.push({ kind: 'heading', start: start + md[0].length, end });
    } else if (isHeading(raw)) {
      blocks.push({ kind: 'heading', start, end });
    } else {
      blocks.push({ kind: 'paragraph', start, end });
    }
  }
  return blocks;
}

/** Words a title-case heading leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with']);

function isHeading(raw: string): boolean {
  if (raw.includes('\n') || raw.length > MAX_HEADING_CHARS) return false;
  if (/[.!?:;,"”’'…)\]]$/.test(raw)) return false;
  const words = raw.split(/\s+/);
  if (words.length > MAX_HEADING_WORDS || !/\p{L}/u.test(raw)) return false;
  // A line of figures ("Revs 13.6 mln vs 10.6 mln", "Net profit 195,202") states something and
  // can be cited; a heading with a number is written in title case ("Election 2024").
  return !/\d/.test(raw) || words.every((w) => /^[\p{Lu}\d]/u.test(w) || TITLE_SMALL_WORDS.has(w));
}
