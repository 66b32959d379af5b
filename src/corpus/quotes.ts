// Every quote of the corpus, read from the store's quote table: which document and sentences
// each stands in and who speaks it are numbers read at start-up; a quote's record is decoded
// from JSON only when an answer shows it, and kept.
import type { QuoteRecord } from '../extract/quotes.js';
import {
  quoteDoc,
  quoteFirstGid,
  quoteLastGid,
  quoteSpeaker,
  type DocInfo,
  type IndexedEntity,
  type QuoteTable,
} from '../store/corpus-index.js';

/** A stored quote: `gid` is the sentence it starts in, `lastGid` the one it ends in. */
export interface Quote extends QuoteRecord {
  id: string;
  docId: string;
  gid: number;
  lastGid: number;
  speakerId: string | null;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Quotes by their number in corpus order, by speaker and by document. */
export class Quotes {
  /** Entities that speak somewhere, most mentioned first. */
  readonly speakers: IndexedEntity[] = [];
  /** Quote numbers by speaker entity id, in corpus order. */
  private readonly bySpeaker = new Map<string, number[]>();
  /** Document i's quotes are numbers firstQuote[i] to firstQuote[i + 1] - 1: quotes are stored in corpus order. */
  private readonly firstQuote: Int32Array;
  /** Quotes decoded so far (see CORPUS_CACHES.quotes in caches.ts). */
  private readonly decoded = new Map<number, Quote>();

  constructor(
    private readonly table: QuoteTable,
    private readonly docs: readonly DocInfo[],
    private readonly entities: readonly IndexedEntity[],
    entityById: Map<string, IndexedEntity>,
  ) {
    const { rows } = table;
    this.firstQuote = new Int32Array(docs.length + 1);
    for (let i = 0; i < this.count; i++) this.firstQuote[quoteDoc(rows, i) + 1]!++;
    for (let d = 0; d < docs.length; d++) this.firstQuote[d + 1]! += this.firstQuote[d]!;
    for (let i = 0; i < this.count; i++) {
      const speaker = quoteSpeaker(rows, i);
      if (speaker >= 0) push(this.bySpeaker, entities[speaker]!.id, i);
    }
    for (const id of this.bySpeaker.keys()) this.speakers.push(entityById.get(id)!);
    this.bySpeaker.forEach((numbers) => numbers.sort((a, b) => a - b));
    this.speakers.sort((a, b) => b.mentions.length - a.mentions.length);
  }

  get count(): number {
    return this.table.offsets.length - 1;
  }

  /** Quote number i (corpus order), decoded from the store on first use. */
  quote(i: number): Quote {
    let q = this.decoded.get(i);
    if (!q) {
      const { rows } = this.table;
      const bytes = this.table.record(i);
      const record = JSON.parse(
        Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8'),
      ) as QuoteRecord;
      const doc = this.docs[quoteDoc(rows, i)]!;
      const speaker = quoteSpeaker(rows, i);
      const n = i - this.firstQuote[quoteDoc(rows, i)]! + 1;
      q = {
        ...record,
        id: `${doc.id}:q${n}`,
        docId: doc.id,
        gid: quoteFirstGid(rows, i),
        lastGid: quoteLastGid(rows, i),
        speakerId: speaker >= 0 ? this.entities[speaker]!.id : null,
      };
      this.decoded.set(i, q);
    }
    return q;
  }

  /** Whether an entity is quoted (in one document, if given). */
  speaks(entityId: string, doc?: string): boolean {
    const numbers = this.bySpeaker.get(entityId) ?? [];
    return doc ? numbers.some((i) => this.docs[quoteDoc(this.table.rows, i)]!.id === doc) : numbers.length > 0;
  }

  /** The numbers of a speaker's quotes in corpus order, optionally in one document. */
  numbersBy(entityId: string, doc?: string): number[] {
    const numbers = this.bySpeaker.get(entityId) ?? [];
    return doc ? numbers.filter((i) => this.docs[quoteDoc(this.table.rows, i)]!.id === doc) : numbers;
  }

  /** The numbers of a document's quotes (by its place in the corpus), in text order. */
  numbersOf(docIndex: number | undefined): number[] {
    if (docIndex === undefined) return [];
    const from = this.firstQuote[docIndex]!;
    return Array.from({ length: this.firstQuote[docIndex + 1]! - from }, (_, k) => from + k);
  }

  /** Every quote of a document (by its place in the corpus) touching one of its sentences. */
  touching(docIndex: number | undefined, gid: number): Quote[] {
    const { rows } = this.table;
    return this.numbersOf(docIndex)
      .filter((i) => quoteFirstGid(rows, i) <= gid && gid <= quoteLastGid(rows, i))
      .map((i) => this.quote(i));
  }
}
