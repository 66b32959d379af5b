// Reads and writes the store file. Its layout lets start-up read only the corpus index and leave
// each document's record (text, tokens, mentions, facts) on disk until an answer needs it:
//
//   "CBSTORE2" | header offset, header length (float64 LE), header CRC-32 (uint32 LE), 4 spare bytes
//   | per document, its body (what answers read: numbers, a little JSON, the text; stored-body.ts)
//   and its rest: each sentence's mentions and facts (JSON each, one after another), each
//   sentence's tokens (the same) then what only indexing needs (JSON)
//   | binary sections (little-endian Int32 and Float64 numbers, the quotes' records, and the
//   spelling vocabulary and word relations as JSON) | header (JSON: schema, the document table's
//   text columns, entities, section table, the CRC-32 of every section)
//
// JSON that opening parses is written in ASCII (other characters escaped), so it is read as
// Latin-1, which is quicker than decoding UTF-8.
//
// Opening parses the header and reads the number sections; a document's record, one sentence's
// mentions and facts, one sentence's tokens, an entity's mentions, a quote's record, the vocabulary and the word relations are read
// or decoded when an answer first needs them.
// A store that is corrupt, foreign or of another schema is reported as unusable, never trusted:
// the header and the sections are checked (CRC-32 and ranges) at opening, each record and quote
// when it is read, so a changed byte is never served as an article's words.
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
} from './corpus-index.js';
import { inSentenceOrder, joinRecord, splitRecord, type Rest } from './doc-content.js';
import {
  decodeDocs,
  docColumnsProblem,
  encodeDocs,
  recordPlace,
  type DocColumns,
  type RecordPlace,
  type Span,
} from './stored-docs.js';
import type { DocContent, DocRecord, SentenceParts, SentencePlace, SentenceTokens } from './schema.js';
import { spansProblem } from './stored-tokens.js';
import { decodeBody, encodeBody, PLACE, type Body } from './stored-body.js';
import { storeVersion } from './store-version.js';
import {
  decodeEntities,
  encodeEntities,
  storedEntitiesProblem,
  type EntityColumns,
  type StoredEntities,
} from './stored-entities.js';

const MAGIC = 'CBSTORE2';
const PREAMBLE = 32;
/** Parts are written a few megabytes (or 512 parts) at a time. */
const WRITE_CHUNK = 4 * 1024 * 1024;

/** The Int32 arrays of the index, by name, as stored in the binary sections and read at opening. */
const INT32_SECTIONS = [
  'quotes.rows',
  'quotes.offsets',
  'quotes.checks',
  'sentences.doc',
  'sentences.start',
  'sentences.end',
  'sentences.paragraph',
  'sentences.n',
  'postings.offsets',
  'postings.postings',
  'postings.lengths',
  'entities.mentions.offsets',
  'entities.mentions',
  'entities.docs.offsets',
  'entities.docs',
] as const;
type Int32SectionName = (typeof INT32_SECTIONS)[number];
/**
 * The quotes' records (20 MB at 18k articles) are not read at opening: each is read when a quote
 * is shown, and checked against its own CRC-32 in quotes.checks.
 */
const QUOTE_RECORDS = 'quotes.records';
/** The document table's numbers (stored-docs.ts), Float64: record offsets may pass 2 GB. */
const DOC_NUMBERS = 'docs.numbers';
/**
 * JSON sections read (and checked) at opening but parsed at first use: the spelling vocabulary
 * (the first misspelling, or warm-up) and the word relations (the first paraphrase looked up).
 * Together a sixth of what opening parsed.
 */
const LAZY_JSON = ['vocabulary', 'relations'] as const;
type LazyJsonName = (typeof LAZY_JSON)[number];
type SectionName = Int32SectionName | typeof QUOTE_RECORDS | typeof DOC_NUMBERS | LazyJsonName;
const ALL_SECTIONS: readonly SectionName[] = [...INT32_SECTIONS, QUOTE_RECORDS, DOC_NUMBERS, ...LAZY_JSON];

/** The Int32 sections of an index, its entities as stored, and its quotes' checksums. */
function int32Sections(
  i: CorpusIndex,
  entities: StoredEntities,
  quoteChecks: Int32Array,
): Record<Int32SectionName, Int32Array> {
  return {
    'quotes.rows': i.quotes.rows,
    'quotes.offsets': i.quotes.offsets,
    'quotes.checks': quoteChecks,
    'sentences.doc': i.sentences.doc,
    'sentences.start': i.sentences.start,
    'sentences.end': i.sentences.end,
    'sentences.paragraph': i.sentences.paragraph,
    'sentences.n': i.sentences.n,
    'postings.offsets': i.postings.offsets,
    'postings.postings': i.postings.postings,
    'postings.lengths': i.postings.lengths,
    'entities.mentions.offsets': entities.mentions.offsets,
    'entities.mentions': entities.mentions.values,
    'entities.docs.offsets': entities.docs.offsets,
    'entities.docs': entities.docs.values,
  };
}

interface Header {
  kind: 'citebot-store';
  /** The code's store version (store-version.ts): another one's store is rebuilt. */
  schema: string;
  built: string;
  /** Per document, `body` holds what answers read (DocContent), `rest` the sentences' tokens and what only rebuilding the index needs. */
  docs: DocColumns;
  terms: string[];
  entities: EntityColumns;
  sections: Record<SectionName, Span>;
  /** CRC-32 of each section's bytes. */
  checks: Record<SectionName, number>;
}

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
  const int32 = {} as Record<Int32SectionName, Int32Array>;
  const lazyBytes = {} as Record<LazyJsonName, Buffer>;
  let docNumbers: Float64Array;
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
    const parsed = JSON.parse(headerBytes.toString('latin1')) as Partial<Header>;
    const problem = headerProblem(parsed, size);
    if (problem) return fail(problem);
    header = parsed as Header;
    // Read straight into aligned memory: no copy, and the bytes are checked as stored.
    const read = <T extends Int32Array | Float64Array | Buffer>(name: SectionName, values: T): T | null => {
      const [sAt, sLength] = header.sections[name];
      return readSync(fd, values, 0, sLength, sAt) === sLength && crc32(values) === header.checks[name] ? values : null;
    };
    for (const name of INT32_SECTIONS) {
      const values = read(name, new Int32Array(header.sections[name][1] / 4));
      if (!values) return fail(`corrupt (section ${name} checksum)`);
      int32[name] = values;
    }
    for (const name of LAZY_JSON) {
      const bytes = read(name, Buffer.allocUnsafe(header.sections[name][1]));
      if (!bytes) return fail(`corrupt (section ${name} checksum)`);
      lazyBytes[name] = bytes;
    }
    const numbers = read(DOC_NUMBERS, new Float64Array(header.sections[DOC_NUMBERS][1] / 8));
    if (!numbers) return fail(`corrupt (section ${DOC_NUMBERS} checksum)`);
    const docsProblem = docColumnsProblem(header.docs, numbers, (span) => inside(span, size));
    if (docsProblem) return fail(docsProblem);
    docNumbers = numbers;
  } catch {
    return fail('corrupt (unreadable header)');
  }
  const docs = decodeDocs(header.docs, docNumbers);
  const docPlace = new Map(docs.map((d, k) => [d.id, k]));
  const reported = new Set<string>();
  const damaged = (info: DocInfo): DamagedRecordError => {
    if (!reported.has(info.id)) {
      reported.add(info.id);
      options.onDamage?.(info.id);
    }
    return new DamagedRecordError(info.id);
  };
  const storedEntities: StoredEntities = {
    heads: header.entities,
    mentions: { offsets: int32['entities.mentions.offsets'], values: int32['entities.mentions'] },
    docs: { offsets: int32['entities.docs.offsets'], values: int32['entities.docs'] },
  };
  const entityProblem = storedEntitiesProblem(storedEntities, int32['sentences.doc'].length, docs.length);
  if (entityProblem) return fail(entityProblem);
  const [recordsAt, recordsLength] = header.sections[QUOTE_RECORDS];
  const quoteChecks = int32['quotes.checks'];
  const quoteRows = int32['quotes.rows'];
  const quoteOffsets = int32['quotes.offsets'];
  const quoteRecord = (i: number): Uint8Array => {
    const from = quoteOffsets[i]!;
    const length = quoteOffsets[i + 1]! - from;
    let bytes: Buffer | null = null;
    try {
      bytes = readAt(fd, recordsAt + from, length);
    } catch {
      /* reported below */
    }
    if (bytes?.length !== length || (crc32(bytes) | 0) !== quoteChecks[i]) throw damaged(docs[quoteDoc(quoteRows, i)]!);
    return bytes;
  };
  let vocabulary: CorpusIndex['vocabulary'] | null = null;
  let relations: CorpusIndex['relations'] | null = null;
  /** Parsed once, then its bytes are let go. Checked like the header: its CRC-32 at opening, its shape here. */
  const lazySection = <T>(name: LazyJsonName, problem: (value: Partial<T> | undefined) => boolean): T => {
    const bytes = lazyBytes[name];
    let value: Partial<T> | undefined;
    try {
      value = JSON.parse(bytes.toString('latin1')) as Partial<T>;
    } catch {
      /* reported below */
    }
    if (problem(value)) throw new Error(`the store's ${name} is damaged: delete the store to rebuild it`);
    delete lazyBytes[name];
    return value as T;
  };
  const index: CorpusIndex = {
    docs,
    sentences: {
      doc: int32['sentences.doc'],
      start: int32['sentences.start'],
      end: int32['sentences.end'],
      paragraph: int32['sentences.paragraph'],
      n: int32['sentences.n'],
    },
    postings: {
      terms: header.terms,
      offsets: int32['postings.offsets'],
      postings: int32['postings.postings'],
      lengths: int32['postings.lengths'],
    },
    get vocabulary() {
      return (vocabulary ??= lazySection('vocabulary', vocabularyProblem));
    },
    entities: decodeEntities(
      storedEntities,
      docs.map((d) => d.id),
    ),
    get relations() {
      return (relations ??= lazySection('relations', relationsProblem));
    },
    quotes: { rows: quoteRows, offsets: quoteOffsets, record: quoteRecord },
  };
  if (quoteChecks.length !== quoteOffsets.length - 1 || quoteOffsets[quoteOffsets.length - 1] !== recordsLength)
    return fail('corrupt (index sizes disagree)');
  const rangeProblem = indexProblem(index);
  if (rangeProblem) return fail(rangeProblem);
  const placeOf = (info: DocInfo): RecordPlace | undefined => {
    const k = docPlace.get(info.id);
    return k === undefined ? undefined : recordPlace(docNumbers, k);
  };
  /** Bytes of the file, or null when they cannot be read whole or fail their CRC-32. */
  const checkedBytes = (at: number, length: number, check: number): Buffer | null => {
    try {
      const buf = readAt(fd, at, length);
      return buf.length === length && crc32(buf) === check ? buf : null;
    } catch {
      return null;
    }
  };
  const readBody = (info: DocInfo): Body => {
    const stored = placeOf(info);
    const buf = stored && checkedBytes(stored.body[0], stored.body[1], stored.check[0]);
    const body = buf && decodeBody(buf, info, index.sentences, stored.rest[1]);
    if (!body) throw damaged(info);
    return body;
  };
  /** A sentence's tokens as stored, or null when they fail their checks. */
  const parseTokens = (bytes: Uint8Array, sentence: SentencePlace): SentenceTokens | null => {
    try {
      const t = JSON.parse(
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
      ) as SentenceTokens;
      return typeof t?.words === 'string' && !spansProblem(t, sentence) ? t : null;
    } catch {
      return null;
    }
  };
  /** A sentence's mentions and facts as stored, or null when they fail their checks. */
  const parseParts = (bytes: Uint8Array, i: number, textLength: number): SentenceParts | null => {
    if (bytes.byteLength === 0) return { mentions: [], facts: [] };
    try {
      const t = JSON.parse(
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
      ) as SentenceParts;
      return partsProblem(t, i, textLength) ? null : t;
    } catch {
      return null;
    }
  };
  const readSentenceParts = (info: DocInfo, body: Body, i: number): SentenceParts => {
    const p = body.partPlaces;
    const at = i * PLACE.fields;
    // A sentence that names nothing and states nothing has an empty slice, not read.
    if (p[at + PLACE.length] === 0) return { mentions: [], facts: [] };
    const stored = placeOf(info)!;
    const buf = checkedBytes(stored.rest[0] + p[at + PLACE.offset]!, p[at + PLACE.length]!, p[at + PLACE.check]!);
    const parts = buf && parseParts(buf, i, body.text.length);
    if (!parts) throw damaged(info);
    return parts;
  };
  const readSentenceTokens = (info: DocInfo, body: Body, i: number): SentenceTokens => {
    const stored = placeOf(info)!;
    const at = i * PLACE.fields;
    const p = body.tokenPlaces;
    const buf = checkedBytes(stored.rest[0] + p[at + PLACE.offset]!, p[at + PLACE.length]!, p[at + PLACE.check]!);
    const tokens = buf && body.sentences[i] ? parseTokens(buf, body.sentences[i]) : null;
    if (!tokens) throw damaged(info);
    return tokens;
  };
  /** The whole rest, to index the document again. */
  const readRest = (info: DocInfo, body: Body): Rest => {
    const stored = placeOf(info)!;
    const buf = checkedBytes(stored.rest[0], stored.rest[1], stored.check[1]);
    if (!buf) throw damaged(info);
    const parts: SentenceParts[] = [];
    for (let i = 0; i < body.sentences.length; i++) {
      const at = i * PLACE.fields;
      const from = body.partPlaces[at + PLACE.offset]!;
      const t = parseParts(buf.subarray(from, from + body.partPlaces[at + PLACE.length]!), i, body.text.length);
      if (!t) throw damaged(info);
      parts.push(t);
    }
    const p = body.tokenPlaces;
    const tokens: SentenceTokens[] = [];
    let end = 0;
    for (let i = 0; i < body.sentences.length; i++) {
      const at = i * PLACE.fields;
      const from = p[at + PLACE.offset]!;
      end = from + p[at + PLACE.length]!;
      const t = parseTokens(buf.subarray(from, end), body.sentences[i]!);
      if (!t) throw damaged(info);
      tokens.push(t);
    }
    let rest: Omit<Rest, 'tokens'> | null = null;
    try {
      rest = JSON.parse(buf.subarray(end).toString('utf8')) as Omit<Rest, 'tokens'>;
    } catch {
      /* reported below */
    }
    if (rest?.id !== info.id || !Array.isArray(rest.terms) || rest.terms.length !== body.sentences.length)
      throw damaged(info);
    return { ...rest, parts, tokens };
  };
  const completed = (info: DocInfo, body: Body): DocContent => {
    // Completed in place: copying the parsed record with a spread made V8 keep three times as much
    // of each article through young collections.
    const content = body as unknown as DocContent;
    content.path = info.path;
    content.fingerprint = info.fingerprint;
    content.title = info.title;
    content.meta = info.meta;
    content.sentenceParts = (i) => readSentenceParts(info, body, i);
    content.sentenceTokens = (i) => readSentenceTokens(info, body, i);
    return content;
  };
  const readDocument = (info: DocInfo): DocContent => completed(info, readBody(info));
  const reader: StoreReader = {
    index,
    readDocument,
    readRecord(info) {
      const body = readBody(info);
      const rest = readRest(info, body);
      return joinRecord(completed(info, body), rest);
    },
  };
  // Tied to the function, which the engine keeps, rather than to this wrapper object.
  openFiles.register(reader.readDocument, fd);
  return reader;
}

/** Whether sentence i's stored parts disagree with their record: every mention lies in its text and sentence. */
function partsProblem(t: Partial<SentenceParts> | null, i: number, textLength: number): boolean {
  return (
    !Array.isArray(t?.mentions) ||
    !Array.isArray(t.facts) ||
    !t.mentions.every(
      (m) =>
        Number.isInteger(m.start) &&
        Number.isInteger(m.end) &&
        m.start >= 0 &&
        m.start <= m.end &&
        m.end <= textLength &&
        m.sentence === i,
    ) ||
    !t.facts.every((f) => f.sentence === i)
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
  if (!Array.isArray(h.terms) || !h.entities || typeof h.entities !== 'object' || !h.sections || !h.checks)
    return 'corrupt (malformed index)';
  for (const name of ALL_SECTIONS) {
    const span = h.sections[name];
    if (
      !Array.isArray(span) ||
      !inside(span, size) ||
      (name !== QUOTE_RECORDS &&
        !(LAZY_JSON as readonly string[]).includes(name) &&
        span[1] % (name === DOC_NUMBERS ? 8 : 4) !== 0) ||
      !isCheck(h.checks[name])
    )
      return 'corrupt (malformed index)';
  }
  return null;
}

const vocabularyProblem = (v: Partial<CorpusIndex['vocabulary']> | undefined): boolean =>
  !Array.isArray(v?.words) || !Array.isArray(v.stems) || v.stems.length !== v.words.length;

const relationsProblem = (r: Partial<CorpusIndex['relations']> | undefined): boolean =>
  !r ||
  !Array.isArray(r.words) ||
  ![r.synonyms, r.derived, r.antonyms, r.names, r.broader].every(
    (a) => Array.isArray(a) && a.length === r.words!.length,
  );

/**
 * JSON with every character past ASCII escaped (\uXXXX, per UTF-16 unit), as bytes: it parses to
 * the same value, and reads as Latin-1, which is quicker than decoding UTF-8.
 */
function asciiJson(value: unknown): Buffer {
  const json = JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return Buffer.from(json, 'latin1');
}

/**
 * Every number read from disk is checked against what it indexes, so no lookup can fall outside
 * its table. Plain indexed loops over the typed arrays: this runs over every sentence and posting
 * at each start-up.
 */
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
  const { doc, start, end, paragraph, n } = i.sentences;
  const { offsets, postings, terms, lengths } = i.postings;
  const sameLength = [doc, start, end, paragraph, n, lengths].every((a) => a.length === total);
  if (
    !sameLength ||
    offsets.length !== terms.length + 1 ||
    offsets[0] !== 0 ||
    offsets[terms.length] !== postings.length
  )
    return 'corrupt (index sizes disagree)';
  let gid = 0;
  for (let d = 0; d < docs.length; d++) {
    const paragraphs = docs[d]!.paragraphCount;
    for (const last = gid + docs[d]!.sentenceCount; gid < last; gid++) {
      const from = start[gid]!;
      const p = paragraph[gid]!;
      if (
        doc[gid] !== d ||
        from < 0 ||
        end[gid]! < from ||
        p < 0 ||
        p >= paragraphs ||
        n[gid]! < 1 ||
        lengths[gid]! < 0
      )
        return 'corrupt (sentence table out of range)';
    }
  }
  for (let k = 1; k < offsets.length; k++) if (offsets[k]! < offsets[k - 1]!) return 'corrupt (postings out of order)';
  // An indexed loop: for-of over a typed array ran two to three times slower in this one-shot code.
  // eslint-disable-next-line @typescript-eslint/prefer-for-of
  for (let k = 0; k < postings.length; k++) {
    const p = postings[k]!;
    if (p < 0 || p >= total) return 'corrupt (postings out of range)';
  }
  const q = i.quotes;
  const count = q.offsets.length - 1;
  if (count < 0 || q.rows.length !== count * QUOTE_FIELDS || q.offsets[0] !== 0)
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
    const places: RecordPlace[] = docs.map((d, k) => {
      // Read back per sentence, the record's lists are given back in sentence order.
      if (!inSentenceOrder(d)) throw new Error(`article ${d.id}: mentions or facts out of sentence order`);
      // The body leaves each sentence's place to the index: they must agree.
      if (!placedAsIndexed(d, index, k))
        throw new Error(`article ${d.id}: sentences placed otherwise than the index says`);
      const { content, rest } = splitRecord(d);
      const {
        path: _p,
        fingerprint: _f,
        title: _t,
        meta: _m,
        sentenceTokens: _k,
        sentenceParts: _s,
        sentences: _n,
        ...fields
      } = content;
      const { tokens, parts, ...indexOnly } = rest;
      const slices: Buffer[] = [];
      let offset = 0;
      const placed = (bytes: Buffer[]): number[] => {
        const places: number[] = [];
        for (const b of bytes) {
          places.push(offset, b.length, crc32(b));
          offset += b.length;
          slices.push(b);
        }
        return places;
      };
      const none = (p: SentenceParts) => p.mentions.length === 0 && p.facts.length === 0;
      const partPlaces = placed(parts.map((p) => Buffer.from(none(p) ? '' : JSON.stringify(p))));
      const tokenPlaces = placed(tokens.map((t) => Buffer.from(JSON.stringify(t))));
      const bodyBytes = encodeBody({ ...fields, partPlaces, tokenPlaces });
      const restBytes = Buffer.concat([...slices, Buffer.from(JSON.stringify(indexOnly))]);
      return { body: write(bodyBytes), rest: write(restBytes), check: [crc32(bodyBytes), crc32(restBytes)] };
    });
    const docTable = encodeDocs(index.docs, places);
    const sections = {} as Record<SectionName, Span>;
    const checks = {} as Record<SectionName, number>;
    const section = (name: SectionName, bytes: Uint8Array) => {
      sections[name] = write(bytes);
      checks[name] = crc32(bytes);
    };
    const entities = encodeEntities(
      index.entities,
      index.docs.map((d) => d.id),
    );
    const records = Array.from({ length: index.quotes.offsets.length - 1 }, (_, i) => index.quotes.record(i));
    const quoteChecks = Int32Array.from(records, (r) => crc32(r) | 0);
    for (const [name, a] of Object.entries(int32Sections(index, entities, quoteChecks)) as [
      Int32SectionName,
      Int32Array,
    ][])
      section(name, new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    section(QUOTE_RECORDS, Buffer.concat(records));
    section(DOC_NUMBERS, new Uint8Array(docTable.numbers.buffer));
    section('vocabulary', asciiJson(index.vocabulary));
    section('relations', asciiJson(index.relations));
    const header: Header = {
      kind: 'citebot-store',
      schema: storeVersion(),
      built: new Date().toISOString(),
      docs: docTable.columns,
      terms: index.postings.terms,
      entities: entities.heads,
      sections,
      checks,
    };
    const headerBytes = asciiJson(header);
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

/** Whether document k's sentences stand where the index's sentence table puts them. */
function placedAsIndexed(d: DocRecord, index: CorpusIndex, k: number): boolean {
  const info = index.docs[k]!;
  const t = index.sentences;
  return (
    info.id === d.id &&
    info.sentenceCount === d.sentences.length &&
    d.sentences.every((s, i) => {
      const g = info.firstGid + i;
      return s.start === t.start[g] && s.end === t.end[g] && s.paragraph === t.paragraph[g] && s.n === t.n[g];
    })
  );
}

/** writev may write less than asked (a full disk, a signal): the rest is written until done or it throws. */
function writeAllV(fd: number, parts: Uint8Array[], position: number): void {
  let written = writevSync(fd, parts, position);
  const total = parts.reduce((n, p) => n + p.byteLength, 0);
  if (written === total) return;
  const all = Buffer.concat(parts);
  while (written < total) written += writeSync(fd, all, written, total - written, position + written);
}
