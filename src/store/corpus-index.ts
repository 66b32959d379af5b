// What the whole corpus needs at start-up, computed once when the store is written: documents in
// corpus order, a sentence table, BM25 postings, the spelling vocabulary, entities merged across
// documents, every quote and the WordNet relations of the articles' words. Documents' own records (text, tokens, mentions, facts) stay out of
// it and are read only when an answer needs them. Pure: records in, index out.
import { nameKey } from '../text/name-key.js';
import type { EntityType } from '../extract/mentions.js';
import type { DocRecord } from './schema.js';
import { columnValues } from './stored-tokens.js';
import { wordRelationTable, type WordRelationTable } from './word-relations.js';

/** A document as the corpus lists it, without its text and tokens. */
export interface DocInfo {
  id: string;
  path: string;
  fingerprint: string;
  title: string;
  meta: DocRecord['meta'];
  /** Global number of its first sentence, and how many it has. */
  firstGid: number;
  sentenceCount: number;
  paragraphCount: number;
  quoteCount: number;
  entityCount: number;
  /** Size and modification time of the file it was built from: unchanged, the file is not read again. */
  file?: FileStamp;
}

export interface FileStamp {
  size: number;
  mtimeMs: number;
}

export interface IndexedEntity {
  /** `person:`, `place:` or `org:` plus the name key: the same key in two articles is one entity. */
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  /** nameKey of the name, then of each alias, so loading does not normalise every name again. */
  keys: string[];
  roles: { text: string; doc: string }[];
  docs: string[];
  /** The sentence (global number) of every mention, in corpus order. */
  mentions: number[];
}

/**
 * Every quote, in corpus order. The lookups (document, sentences, speaker) are numbers, read at
 * start-up; a quote's record is JSON, read (from the store file) and decoded only when an answer
 * shows it.
 */
export interface QuoteTable {
  /** QUOTE_FIELDS numbers per quote, read through quoteDoc, quoteFirstGid, quoteLastGid and quoteSpeaker. */
  rows: Int32Array;
  /** The quotes' records lie one after another; quote i is bytes offsets[i] .. offsets[i+1]. */
  offsets: Int32Array;
  /** Quote i's record, QuoteRecord as JSON bytes. A stored one throws DamagedRecordError when its bytes fail their check. */
  record: (i: number) => Uint8Array;
}

/** Numbers per quote in QuoteTable.rows, at these places: */
export const QUOTE_FIELDS = 4;
const DOC = 0;
const FIRST_GID = 1;
const LAST_GID = 2;
const SPEAKER = 3;

/** Quote i's document, by its place in the corpus. */
export const quoteDoc = (rows: Int32Array, i: number): number => rows[i * QUOTE_FIELDS + DOC]!;
/** The global number of the sentence quote i starts in. */
export const quoteFirstGid = (rows: Int32Array, i: number): number => rows[i * QUOTE_FIELDS + FIRST_GID]!;
/** The global number of the sentence quote i ends in. */
export const quoteLastGid = (rows: Int32Array, i: number): number => rows[i * QUOTE_FIELDS + LAST_GID]!;
/** Quote i's speaker, by its place in CorpusIndex.entities, or -1 when none is resolved. */
export const quoteSpeaker = (rows: Int32Array, i: number): number => rows[i * QUOTE_FIELDS + SPEAKER]!;

/** Appends a quote's row, its numbers in the places the readers above expect. */
function pushQuoteRow(rows: number[], doc: number, firstGid: number, lastGid: number, speaker: number): void {
  const at = rows.length;
  for (let k = 0; k < QUOTE_FIELDS; k++) rows.push(0);
  rows[at + DOC] = doc;
  rows[at + FIRST_GID] = firstGid;
  rows[at + LAST_GID] = lastGid;
  rows[at + SPEAKER] = speaker;
}

/** Per global sentence number. */
export interface SentenceTable {
  doc: Int32Array;
  start: Int32Array;
  end: Int32Array;
  paragraph: Int32Array;
  n: Int32Array;
}

/** BM25 postings: for term i, postings[offsets[i] .. offsets[i+1]) holds one sentence number per occurrence. */
export interface Postings {
  terms: string[];
  offsets: Int32Array;
  postings: Int32Array;
  /** Index terms per sentence. */
  lengths: Int32Array;
}

export interface CorpusIndex {
  docs: DocInfo[];
  sentences: SentenceTable;
  postings: Postings;
  /** Lower-cased indexed words and the stems each was seen with (space-joined), for spelling correction. */
  vocabulary: { words: string[]; stems: string[] };
  entities: IndexedEntity[];
  quotes: QuoteTable;
  /** WordNet's synonyms, derivations and antonyms, reduced to the articles' lemmas. */
  relations: WordRelationTable;
}

/** Newest article first, so lists across the corpus read like a news feed. */
export function corpusOrder(docs: readonly DocRecord[]): DocRecord[] {
  return [...docs].sort((a, b) => (b.meta.date ?? '').localeCompare(a.meta.date ?? '') || a.id.localeCompare(b.id));
}

/** The global id of a document's local entity: one id per name key and kind across articles. */
export function globalEntityId(type: EntityType, key: string): string {
  const group = type === 'person' ? 'person' : type === 'place' ? 'place' : 'org';
  return `${group}:${key}`;
}

/** `docs` must already be in corpus order (see corpusOrder). */
export function indexDocuments(docs: readonly DocRecord[]): CorpusIndex {
  const infos: DocInfo[] = [];
  let total = 0;
  for (const d of docs) {
    infos.push({
      id: d.id,
      path: d.path,
      fingerprint: d.fingerprint,
      title: d.title,
      meta: d.meta,
      firstGid: total,
      sentenceCount: d.sentences.length,
      paragraphCount: d.paragraphs.length,
      quoteCount: d.quotes.length,
      entityCount: d.entities.length,
    });
    total += d.sentences.length;
  }
  return {
    docs: infos,
    sentences: sentenceTable(docs, total),
    ...termIndex(docs, total),
    ...entitiesAndQuotes(docs, infos),
    relations: wordRelationTable(docs),
  };
}

function sentenceTable(docs: readonly DocRecord[], total: number): SentenceTable {
  const t: SentenceTable = {
    doc: new Int32Array(total),
    start: new Int32Array(total),
    end: new Int32Array(total),
    paragraph: new Int32Array(total),
    n: new Int32Array(total),
  };
  let gid = 0;
  docs.forEach((d, di) => {
    for (const s of d.sentences) {
      t.doc[gid] = di;
      t.start[gid] = s.start;
      t.end[gid] = s.end;
      t.paragraph[gid] = s.paragraph;
      t.n[gid] = s.n;
      gid++;
    }
  });
  return t;
}

function termIndex(docs: readonly DocRecord[], total: number): Pick<CorpusIndex, 'postings' | 'vocabulary'> {
  const lists = new Map<string, number[]>();
  const lengths = new Int32Array(total);
  const vocabulary = new Map<string, Set<string>>();
  let gid = 0;
  for (const d of docs)
    for (const s of d.sentences) {
      const terms = s.terms ? s.terms.split(' ') : [];
      for (const t of terms) {
        // Term frequency is kept by repeating the sentence number.
        const list = lists.get(t);
        if (list) list.push(gid);
        else lists.set(t, [gid]);
      }
      lengths[gid] = terms.length;
      gid++;
    }
  // Every word whose stem is indexed somewhere, so a misspelling can be corrected to it.
  for (const d of docs)
    for (const s of d.sentences) {
      const words = columnValues(s.words);
      columnValues(s.stems).forEach((st, i) => {
        if (!lists.has(st)) return;
        const w = words[i]!.toLowerCase();
        const set = vocabulary.get(w);
        if (set) set.add(st);
        else vocabulary.set(w, new Set([st]));
      });
    }
  const terms = [...lists.keys()];
  const offsets = new Int32Array(terms.length + 1);
  const postings = new Int32Array([...lists.values()].reduce((n, l) => n + l.length, 0));
  let at = 0;
  terms.forEach((t, i) => {
    offsets[i] = at;
    postings.set(lists.get(t)!, at);
    at += lists.get(t)!.length;
  });
  offsets[terms.length] = at;
  return {
    postings: { terms, offsets, postings, lengths },
    vocabulary: { words: [...vocabulary.keys()], stems: [...vocabulary.values()].map((s) => [...s].join(' ')) },
  };
}

function entitiesAndQuotes(docs: readonly DocRecord[], infos: DocInfo[]): Pick<CorpusIndex, 'entities' | 'quotes'> {
  const byId = new Map<string, IndexedEntity>();
  const number = new Map<string, number>();
  const rows: number[] = [];
  const records: string[] = [];
  docs.forEach((doc, di) => {
    const base = infos[di]!.firstGid;
    const localToGlobal = new Map<string, string>();
    for (const e of doc.entities) {
      const id = globalEntityId(e.type, e.key);
      localToGlobal.set(e.key, id);
      let g = byId.get(id);
      if (!g) {
        g = { id, name: e.name, type: e.type, aliases: [], keys: [nameKey(e.name)], roles: [], docs: [], mentions: [] };
        number.set(id, byId.size);
        byId.set(id, g);
      }
      if (g.docs[g.docs.length - 1] !== doc.id) g.docs.push(doc.id);
      for (const a of e.aliases)
        if (!g.aliases.includes(a)) {
          g.aliases.push(a);
          g.keys.push(nameKey(a));
        }
      for (const r of e.roles) if (!g.roles.some((x) => x.text === r)) g.roles.push({ text: r, doc: doc.id });
      for (const m of e.mentions) g.mentions.push(base + m.sentence);
    }
    for (const q of doc.quotes) {
      let last = q.sentence;
      while (last + 1 < doc.sentences.length && doc.sentences[last + 1]!.start < q.end) last++;
      const speaker = q.speaker ? localToGlobal.get(q.speaker) : undefined;
      pushQuoteRow(rows, di, base + q.sentence, base + last, speaker === undefined ? -1 : number.get(speaker)!);
      records.push(JSON.stringify(q));
    }
  });
  const offsets = new Int32Array(records.length + 1);
  const encoded = records.map((r) => Buffer.from(r));
  encoded.forEach((b, i) => {
    offsets[i + 1] = offsets[i]! + b.length;
  });
  const bytes = Buffer.concat(encoded);
  return {
    entities: [...byId.values()],
    quotes: { rows: Int32Array.from(rows), offsets, record: (i) => bytes.subarray(offsets[i], offsets[i + 1]) },
  };
}
