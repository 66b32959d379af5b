// The loaded store in the shape the answer path needs: global sentence numbers, entities merged
// across documents, quotes and facts pointing at their sentences. Built once at start-up.
import { nameKey } from '../extract/entities.js';
import type { EntityType } from '../extract/mentions.js';
import type { FactRecord } from '../extract/facts.js';
import type { QuoteRecord } from '../extract/quotes.js';
import type { DocRecord, StoredSentence } from '../store/schema.js';

export interface SentenceRef { gid: number; doc: DocRecord; s: StoredSentence; index: number }

export interface Tok { text: string; pos: string; lemma: string; stem: string; start: number; end: number; ent?: string }

export interface Entity {
  id: string;
  name: string;
  type: EntityType;
  aliases: string[];
  roles: { text: string; doc: string }[];
  mentions: { doc: string; start: number; end: number; text: string; gid: number }[];
  docs: string[];
}

export interface Quote extends QuoteRecord { id: string; doc: DocRecord; gid: number; speakerId: string | null }
export interface Fact extends FactRecord { doc: DocRecord; gid: number }

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export class Corpus {
  readonly docs: DocRecord[];
  readonly docById = new Map<string, DocRecord>();
  readonly sentences: SentenceRef[] = [];
  /** First global sentence number of each document, for scoping to one document. */
  readonly firstGid = new Map<string, number>();
  readonly entities: Entity[] = [];
  readonly entityById = new Map<string, Entity>();
  /** nameKey of every name and alias -> entity ids. */
  readonly entitiesByName = new Map<string, string[]>();
  readonly quotes: Quote[] = [];
  readonly quoteById = new Map<string, Quote>();
  readonly facts: Fact[] = [];
  readonly quotesBySpeaker = new Map<string, Quote[]>();
  readonly quotesByDoc = new Map<string, Quote[]>();
  /** Every sentence a quote touches -> the quotes, so a cited sentence finds its speaker at once. */
  readonly quotesBySentence = new Map<number, Quote[]>();
  /** Each word of a person's name -> the people, so "Nessar" finds "Omar Nessar" without a scan. */
  readonly peopleByNameWord = new Map<string, Entity[]>();
  /** Entities that speak somewhere, most mentioned first. */
  readonly speakers: Entity[] = [];
  readonly factsBySentence = new Map<number, Fact[]>();
  readonly factsByDoc = new Map<string, Fact[]>();
  private readonly tokenCache = new Map<number, Tok[]>();
  private readonly localToGlobal = new Map<DocRecord, Map<string, string>>();
  private readonly mentionsBySentence = new WeakMap<DocRecord, Map<number, DocRecord['mentions']>>();

  constructor(docs: DocRecord[]) {
    // Newest article first, so lists across the corpus read like a news feed.
    this.docs = [...docs].sort((a, b) => (b.meta.date ?? '').localeCompare(a.meta.date ?? '') || a.id.localeCompare(b.id));
    for (const doc of this.docs) {
      this.docById.set(doc.id, doc);
      const base = this.sentences.length;
      this.firstGid.set(doc.id, base);
      doc.sentences.forEach((s, index) => this.sentences.push({ gid: base + index, doc, s, index }));
      const localToGlobal = new Map<string, string>();
      for (const e of doc.entities) localToGlobal.set(e.key, this.mergeEntity(doc, e, base));
      this.localToGlobal.set(doc, localToGlobal);
      const docQuotes: Quote[] = [];
      doc.quotes.forEach((q, n) => {
        const quote: Quote = { ...q, id: `${doc.id}:q${n + 1}`, doc, gid: base + q.sentence, speakerId: q.speaker ? localToGlobal.get(q.speaker) ?? null : null };
        this.quotes.push(quote);
        docQuotes.push(quote);
        this.quoteById.set(quote.id, quote);
        if (quote.speakerId) push(this.quotesBySpeaker, quote.speakerId, quote);
        for (let i = q.sentence; i < doc.sentences.length && doc.sentences[i]!.start < q.end; i++) push(this.quotesBySentence, base + i, quote);
      });
      this.quotesByDoc.set(doc.id, docQuotes);
      const docFacts: Fact[] = [];
      for (const f of doc.facts) {
        const fact = { ...f, doc, gid: base + f.sentence };
        this.facts.push(fact);
        docFacts.push(fact);
        const row = this.factsBySentence.get(fact.gid) ?? [];
        row.push(fact);
        this.factsBySentence.set(fact.gid, row);
      }
      this.factsByDoc.set(doc.id, docFacts);
    }
    this.finishIndexes();
  }

  private finishIndexes(): void {
    for (const e of this.entities) {
      if (e.type !== 'person') continue;
      for (const w of new Set(nameKey(e.name).split(' '))) push(this.peopleByNameWord, w, e);
    }
    for (const id of this.quotesBySpeaker.keys()) this.speakers.push(this.entityById.get(id)!);
    this.speakers.sort((a, b) => b.mentions.length - a.mentions.length);
  }

  private mergeEntity(doc: DocRecord, e: DocRecord['entities'][number], base: number): string {
    const group = e.type === 'person' ? 'person' : e.type === 'place' ? 'place' : 'org';
    const id = `${group}:${e.key}`;
    let g = this.entityById.get(id);
    if (!g) {
      g = { id, name: e.name, type: e.type, aliases: [], roles: [], mentions: [], docs: [] };
      this.entityById.set(id, g);
      this.entities.push(g);
      this.indexName(e.name, id);
    }
    if (!g.docs.includes(doc.id)) g.docs.push(doc.id);
    for (const a of e.aliases) if (!g.aliases.includes(a)) { g.aliases.push(a); this.indexName(a, id); }
    for (const r of e.roles) if (!g.roles.some((x) => x.text === r)) g.roles.push({ text: r, doc: doc.id });
    for (const m of e.mentions) g.mentions.push({ doc: doc.id, start: m.start, end: m.end, text: m.text, gid: base + m.sentence });
    return id;
  }

  private indexName(name: string, id: string): void {
    const k = nameKey(name);
    const ids = this.entitiesByName.get(k) ?? [];
    if (!ids.includes(id)) ids.push(id);
    this.entitiesByName.set(k, ids);
  }

  sentenceText(ref: SentenceRef): string {
    return ref.doc.text.slice(ref.s.start, ref.s.end);
  }

  /** Tokens of a sentence with offsets, decoded from the stored form on first use. */
  tokens(gid: number): Tok[] {
    const cached = this.tokenCache.get(gid);
    if (cached) return cached;
    const { doc, s } = this.sentences[gid]!;
    const words = s.words.split(' ');
    const pos = s.pos.split(' ');
    const lemmas = s.lemmas.split(' ');
    const stems = s.stems.split(' ');
    const toks: Tok[] = [];
    let cursor = s.start;
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      const at = doc.text.indexOf(w, cursor);
      const start = at >= 0 && at <= s.end ? at : cursor;
      const end = at >= 0 && at <= s.end ? at + w.length : cursor;
      cursor = end;
      toks.push({ text: w, pos: pos[i]!, lemma: lemmas[i]!, stem: stems[i]!, start, end });
    }
    for (const [a, b, type] of s.ents) for (let i = a; i <= b; i++) if (toks[i]) toks[i]!.ent = type;
    if (this.tokenCache.size > 5000) this.tokenCache.clear();
    this.tokenCache.set(gid, toks);
    return toks;
  }

  /** Sentences of one document, or of all when doc is undefined. */
  gidRange(doc?: string): [number, number] {
    if (!doc) return [0, this.sentences.length];
    const first = this.firstGid.get(doc)!;
    return [first, first + this.docById.get(doc)!.sentences.length];
  }

  /** Mentions in one sentence; a document's mentions are grouped by sentence once, on first use. */
  mentionsIn(gid: number): DocRecord['mentions'] {
    const { doc, index } = this.sentences[gid]!;
    let bySentence = this.mentionsBySentence.get(doc);
    if (!bySentence) {
      bySentence = new Map();
      for (const m of doc.mentions) push(bySentence, m.sentence, m);
      this.mentionsBySentence.set(doc, bySentence);
    }
    return bySentence.get(index) ?? [];
  }

  /** The merged entity a document's local entity key belongs to. */
  entityOf(doc: DocRecord, localKey: string): Entity | undefined {
    const id = this.localToGlobal.get(doc)?.get(localKey);
    return id ? this.entityById.get(id) : undefined;
  }
}
