// A document's record split in two: what answers read (DocContent) and the rest: what only
// indexing the corpus needs. Pure.
import type { DocContent, DocRecord, SentenceTokens } from './schema.js';

export interface Rest {
  id: string;
  tokens: SentenceTokens[];
  terms: string[];
  entities: DocRecord['entities'];
  quotes: DocRecord['quotes'];
}

/** Items with a sentence number grouped by sentence, each group in record order. Throws for an item of no sentence of the record. */
export function bySentence<T extends { sentence: number }>(items: readonly T[], sentences: number): T[][] {
  const groups = Array.from({ length: sentences }, (): T[] => []);
  for (const x of items) {
    const group = groups[x.sentence];
    if (!group) throw new Error(`an item of sentence ${String(x.sentence)} in a record of ${sentences} sentences`);
    group.push(x);
  }
  return groups;
}

/**
 * Where each item of the groups, read one after another, stands in the record: null when that is
 * already record order (items written sentence by sentence, as extraction writes them).
 */
export function recordOrder<T extends { sentence: number }>(items: readonly T[]): number[] | null {
  const sorted = items.every((x, i) => i === 0 || items[i - 1]!.sentence <= x.sentence);
  if (sorted) return null;
  return items
    .map((x, i) => [x.sentence, i] as const)
    .sort((a, b) => a[0] - b[0] || a[1] - b[1])
    .map(([, i]) => i);
}

/** What answers read of a record held in memory (a store that could not be saved). */
export function contentOf(record: DocRecord): DocContent {
  const { entities, quotes: _q, sentences, mentions, facts, ...fields } = record;
  const mentionGroups = bySentence(mentions, sentences.length);
  const factGroups = bySentence(facts, sentences.length);
  return {
    ...fields,
    sentences: sentences.map(({ start, end, paragraph, n }) => ({ start, end, paragraph, n })),
    entityTypes: Object.fromEntries(entities.map((e) => [e.key, e.type])),
    mentions,
    facts,
    mentionsIn: (i) => mentionGroups[i] ?? [],
    factsIn: (i) => factGroups[i] ?? [],
    tokensOf: (i) => sentences[i]!,
  };
}

/** What only indexing the corpus needs of a record, and its sentences' tokens. */
export function restOf(record: DocRecord): Rest {
  return {
    id: record.id,
    tokens: record.sentences.map(({ words, pos, lemmas, stems, spans, ents }) => ({
      words,
      pos,
      lemmas,
      stems,
      spans,
      ents,
    })),
    terms: record.sentences.map((s) => s.terms),
    entities: record.entities,
    quotes: record.quotes,
  };
}

export function joinRecord(content: DocContent, rest: Rest): DocRecord {
  const { entityTypes: _, tokensOf: _t, mentionsIn: _m, factsIn: _f, sentences, mentions, facts, ...fields } = content;
  return {
    ...fields,
    sentences: sentences.map((s, i) => ({ ...s, ...rest.tokens[i]!, terms: rest.terms[i]! })),
    mentions,
    facts,
    entities: rest.entities,
    quotes: rest.quotes,
  };
}
