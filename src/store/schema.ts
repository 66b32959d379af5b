// The stored form of the fact-and-quote store. Everything the answer path needs is here, so
// loading never re-runs the NLP.
import type { DocumentMeta } from '../documents/parse.js';
import type { DocEntity } from '../extract/entities.js';
import type { FactRecord } from '../extract/facts.js';
import type { EntityType } from '../extract/mentions.js';
import type { QuoteRecord } from '../extract/quotes.js';
import type { Span, TextSpan } from '../text/span.js';

// A store built by other code (this schema, extraction, NLP) is rebuilt: see store-version.ts.

export interface SentencePlace extends Span {
  /** Index into the document's paragraphs. */
  paragraph: number;
  /** 1-based position within its paragraph. */
  n: number;
}

/** Written and read through store/stored-tokens.ts only. */
export interface SentenceTokens {
  /** Per token, space-joined (a token's own whitespace becomes '_'): surface words, POS tags, lemmas, stems. */
  words: string;
  pos: string;
  lemmas: string;
  stems: string;
  /**
   * Where each token stands, two numbers per token (stored-tokens.ts): how far its start lies past
   * the end of the token before (past the sentence's start, for the first), then its length.
   */
  spans: number[];
  /** wink's own entities (dates, numbers...) as [first token, last token, type]. */
  ents: [number, number, string][];
}

export interface StoredSentence extends SentencePlace, SentenceTokens {
  /**
   * The stems the search index holds for this sentence (content words only), space-joined; with
   * its article's subject's stems, marked, where it refers to the subject (extract/subject-reference.ts).
   */
  terms: string;
}

export interface StoredMention extends TextSpan {
  name: string;
  entity: string;
  type: EntityType;
  sentence: number;
  first: number;
  last: number;
}

export interface DocRecord {
  id: string;
  path: string;
  fingerprint: string;
  title: string;
  meta: DocumentMeta;
  /** The document text exactly as read, so every offset can be sliced. */
  text: string;
  headings: TextSpan[];
  paragraphs: (Span & { heading: string | null })[];
  sentences: StoredSentence[];
  mentions: StoredMention[];
  entities: DocEntity[];
  quotes: QuoteRecord[];
  facts: FactRecord[];
}

/** What one sentence names (its mentions, in text order) and states (its facts, in text order). */
export interface SentenceParts {
  mentions: StoredMention[];
  facts: FactRecord[];
}

/**
 * What answering reads of a document: its record without what only the corpus index is built
 * from (entities in full, quotes, index terms), so reading one for an answer parses less.
 */
export interface DocContent extends Omit<DocRecord, 'sentences' | 'entities' | 'quotes' | 'mentions' | 'facts'> {
  sentences: SentencePlace[];
  /**
   * Sentence i's mentions and facts, read when asked for (a new array each call): they were over
   * half of what reading a record parsed, and an answer weighs a few sentences of each article it reads.
   */
  sentenceParts: (i: number) => SentenceParts;
  /**
   * Local entity key -> its kind, which gives the entity's id across the corpus. A map, not an
   * object: keys that are names would give each article's object a shape of its own to make.
   */
  entityTypes: ReadonlyMap<string, EntityType>;
  /**
   * Sentence i's tokens (i counted within the document), read only when asked for, and then
   * only that sentence's: an answer weighs several articles but takes its words from a few of
   * their sentences (at 18k articles, 11 of 1,376 articles read needed tokens).
   */
  sentenceTokens: (i: number) => SentenceTokens;
}
