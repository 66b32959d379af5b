// A document's record split in two: what answers read (DocContent) and the rest: each
// sentence's tokens, which few answers read, and what only indexing the corpus needs. Pure.
import type { DocContent, DocRecord, SentenceTokens } from './schema.js';

export interface Rest {
  id: string;
  tokens: SentenceTokens[];
  terms: string[];
  entities: DocRecord['entities'];
  quotes: DocRecord['quotes'];
}

export function splitRecord(record: DocRecord): { content: DocContent; rest: Rest } {
  const { entities, quotes, sentences, ...fields } = record;
  const tokens = sentences.map(({ words, pos, lemmas, stems, spans, ents }) => ({
    words,
    pos,
    lemmas,
    stems,
    spans,
    ents,
  }));
  return {
    content: {
      ...fields,
      sentences: sentences.map(({ start, end, paragraph, n }) => ({ start, end, paragraph, n })),
      entityTypes: Object.fromEntries(entities.map((e) => [e.key, e.type])),
      sentenceTokens: (i) => tokens[i]!,
    },
    rest: { id: record.id, tokens, terms: sentences.map((s) => s.terms), entities, quotes },
  };
}

export function joinRecord(content: DocContent, rest: Rest): DocRecord {
  const { entityTypes: _, sentenceTokens: _t, sentences, ...fields } = content;
  return {
    ...fields,
    sentences: sentences.map((s, i) => ({ ...s, ...rest.tokens[i]!, terms: rest.terms[i]! })),
    entities: rest.entities,
    quotes: rest.quotes,
  };
}
