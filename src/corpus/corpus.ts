// The loaded store in the shape the answer path needs: global sentence numbers, entities merged
// across documents, quotes pointing at their sentences. Start-up builds only lookup maps over the
// corpus index; a document's full record is read when an answer first touches it, and the most
// recently used ones are kept.
import { createHash } from 'node:crypto';
import { CORPUS_CACHES } from '../caches.js';
import type { CorpusIndex, DocInfo, IndexedEntity } from '../store/corpus-index.js';
import type { DocContent, SentenceTokens, StoredMention } from '../store/schema.js';
import { LoadedDocument, type Fact } from './loaded-document.js';
import { Quotes, type Quote } from './quotes.js';
import { RecentlyUsed } from './recently-used.js';
import type { Token } from '../nlp/annotate.js';
import { columnValues, decodeTokens } from '../store/stored-tokens.js';
import {
  readSentence,
  type AcronymDefinition,
  type ClauseFrame,
  type RoleTriple,
  type SentenceReading,
} from '../extract/clause-frames.js';

export type { DocInfo } from '../store/corpus-index.js';
export type { Fact } from './loaded-document.js';
export type { Quote } from './quotes.js';
export type Entity = IndexedEntity;

/** Article lemmas WordNet gives for a word (Corpus.paraphrasesOf); shared between callers, so read-only. */
export interface Paraphrases {
  readonly synonyms: readonly string[];
  readonly derived: readonly string[];
}

export interface SentenceRef {
  gid: number;
  doc: DocContent;
  s: DocContent['sentences'][number];
  index: number;
}

/** A sentence's token as answers read it: the annotated token's fields, decoded from the store. */
export type Tok = Token;

/** Full records kept in memory, and sentences' decoded tokens (see CORPUS_CACHES for why these sizes). */
const DOCUMENT_CACHE = CORPUS_CACHES.documents.size;
const TOKEN_CACHE = CORPUS_CACHES.sentenceTokens.size;
const READING_CACHE = CORPUS_CACHES.sentenceReadings.size;
const PARAPHRASES_CACHE = CORPUS_CACHES.paraphrases.size;

const words = (joined: string): string[] => (joined ? joined.split(' ') : []);

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Longest document id used as is in choice values (100 characters, with `s:` and `:<offset>` around it). */
const DOC_REF_MAX = 60;

export class Corpus {
  readonly docs: readonly DocInfo[];
  readonly docById = new Map<string, DocInfo>();
  readonly entities: readonly Entity[];
  readonly entityById = new Map<string, Entity>();
  /** nameKey of every name and alias -> entity ids. */
  readonly entitiesByName = new Map<string, string[]>();
  private readonly docIndex = new Map<string, number>();
  private readonly quotes: Quotes;
  /** Each word of a person's name -> the people, so "Nessar" finds "Omar Nessar" without a scan. */
  readonly peopleByNameWord = new Map<string, Entity[]>();
  /** Entities that speak somewhere, most mentioned first. */
  readonly speakers: readonly Entity[];
  private readonly table: CorpusIndex['sentences'];
  // The caches below are this corpus's own, gone with it at /reload: src/caches.ts, CORPUS_CACHES.
  /** Recently read documents, by their place in the corpus. */
  private readonly recent: RecentlyUsed<LoadedDocument>;
  /** Decoded tokens by sentence number. */
  private readonly tokenCache = new Map<number, Tok[]>();
  /** Tokens as stored, by sentence number: the stems alone are read more often than the decoded tokens. */
  private readonly storedTokenCache = new Map<number, SentenceTokens>();
  /** Clause frames, roles and acronyms by sentence number. */
  private readonly readingCache = new Map<number, SentenceReading>();
  /** Row of each word in the WordNet relation table, built on the first look-up. */
  private relationRows: Map<string, number> | null = null;
  /** paraphrasesOf's answers by word: a question's verbs are looked up for every fact of every passage weighed. */
  private readonly paraphraseCache = new Map<string, Paraphrases>();
  /** docRef of each over-long document id, built on the first look-up. */
  private longIds: Map<string, string> | null = null;

  constructor(
    readonly index: CorpusIndex,
    private readonly readDocument: (info: DocInfo) => DocContent,
  ) {
    this.docs = index.docs;
    this.table = index.sentences;
    this.docs.forEach((d, i) => {
      this.docById.set(d.id, d);
      this.docIndex.set(d.id, i);
    });
    this.recent = new RecentlyUsed(this.docs.length, DOCUMENT_CACHE);
    this.entities = index.entities;
    for (const e of this.entities) {
      this.entityById.set(e.id, e);
      for (const k of e.keys) this.indexName(k, e.id);
      if (e.type === 'person') for (const w of new Set(e.keys[0]!.split(' '))) push(this.peopleByNameWord, w, e);
    }
    this.quotes = new Quotes(index.quotes, this.docs, this.entities, this.entityById);
    this.speakers = this.quotes.speakers;
  }

  private indexName(k: string, id: string): void {
    const ids = this.entitiesByName.get(k);
    if (!ids) this.entitiesByName.set(k, [id]);
    else if (!ids.includes(id)) ids.push(id);
  }

  get sentenceCount(): number {
    return this.table.doc.length;
  }

  /** The listing of the document a sentence belongs to, without reading its record. */
  docOf(gid: number): DocInfo {
    return this.docs[this.table.doc[gid]!]!;
  }
  /** Index of a sentence's paragraph within its document, without reading its record. */
  paragraphOf(gid: number): number {
    return this.table.paragraph[gid]!;
  }
  /** Whether two sentences stand in the same paragraph of the same document. */
  sameParagraph(a: number, b: number): boolean {
    return this.table.doc[a] === this.table.doc[b] && this.table.paragraph[a] === this.table.paragraph[b];
  }

  sentence(gid: number): SentenceRef {
    const info = this.docOf(gid);
    const doc = this.load(info).record;
    const index = gid - info.firstGid;
    return { gid, doc, s: doc.sentences[index]!, index };
  }

  sentenceText(gid: number): string {
    const ref = this.sentence(gid);
    return ref.doc.text.slice(ref.s.start, ref.s.end);
  }

  /** Sentences of one document, or of all when doc is undefined. */
  gidRange(doc?: string): [number, number] {
    if (!doc) return [0, this.sentenceCount];
    const info = this.docById.get(doc)!;
    return [info.firstGid, info.firstGid + info.sentenceCount];
  }

  /** The stems of a sentence's tokens, in order. */
  stemsOf(gid: number): string[] {
    return columnValues(this.storedTokens(gid).stems);
  }

  /** A sentence's tokens as stored, read from its record on first use (each read goes to the file). */
  private storedTokens(gid: number): SentenceTokens {
    const cached = this.storedTokenCache.get(gid);
    if (cached) return cached;
    const { doc, index } = this.sentence(gid);
    const stored = doc.sentenceTokens(index);
    if (this.storedTokenCache.size > TOKEN_CACHE) this.storedTokenCache.clear();
    this.storedTokenCache.set(gid, stored);
    return stored;
  }

  /** Tokens of a sentence with offsets, decoded from the stored form on first use. */
  tokens(gid: number): Tok[] {
    const cached = this.tokenCache.get(gid);
    if (cached) return cached;
    const toks = decodeTokens(this.storedTokens(gid), this.sentence(gid).s);
    if (this.tokenCache.size > TOKEN_CACHE) this.tokenCache.clear();
    this.tokenCache.set(gid, toks);
    return toks;
  }

  /**
   * A sentence's structure, its indices into tokens(gid), read on first use: reading every
   * sentence at build cost a fifth of the build's time, and only answers about a few sentences read it.
   */
  private reading(gid: number): SentenceReading {
    const cached = this.readingCache.get(gid);
    if (cached) return cached;
    const reading = readSentence(this.tokens(gid), this.sentence(gid).doc.text, this.mentionsIn(gid));
    if (this.readingCache.size > READING_CACHE) this.readingCache.clear();
    this.readingCache.set(gid, reading);
    return reading;
  }

  /** A sentence's clauses: each one's verb group, subject, object, and the dates, places and amounts written in it. */
  clauseFrames(gid: number): ClauseFrame[] {
    return this.reading(gid).clauses;
  }

  /** The roles a sentence gives people it names: "X, director of Y", "Y's president X". */
  rolesIn(gid: number): RoleTriple[] {
    return this.reading(gid).roles;
  }

  /** The acronyms a sentence spells out: "Middle East Media Research Institute (MEMRI)". */
  acronymsIn(gid: number): AcronymDefinition[] {
    return this.reading(gid).acronyms;
  }

  mentionsIn(gid: number): StoredMention[] {
    return this.load(this.docOf(gid)).mentionsIn(gid);
  }

  /** Every mention of a document, in text order. */
  mentionsOfDoc(id: string): StoredMention[] {
    return this.load(this.docById.get(id)!).mentions();
  }

  get quoteCount(): number {
    return this.quotes.count;
  }

  /** Quote number i (corpus order), decoded from the store on first use. */
  quote(i: number): Quote {
    return this.quotes.quote(i);
  }

  /**
   * A document's id as a Discord choice value may hold it, with room for a quote or passage
   * suffix: a longer id (values hold 100 characters) is replaced by a hash of it.
   */
  docRef(id: string): string {
    return id.length <= DOC_REF_MAX ? id : `~${createHash('sha1').update(id).digest('base64url').slice(0, 20)}`;
  }

  /** The document id a reference (an id, or docRef's hash of a long one) stands for. */
  resolveDoc(ref: string): string | undefined {
    if (this.docById.has(ref)) return ref;
    if (!ref.startsWith('~')) return undefined;
    this.longIds ??= new Map(this.docs.filter((d) => d.id.length > DOC_REF_MAX).map((d) => [this.docRef(d.id), d.id]));
    return this.longIds.get(ref);
  }

  /** A quote by the id answers give it (`<document>:q<n>`, the document as an id or a docRef). */
  quoteById(id: string): Quote | undefined {
    const m = /^(.+):q(\d+)$/.exec(id);
    const doc = m ? this.resolveDoc(m[1]!) : undefined;
    const numbers = doc !== undefined ? this.quotes.numbersOf(this.docIndex.get(doc)) : undefined;
    const i = numbers?.[Number(m![2]) - 1];
    return i === undefined ? undefined : this.quote(i);
  }

  /** Whether an entity is quoted (in one document, if given). */
  speaks(entityId: string, doc?: string): boolean {
    return this.quotes.speaks(entityId, doc);
  }

  /** How many quotes a speaker has, optionally in one document, without decoding them. */
  quoteCountBy(entityId: string, doc?: string): number {
    return this.quotes.numbersBy(entityId, doc).length;
  }

  /** A speaker's quotes in corpus order, optionally in one document; only the first `limit` are decoded. */
  quotesBy(entityId: string, doc?: string, limit = Infinity): Quote[] {
    return this.quotes
      .numbersBy(entityId, doc)
      .slice(0, limit)
      .map((i) => this.quote(i));
  }

  quotesOfDoc(doc: string): Quote[] {
    return this.quotes.numbersOf(this.docIndex.get(doc)).map((i) => this.quote(i));
  }

  /** Every quote touching a sentence. */
  quotesIn(gid: number): Quote[] {
    return this.quotes.touching(this.table.doc[gid], gid);
  }

  factsIn(gid: number): readonly Fact[] {
    return this.load(this.docOf(gid)).factsIn(gid);
  }

  factsOfDoc(id: string): Fact[] {
    return this.load(this.docById.get(id)!).facts();
  }

  /** The merged entity a document's local entity key belongs to. */
  entityOf(doc: DocContent, localKey: string): Entity | undefined {
    const id = this.load(this.docById.get(doc.id)!).entityId(localKey);
    return id ? this.entityById.get(id) : undefined;
  }

  /** Mentions of an entity, as sentence numbers, optionally within one document. */
  mentionsOf(e: Entity, doc?: string): number[] {
    if (!doc) return e.mentions;
    const [from, to] = this.gidRange(doc);
    return e.mentions.filter((g) => g >= from && g < to);
  }

  /**
   * The first mention of an entity in a sentence that states one of the given roles. Only the
   * documents the roles come from are read.
   */
  mentionWithRole(e: Entity, roles: readonly { text: string; doc: string }[]): number | undefined {
    for (const r of roles) {
      const found = this.mentionsOf(e, r.doc).find((g) => this.sentenceText(g).includes(r.text));
      if (found !== undefined) return found;
    }
    return undefined;
  }

  /**
   * Article lemmas a word may stand for, by WordNet: ones sharing a frequent sense with it, and
   * ones derived from it or it from them ("decision" for "decide"). The word need not be used
   * by the articles ("purchase" finds an article's "buy").
   */
  paraphrasesOf(word: string): Paraphrases {
    const cached = this.paraphraseCache.get(word);
    if (cached) return cached;
    const { synonyms, derived } = this.index.relations;
    const row = this.relationRow(word);
    const found =
      row === undefined
        ? { synonyms: [], derived: [] }
        : { synonyms: words(synonyms[row]!), derived: words(derived[row]!) };
    if (this.paraphraseCache.size >= PARAPHRASES_CACHE) this.paraphraseCache.clear();
    this.paraphraseCache.set(word, found);
    return found;
  }

  /** Article lemmas WordNet gives as opposites of a word ("decrease" for "increase"). */
  antonymsOf(word: string): string[] {
    const row = this.relationRow(word);
    return row === undefined ? [] : words(this.index.relations.antonyms[row]!);
  }

  /** Article verbs one step more general than a verb, by WordNet: "state" for "declare". */
  broaderOf(word: string): string[] {
    const row = this.relationRow(word);
    return row === undefined ? [] : words(this.index.relations.broader[row]!);
  }

  /** Name adjectives and names the articles write for a name word, by WordNet: "french" for "france" and back. */
  nameFormsOf(word: string): string[] {
    const row = this.relationRow(word);
    return row === undefined ? [] : words(this.index.relations.names[row]!);
  }

  private relationRow(word: string): number | undefined {
    this.relationRows ??= new Map(this.index.relations.words.map((w, i) => [w, i]));
    return this.relationRows.get(word);
  }

  private load(info: DocInfo): LoadedDocument {
    const d = this.docIndex.get(info.id)!;
    const hit = this.recent.get(d);
    if (hit) return hit;
    const loaded = new LoadedDocument(this.readDocument(info), info);
    this.recent.set(d, loaded);
    return loaded;
  }
}
