// A document's record split in two: what answers read (DocContent) and the rest: each
// sentence's mentions and facts, each sentence's tokens, which few answers read, and what only
// indexing the corpus needs. Pure.
import type { DocContent, DocRecord, SentenceParts, SentenceTokens } from './schema.js';

export interface Rest {
  id: string;
  parts: SentenceParts[];
  tokens: SentenceTokens[];
  terms: string[];
  entities: DocRecord['entities'];
  quotes: DocRecord['quotes'];
}

/** Each sentence's mentions and facts, in their order in the record. */
export function partsBySentence(record: Pick<DocRecord, 'sentences' | 'mentions' | 'facts'>): SentenceParts[] {
  const parts = record.sentences.map((): SentenceParts => ({ mentions: [], facts: [] }));
  for (const m of record.mentions) parts[m.sentence]!.mentions.push(m);
  for (const f of record.facts) parts[f.sentence]!.facts.push(f);
  return parts;
}

/**
 * The record's mentions and facts back from its sentences' parts. The record lists both in
 * sentence order (extraction reads sentence by sentence), so this gives them back as they were.
 */
export function joinParts(parts: readonly SentenceParts[]): Pick<DocRecord, 'mentions' | 'facts'> {
  return { mentions: parts.flatMap((p) => p.mentions), facts: parts.flatMap((p) => p.facts) };
}

/** Whether a record lists its mentions and facts in sentence order, as joinParts gives them back. */
export function inSentenceOrder(record: Pick<DocRecord, 'mentions' | 'facts'>): boolean {
  const ordered = (xs: readonly { sentence: number }[]) =>
    xs.every((x, i) => i === 0 || xs[i - 1]!.sentence <= x.sentence);
  return ordered(record.mentions) && ordered(record.facts);
}

export function splitRecord(record: DocRecord): { content: DocContent; rest: Rest } {
  const { entities, quotes, sentences, mentions: _m, facts: _f, ...fields } = record;
  const tokens = sentences.map(({ words, pos, lemmas, stems, spans, ents }) => ({
    words,
    pos,
    lemmas,
    stems,
    spans,
    ents,
  }));
  const parts = partsBySentence(record);
  return {
    content: {
      ...fields,
      sentences: sentences.map(({ start, end, paragraph, n }) => ({ start, end, paragraph, n })),
      entityTypes: new Map(entities.map((e) => [e.key, e.type])),
      sentenceParts: (i) => ({ mentions: [...parts[i]!.mentions], facts: [...parts[i]!.facts] }),
      sentenceTokens: (i) => tokens[i]!,
    },
    rest: { id: record.id, parts, tokens, terms: sentences.map((s) => s.terms), entities, quotes },
  };
}

export function joinRecord(content: DocContent, rest: Rest): DocRecord {
  const { entityTypes: _, sentenceTokens: _t, sentenceParts: _p, sentences, ...fields } = content;
  return {
    ...fields,
    sentences: sentences.map((s, i) => ({ ...s, ...rest.tokens[i]!, terms: rest.terms[i]! })),
    ...joinParts(rest.parts),
    entities: rest.entities,
    quotes: rest.quotes,
  };
}
