// Reads and writes the store file. Its layout lets start-up read only the corpus index and leave
// each document's record (text, tokens, mentions, facts) on disk until an answer needs it:
//
//   "CBSTORE1" | header offset, header length (float64 LE) | per document, what answers read and
//   what only indexing needs (JSON each)
//   | binary sections (little-endian Int32, and the quotes' records) | header (JSON: schema, documents,
//   entities, vocabulary, word relations, section table)
//
// A store that is corrupt, foreign or of another schema is reported as unusable, never trusted.
import { closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync, writevSync } from 'node:fs';
import { dirname } from 'node:path';
import { QUOTE_FIELDS, type CorpusIndex, type DocInfo, type IndexedEntity } from './corpus-index.js';
import { joinRecord, splitRecord, type Rest } from './doc-content.js';
import { STORE_SCHEMA_VERSION, type DocContent, type DocRecord } from './schema.js';

const MAGIC = 'CBSTORE1';
const PREAMBLE = 24;
/** Parts are written a few megabytes (or 512 parts) at a time. */
const WRITE_CHUNK = 4 * 1024 * 1024;

type Span = [offset: number, length: number];
/** `body` holds what answers read (DocContent), `rest` the sentences' tokens and what only rebuilding the index needs. */
type StoredDocInfo = DocInfo & { body: Span; rest: Span };

/** The arrays of the index, by name, as stored in the binary sections. */
const SECTIONS = {
  'quotes.rows': (i: CorpusIndex) => i.quotes.rows,
  'quotes.offsets': (i: CorpusIndex) => i.quotes.offsets,
  'quotes.records': (i: CorpusIndex) => i.quotes.records,
  'sentences.doc': (i: CorpusIndex) => i.sentences.doc,
  'sentences.start': (i: CorpusIndex) => i.sentences.start,
  'sentences.end': (i: CorpusIndex) => i.sentences.end,
  'sentences.paragraph': (i: CorpusIndex) => i.sentences.paragraph,
  'sentences.n': (i: CorpusIndex) => i.sentences.n,
  'postings.offsets': (i: CorpusIndex) => i.postings.offsets,
  'postings.postings': (i: CorpusIndex) => i.postings.postings,
  'postings.lengths': (i: CorpusIndex) => i.postings.lengths,
} as const;
type SectionName = keyof typeof SECTIONS;
/** Sections of bytes; all others are Int32 numbers. */
const BYTE_SECTIONS = new Set<SectionName>(['quotes.records']);

interface Header {
  kind: 'citebot-store';
  schema: number;
  built: string;
  docs: StoredDocInfo[];
  terms: string[];
  vocabulary: CorpusIndex['vocabulary'];
  entities: IndexedEntity[];
  relations: CorpusIndex['relations'];
  sections: Record<SectionName, Span>;
}

/** The fields DocInfo already carries are not stored again; tokens are stored with the rest. */
type Body = Omit<DocContent, 'path' | 'fingerprint' | 'title' | 'meta' | 'tokens'>;

export interface StoreReader {
  index: CorpusIndex;
  /** Reads what answers need of one document. Throws when that part of the file is damaged. */
  readDocument(info: DocInfo): DocContent;
  /** Reads one document's whole record, to index it again. Throws when the file is damaged there. */
  readRecord(info: DocInfo): DocRecord;
}

/** The file descriptor stays open while documents can be read; it is closed once readDocument is collected. */
const openFiles = new FinalizationRegistry<number>((fd) => { try { closeSync(fd); } catch { /* already closed */ } });

export function openStoreFile(path: string): StoreReader | { problem: string } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'no store yet' : `unreadable (${code})` };
  }
  let header: Header;
  try {
    const size = fstatSync(fd).size;
    const pre = readAt(fd, 0, Math.min(PREAMBLE, size));
    if (pre.length < PREAMBLE || pre.toString('latin1', 0, 8) !== MAGIC) { closeSync(fd); return { problem: 'not a citebot store (or a store from an older version)' }; }
    const at = pre.readDoubleLE(8);
    const length = pre.readDoubleLE(16);
    if (!inside([at, length], size)) { closeSync(fd); return { problem: 'corrupt (truncated)' }; }
    const parsed = JSON.parse(readAt(fd, at, length).toString('utf8')) as Partial<Header>;
    const problem = headerProblem(parsed, size);
    if (problem) { closeSync(fd); return { problem }; }
    header = parsed as Header;
  } catch {
    closeSync(fd);
    return { problem: 'corrupt (unreadable header)' };
  }
  const section = (name: SectionName): Int32Array => {
    const [at, length] = header.sections[name];
    const out = new Int32Array(length / 4);
    readSync(fd, out, 0, length, at);
    return out;
  };
  const bytes = (name: SectionName): Uint8Array => readAt(fd, ...header.sections[name]);
  const index: CorpusIndex = {
    docs: header.docs.map(({ body: _, ...info }) => info),
    sentences: { doc: section('sentences.doc'), start: section('sentences.start'), end: section('sentences.end'), paragraph: section('sentences.paragraph'), n: section('sentences.n') },
    postings: { terms: header.terms, offsets: section('postings.offsets'), postings: section('postings.postings'), lengths: section('postings.lengths') },
    vocabulary: header.vocabulary,
    entities: header.entities,
    relations: header.relations,
    quotes: { rows: section('quotes.rows'), offsets: section('quotes.offsets'), records: bytes('quotes.records') },
  };
  const sizeProblem = indexProblem(index);
  if (sizeProblem) { closeSync(fd); return { problem: sizeProblem }; }
  const spans = new Map(header.docs.map((d) => [d.id, d]));
  const damaged = (info: DocInfo) => new Error(`the store file ${path} is damaged (article ${info.id}); run npm run build-store to rebuild it`);
  const part = <T extends { id: string }>(info: DocInfo, which: 'body' | 'rest'): T => {
    const span = spans.get(info.id)?.[which];
    let value: T | null = null;
    try {
      if (span) value = JSON.parse(readAt(fd, span[0], span[1]).toString('utf8')) as T;
    } catch { /* reported below */ }
    if (!value || value.id !== info.id) throw damaged(info);
    return value;
  };
  const readRest = (info: DocInfo, sentences: number): Rest => {
    const rest = part<Rest>(info, 'rest');
    if (!Array.isArray(rest.terms) || rest.terms.length !== sentences || !Array.isArray(rest.tokens) || rest.tokens.length !== sentences) throw damaged(info);
    return rest;
  };
  const readDocument = (info: DocInfo): DocContent => {
    const body = part<Body>(info, 'body');
    if (typeof body.text !== 'string' || !Array.isArray(body.sentences)) throw damaged(info);
    // Completed in place: copying the parsed record with a spread made V8 keep three times as much
    // of each article through young collections.
    const content = body as DocContent;
    content.path = info.path;
    content.fingerprint = info.fingerprint;
    content.title = info.title;
    content.meta = info.meta;
    let tokens: Rest['tokens'] | null = null;
    content.tokens = () => (tokens ??= readRest(info, body.sentences.length).tokens);
    return content;
  };
  const reader: StoreReader = {
    index,
    readDocument,
    readRecord(info) {
      const content = readDocument(info);
      return joinRecord(content, readRest(info, content.sentences.length));
    },
  };
  // Tied to the function, which the engine keeps, rather than to this wrapper object.
  openFiles.register(reader.readDocument, fd);
  return reader;
}

function readAt(fd: number, at: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  const got = readSync(fd, buf, 0, length, at);
  return got === length ? buf : buf.subarray(0, got);
}

const inside = ([at, length]: Span, size: number): boolean => Number.isInteger(at) && Number.isInteger(length) && at >= PREAMBLE && length >= 0 && at + length <= size;

function headerProblem(h: Partial<Header>, size: number): string | null {
  if (!h || typeof h !== 'object' || h.kind !== 'citebot-store') return 'not a citebot store';
  if (h.schema !== STORE_SCHEMA_VERSION) return `schema ${String(h.schema)}, expected ${STORE_SCHEMA_VERSION}`;
  if (!Array.isArray(h.docs) || !h.docs.every((d) => d && typeof d.id === 'string' && typeof d.fingerprint === 'string' && Array.isArray(d.body) && inside(d.body, size) && Array.isArray(d.rest) && inside(d.rest, size) && !!d.meta)) return 'corrupt (malformed documents)';
  if (!Array.isArray(h.terms) || !Array.isArray(h.entities) || !Array.isArray(h.vocabulary?.words) || !h.sections) return 'corrupt (malformed index)';
  const r = h.relations;
  if (!r || ![r.words, r.synonyms, r.derived, r.antonyms].every((a) => Array.isArray(a) && a.length === r.words.length)) return 'corrupt (malformed index)';
  for (const name of Object.keys(SECTIONS) as SectionName[]) {
    const span = h.sections[name];
    if (!Array.isArray(span) || !inside(span, size) || (!BYTE_SECTIONS.has(name) && span[1] % 4 !== 0)) return 'corrupt (malformed index)';
  }
  return null;
}

function indexProblem(i: CorpusIndex): string | null {
  const total = i.docs.reduce((n, d) => n + d.sentenceCount, 0);
  const s = i.sentences;
  const sameLength = [s.doc, s.start, s.end, s.paragraph, s.n, i.postings.lengths].every((a) => a.length === total);
  const { offsets, postings, terms } = i.postings;
  if (!sameLength || offsets.length !== terms.length + 1 || offsets[terms.length] !== postings.length) return 'corrupt (index sizes disagree)';
  const q = i.quotes;
  if (q.rows.length !== (q.offsets.length - 1) * QUOTE_FIELDS || q.offsets[q.offsets.length - 1] !== q.records.length) return 'corrupt (index sizes disagree)';
  // Quotes are looked up by document as runs in corpus order.
  for (let k = QUOTE_FIELDS; k < q.rows.length; k += QUOTE_FIELDS) if (q.rows[k]! < q.rows[k - QUOTE_FIELDS]! || q.rows[k]! >= i.docs.length) return 'corrupt (quotes out of order)';
  return null;
}

/**
 * Written to a temporary file and renamed, so a crash mid-write never leaves a half store.
 * `docs` must be in the order of `index.docs`.
 */
export function writeStoreFile(path: string, index: CorpusIndex, docs: readonly DocRecord[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    let at = PREAMBLE;
    // Parts are gathered and written a few megabytes at a time: one system call per part is slow.
    let pending: Uint8Array[] = [];
    let pendingFrom = at;
    const flush = () => {
      if (pending.length) writevSync(fd, pending, pendingFrom);
      pending = [];
      pendingFrom = at;
    };
    const write = (buf: Uint8Array): Span => {
      const span: Span = [at, buf.byteLength];
      pending.push(buf);
      at += buf.byteLength;
      if (at - pendingFrom > WRITE_CHUNK || pending.length >= 512) flush();
      return span;
    };
    const stored: StoredDocInfo[] = docs.map((d, i) => {
      const { content, rest } = splitRecord(d);
      const { path: _p, fingerprint: _f, title: _t, meta: _m, tokens: _k, ...body } = content;
      return { ...index.docs[i]!, body: write(Buffer.from(JSON.stringify(body satisfies Body))), rest: write(Buffer.from(JSON.stringify(rest))) };
    });
    const sections = {} as Record<SectionName, Span>;
    for (const [name, get] of Object.entries(SECTIONS) as [SectionName, (i: CorpusIndex) => Int32Array | Uint8Array][]) {
      const a = get(index);
      sections[name] = write(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    }
    const header: Header = {
      kind: 'citebot-store', schema: STORE_SCHEMA_VERSION, built: new Date().toISOString(),
      docs: stored, terms: index.postings.terms, vocabulary: index.vocabulary, entities: index.entities, relations: index.relations, sections,
    };
    const [headerAt, headerLength] = write(Buffer.from(JSON.stringify(header)));
    flush();
    const pre = Buffer.alloc(PREAMBLE);
    pre.write(MAGIC, 0, 'latin1');
    pre.writeDoubleLE(headerAt, 8);
    pre.writeDoubleLE(headerLength, 16);
    writeSync(fd, pre, 0, PREAMBLE, 0);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  closeSync(fd);
  renameSync(tmp, path);
}
