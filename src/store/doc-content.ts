// A document's record split in two: what answers read (DocContent) and what only indexing the
// corpus needs. Pure.
import type { DocContent, DocRecord } from './schema.js';

export interface IndexOnly { id: string; terms: string[]; entities: DocRecord['entities']; quotes: DocRecord['quotes'] }

export function splitRecord(record: DocRecord): { content: DocContent; indexOnly: IndexOnly } {
  const { entities, quotes, sentences, ...rest } = record;
  return {
    content: { ...rest, sentences: sentences.map(({ terms: _, ...s }) => s), entityTypes: Object.fromEntries(entities.map((e) => [e.key, e.type])) },
    indexOnly: { id: record.id, terms: sentences.map((s) => s.terms), entities, quotes },
  };
}

export function joinRecord(content: DocContent, indexOnly: IndexOnly): DocRecord {
  const { entityTypes: _, sentences, ...rest } = content;
  return { ...rest, sentences: sentences.map((s, i) => ({ ...s, terms: indexOnly.terms[i]! })), entities: indexOnly.entities, quotes: indexOnly.quotes };
}
