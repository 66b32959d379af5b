// Reads and writes the store file. Its layout lets start-up read only the corpus index and leave
// each document's record (text, tokens, mentions, facts) on disk until an answer needs it:
//
//   "CBSTORE2" | header offset, header length (float64 LE), header CRC-32 (uint32 LE), 4 spare bytes
//   | per document, what answers read and what only indexing needs (JSON each)
//   | binary sections (little-endian Int32, and the quotes' records) | header (JSON: schema, documents,
//   entities, vocabulary, word relations, section table, the CRC-32 of every section and record)
//
// A store that is corrupt, foreign or of another schema is reported as unusable, never trusted:
// the header and the sections are checked (CRC-32 and ranges) at opening, each record when it is
// read, so a changed byte is never served as an article's words.
import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fstatSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeSync,
  writevSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import {
  QUOTE_FIELDS,
  quoteDoc,
  quoteFirstGid,
  quoteLastGid,
  quoteSpeaker,
  type CorpusIndex,
  type DocInfo,
  type IndexedEntity,
} from './corpus-index.js';
import { joinRecord, splitRecord, type Rest } from './doc-content.js';
import type { DocContent, DocRecord } from './schema.js';
import { storeVersion } from './store-version.js';

const MAGIC = 'CBSTORE2';
const PREAMBLE = 32;
/** Parts are written a few megabytes (or 512 parts) at a time. */
const WRITE_CHUNK = 4 * 1024 * 1024;

type Span = [offset: number, length: number];
/** `body` holds what answers read (DocContent), `rest` the sentences' tokens and what only rebuilding the index needs. */
type StoredDocInfo = DocInfo & { body: Span; rest: Span; check: [body: number, rest: number] };

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
  /** The code's store version (store-version.ts): another one's store is rebuilt. */
  schema: string;
  built: string;
  docs: StoredDocInfo[];
  terms: string[];
  vocabulary: CorpusIndex['vocabulary'];
  entities: IndexedEntity[];
  relations: CorpusIndex['relations'];
  sections: Record<SectionName, Span>;
  /** CRC-32 of each section's bytes. */
  checks: Record<SectionName, number>;
}

/** The fields DocInfo already carries are not stored again; tokens are stored with the rest. */
type Body = Omit<DocContent, 'path' | 'fingerprint' | 'title' | 'meta' | 'tokens'>;

export interface StoreReader {
  index: CorpusIndex;
  /** Reads what answers need of one document. Throws DamagedRecordError when that part of the file is damaged. */
  readDocument: (info: DocInfo) => DocContent;
  /** Reads one document's whole record, to index it again. Throws DamagedRecordError when the file is damaged there. */
  readRecord: (info: DocInfo) => DocRecord;
}

/**
 * A record that failed its checksum or range checks. The message names the article only: it
 * may reach Discord members, who must not see the server's paths.
 */
export class DamagedRecordError extends Error {
  constructor(readonly doc: string) {
    super(`the stored copy of article ${doc} is damaged; it is being rebuilt, try again shortly`);
    this.name = 'DamagedRecordError';
  }
}

export interface OpenStoreOptions {
  /** Told of each damaged record found while serving (once per article), so it can be rebuilt. */
  onDamage?: (doc: string) => void;
}

/** The file descriptor stays open while documents can be read; it is closed once readDocument is collected. */
const openFiles = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    /* already closed */
  }
});

export function openStoreFile(path: string, options: OpenStoreOptions = {}): StoreReader | { problem: string } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'no store yet' : `unreadable (${code})` };
  }
  const fail = (problem: string) => {
    closeSync(fd);
    return { problem };
  };
  let header: Header;
  const raw = {} as Record<SectionName, Buffer>;
  try {
    const size = fstatSync(fd).size;
    const pre = readAt(fd, 0, Math.min(PREAMBLE, size));
    if (pre.length < PREAMBLE || pre.toString('latin1', 0, 8) !== MAGIC)
      return fail('not a citebot store (or a store from an older version)');
    const at = pre.readDoubleLE(8);
    const length = pre.readDoubleLE(16);
    if (!inside([at, length], size)) return fail('corrupt (truncated)');
    const headerBytes = readAt(fd, at, length);
    if (crc32(headerBytes) !== pre.readUInt32LE(24)) return fail('corrupt (header checksum)');
    const parsed = JSON.parse(headerBytes.toString('utf8')) as Partial<Header>;
    const problem = headerProblem(parsed, size);
    if (problem) return fail(problem);
    header = parsed as Header;
    for (const name of Object.keys(SECTIONS) as SectionName[]) {
      const [sAt, sLength] = header.sections[name];
      // Int32 sections are copied into aligned memory below; the bytes are checked as stored.
      const buf = readAt(fd, sAt, sLength);
      if (buf.length !== sLength || crc32(buf) !== header.checks[name])
        return fail(`corrupt (section ${name} checksum)`);
      raw[name] = buf;
    }
  } catch {
    return fail('corrupt (unreadable header)');
  }
  const section = (name: SectionName): Int32Array => {
    const buf = raw[name];
    const out = new Int32Array(buf.length / 4);
    new Uint8Array(out.buffer).set(buf);
    return out;
  };
  const index: CorpusIndex = {
    docs: header.docs.map(({ body: _, rest: _r, check: _c, ...info }) => info),
    sentences: {
      doc: section('sentences.doc'),
      start: section('sentences.start'),
      end: section('sentences.end'),
      paragraph: section('sentences.paragraph'),
      n: section('sentences.n'),
    },
    postings: {
      terms: header.terms,
      offsets: section('postings.offsets'),
      postings: section('postings.postings'),
      lengths: section('postings.lengths'),
    },
    vocabulary: header.vocabulary,
    entities: header.entities,
    relations: header.relations,
    quotes: { rows: section('quotes.rows'), offsets: section('quotes.offsets'), records: raw['quotes.records'] },
  };
  const rangeProblem = indexProblem(index);
  if (rangeProblem) return fail(rangeProblem);
  const spans = new Map(header.docs.map((d) => [d.id, d]));
  const reported = new Set<string>();
  const damaged = (info: DocInfo): DamagedRecordError => {
    if (!reported.has(info.id)) {
      reported.add(info.id);
      options.onDamage?.(info.id);
    }
    return new DamagedRecordError(info.id);
  };
  const part = <T extends { id: string }>(info: DocInfo, which: 'body' | 'rest'): T => {
    const stored = spans.get(info.id);
    let value: T | null = null;
    try {
      if (stored) {
        const buf = readAt(fd, stored[which][0], stored[which][1]);
        if (buf.length === stored[which][1] && crc32(buf) === stored.check[which === 'body' ? 0 : 1])
          value = JSON.parse(buf.toString('utf8')) as T;
      }
    } catch {
      /* reported below */
    }
    if (!value || value.id !== info.id) throw damaged(info);
    return value;
  };
  const readRest = (info: DocInfo, sentences: number): Rest => {
    const rest = part<Rest>(info, 'rest');
    if (
      !Array.isArray(rest.terms) ||
      rest.terms.length !== sentences ||
      !Array.isArray(rest.tokens) ||
      rest.tokens.length !== sentences
    )
      throw damaged(info);
    return rest;
  };
  const readDocument = (info: DocInfo): DocContent => {
    const body = part<Body>(info, 'body');
    if (bodyProblem(body, info, index)) throw damaged(info);
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

/**
 * Whether a record read from disk disagrees with the index or with itself: every offset must lie
 * in its text and every sentence must be where the index says, or an answer would slice words
 * the article does not hold.
 */
function bodyProblem(body: Body, info: DocInfo, index: CorpusIndex): boolean {
  if (
    typeof body.text !== 'string' ||
    !Array.isArray(body.sentences) ||
    !Array.isArray(body.paragraphs) ||
    !Array.isArray(body.mentions) ||
    !Array.isArray(body.headings)
  )
    return true;
  const size = body.text.length;
  const within = (x: { start: unknown; end: unknown }) =>
    Number.isInteger(x.start) &&
    Number.isInteger(x.end) &&
    (x.start as number) >= 0 &&
    (x.start as number) <= (x.end as number) &&
    (x.end as number) <= size;
  if (body.sentences.length !== info.sentenceCount || body.paragraphs.length !== info.paragraphCount) return true;
  const t = index.sentences;
  for (let i = 0; i < body.sentences.length; i++) {
    const s = body.sentences[i]!;
    const g = info.firstGid + i;
    if (!within(s) || s.start !== t.start[g] || s.end !== t.end[g] || s.paragraph !== t.paragraph[g]) return true;
  }
  return (
    !body.paragraphs.every(within) ||
    !body.headings.every(within) ||
    !body.mentions.every((m) => within(m) && m.sentence >= 0 && m.sentence < info.sentenceCount)
  );
}

function readAt(fd: number, at: number, length: number): Buffer {
  const buf = Buffer.allocUnsafe(length);
  const got = readSync(fd, buf, 0, length, at);
  return got === length ? buf : buf.subarray(0, got);
}

const inside = ([at, length]: Span, size: number): boolean =>
  Number.isInteger(at) && Number.isInteger(length) && at >= PREAMBLE && length >= 0 && at + length <= size;

const isCheck = (x: unknown): boolean => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 0xffffffff;

function headerProblem(h: Partial<Header>, size: number): string | null {
  if (!h || typeof h !== 'object' || h.kind !== 'citebot-store') return 'not a citebot store';
  if (h.schema !== storeVersion())
    return `built by other code (store version ${String(h.schema)}, this code's is ${storeVersion()})`;
  if (
    !Array.isArray(h.docs) ||
    !h.docs.every(
      (d) =>
        d &&
        typeof d.id === 'string' &&
        typeof d.fingerprint === 'string' &&
        typeof d.title === 'string' &&
        Array.isArray(d.body) &&
        inside(d.body, size) &&
        Array.isArray(d.rest) &&
        inside(d.rest, size) &&
        Array.isArray(d.check) &&
        d.check.length === 2 &&
        d.check.every(isCheck) &&
        !!d.meta &&
        typeof d.meta === 'object',
    )
  )
    return 'corrupt (malformed documents)';
  if (
    !Array.isArray(h.terms) ||
    !Array.isArray(h.entities) ||
    !Array.isArray(h.vocabulary?.words) ||
    !Array.isArray(h.vocabulary?.stems) ||
    h.vocabulary.stems.length !== h.vocabulary.words.length ||
    !h.sections ||
    !h.checks
  )
    return 'corrupt (malformed index)';
  const r = h.relations;
  if (!r || ![r.words, r.synonyms, r.derived, r.antonyms].every((a) => Array.isArray(a) && a.length === r.words.length))
    return 'corrupt (malformed index)';
  for (const name of Object.keys(SECTIONS) as SectionName[]) {
    const span = h.sections[name];
    if (
      !Array.isArray(span) ||
      !inside(span, size) ||
      (!BYTE_SECTIONS.has(name) && span[1] % 4 !== 0) ||
      !isCheck(h.checks[name])
    )
      return 'corrupt (malformed index)';
  }
  return null;
}

/** Every number read from disk is checked against what it indexes, so no lookup can fall outside its table. */
function indexProblem(i: CorpusIndex): string | null {
  const docs = i.docs;
  let total = 0;
  for (const d of docs) {
    if (
      d.firstGid !== total ||
      !isCount(d.sentenceCount) ||
      !isCount(d.paragraphCount) ||
      !isCount(d.quoteCount) ||
      !isCount(d.entityCount)
    )
      return 'corrupt (document table)';
    total += d.sentenceCount;
  }
  const s = i.sentences;
  const sameLength = [s.doc, s.start, s.end, s.paragraph, s.n, i.postings.lengths].every((a) => a.length === total);
  const { offsets, postings, terms } = i.postings;
  if (
    !sameLength ||
    offsets.length !== terms.length + 1 ||
    offsets[0] !== 0 ||
    offsets[terms.length] !== postings.length
  )
    return 'corrupt (index sizes disagree)';
  let gid = 0;
  for (let d = 0; d < docs.length; d++) {
    for (let end = gid + docs[d]!.sentenceCount; gid < end; gid++) {
      if (
        s.doc[gid] !== d ||
        s.start[gid]! < 0 ||
        s.end[gid]! < s.start[gid]! ||
        s.paragraph[gid]! < 0 ||
        s.paragraph[gid]! >= docs[d]!.paragraphCount ||
        s.n[gid]! < 1 ||
        i.postings.lengths[gid]! < 0
      )
        return 'corrupt (sentence table out of range)';
    }
  }
  for (let k = 1; k < offsets.length; k++) if (offsets[k]! < offsets[k - 1]!) return 'corrupt (postings out of order)';
  for (const p of postings) if (p < 0 || p >= total) return 'corrupt (postings out of range)';
  for (const e of i.entities) {
    if (
      !e ||
      typeof e.id !== 'string' ||
      typeof e.name !== 'string' ||
      !Array.isArray(e.keys) ||
      e.keys.length === 0 ||
      !Array.isArray(e.mentions) ||
      !Array.isArray(e.docs) ||
      !Array.isArray(e.aliases) ||
      !Array.isArray(e.roles)
    )
      return 'corrupt (entities)';
    for (const m of e.mentions)
      if (!Number.isInteger(m) || m < 0 || m >= total) return 'corrupt (entities out of range)';
  }
  const q = i.quotes;
  const count = q.offsets.length - 1;
  if (
    count < 0 ||
    q.rows.length !== count * QUOTE_FIELDS ||
    q.offsets[0] !== 0 ||
    q.offsets[count] !== q.records.length
  )
    return 'corrupt (index sizes disagree)';
  for (let k = 0; k < count; k++) {
    const doc = quoteDoc(q.rows, k);
    // Quotes are looked up by document as runs in corpus order.
    if (doc < 0 || doc >= docs.length || (k > 0 && doc < quoteDoc(q.rows, k - 1)))
      return 'corrupt (quotes out of order)';
    const from = docs[doc]!.firstGid;
    const to = from + docs[doc]!.sentenceCount;
    const first = quoteFirstGid(q.rows, k);
    const last = quoteLastGid(q.rows, k);
    const speaker = quoteSpeaker(q.rows, k);
    if (
      first < from ||
      last < first ||
      last >= to ||
      speaker < -1 ||
      speaker >= i.entities.length ||
      q.offsets[k + 1]! < q.offsets[k]!
    )
      return 'corrupt (quotes out of range)';
  }
  return null;
}

const isCount = (n: unknown): boolean => Number.isInteger(n) && (n as number) >= 0;

/** Where the store is written before it is renamed into place: unique, as containers sharing a volume may all be PID 1. */
export function temporaryStorePath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Written to a temporary file, synced, and renamed, so a crash mid-write never leaves a half
 * store and the temporary file never outlives a failure. `docs` must be in the order of `index.docs`.
 */
export function writeStoreFile(path: string, index: CorpusIndex, docs: readonly DocRecord[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = temporaryStorePath(path);
  let fd: number | null = openSync(tmp, 'wx');
  try {
    const out = fd;
    let at = PREAMBLE;
    // Parts are gathered and written a few megabytes at a time: one system call per part is slow.
    let pending: Uint8Array[] = [];
    let pendingFrom = at;
    const flush = () => {
      if (pending.length) writeAllV(out, pending, pendingFrom);
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
      const bodyBytes = Buffer.from(JSON.stringify(body satisfies Body));
      const restBytes = Buffer.from(JSON.stringify(rest));
      return {
        ...index.docs[i]!,
        body: write(bodyBytes),
        rest: write(restBytes),
        check: [crc32(bodyBytes), crc32(restBytes)],
      };
    });
    const sections = {} as Record<SectionName, Span>;
    const checks = {} as Record<SectionName, number>;
    for (const [name, get] of Object.entries(SECTIONS) as [
      SectionName,
      (i: CorpusIndex) => Int32Array | Uint8Array,
    ][]) {
      const a = get(index);
      const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      sections[name] = write(bytes);
      checks[name] = crc32(bytes);
    }
    const header: Header = {
      kind: 'citebot-store',
      schema: storeVersion(),
      built: new Date().toISOString(),
      docs: stored,
      terms: index.postings.terms,
      vocabulary: index.vocabulary,
      entities: index.entities,
      relations: index.relations,
      sections,
      checks,
    };
    const headerBytes = Buffer.from(JSON.stringify(header));
    const [headerAt, headerLength] = write(headerBytes);
    flush();
    const pre = Buffer.alloc(PREAMBLE);
    pre.write(MAGIC, 0, 'latin1');
    pre.writeDoubleLE(headerAt, 8);
    pre.writeDoubleLE(headerLength, 16);
    pre.writeUInt32LE(crc32(headerBytes), 24);
    writeSync(out, pre, 0, PREAMBLE, 0);
    // On disk before the rename, so a power cut never leaves a renamed but empty store.
    fsyncSync(out);
    closeSync(out);
    fd = null;
    renameSync(tmp, path);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** writev may write less than asked (a full disk, a signal): the rest is written until done or it throws. */
function writeAllV(fd: number, parts: Uint8Array[], position: number): void {
  let written = writevSync(fd, parts, position);
  const total = parts.reduce((n, p) => n + p.byteLength, 0);
  if (written === total) return;
  const all = Buffer.concat(parts);
  while (written < total) written += writeSync(fd, all, written, total - written, position + written);
}
