// A sentence's tokens as the store keeps them (SentenceTokens): one column per field (surface
// words, POS tags, lemmas, stems), each space-joined, each token's place as two small numbers,
// and wink's entities as token ranges. The format is written and read only here.
import type { Token } from '../nlp/annotate.js';
import type { SentenceTokens } from './schema.js';
import type { Span } from '../text/span.js';

const WHITESPACE = /\s/;

/** A token's field as its column holds it: columns are space-separated, so its own whitespace becomes '_' (and '' too). */
export function columnValue(w: string): string {
  if (w !== '' && !WHITESPACE.test(w)) return w;
  return w.replace(/\s+/g, '_') || '_';
}

/** A column from its values (each already a columnValue), in token order. */
export function column(values: readonly string[]): string {
  return values.join(' ');
}

/** A column's values, one per token in order. */
export function columnValues(joined: string): string[] {
  return joined.split(' ');
}

/**
 * Token places as stored: per token, the gap between the end of the token before (the sentence's
 * start, for the first) and its start, then its length. Small numbers, so the column stays short.
 */
export function encodeSpans(tokens: readonly Span[], sentenceStart: number): number[] {
  const out = new Array<number>(tokens.length * 2);
  let cursor = sentenceStart;
  tokens.forEach((t, i) => {
    out[2 * i] = t.start - cursor;
    out[2 * i + 1] = t.end - t.start;
    cursor = t.end;
  });
  return out;
}

/**
 * Whether a stored sentence's token places disagree with its words or fall outside the sentence
 * (a record read from disk is never trusted to slice the text).
 */
export function spansProblem(stored: SentenceTokens, sentence: Span): boolean {
  const { spans } = stored;
  if (!Array.isArray(spans) || spans.length !== 2 * columnValues(stored.words).length) return true;
  let cursor = sentence.start;
  for (const n of spans) {
    if (!Number.isInteger(n) || n < 0) return true;
    cursor += n;
  }
  return cursor > sentence.end;
}

/** The tokens of a stored sentence, with their offsets in the document's text. */
export function decodeTokens(stored: SentenceTokens, sentence: Span): Token[] {
  const words = columnValues(stored.words);
  const pos = columnValues(stored.pos);
  const lemmas = columnValues(stored.lemmas);
  const stems = columnValues(stored.stems);
  const { spans } = stored;
  const toks = new Array<Token>(words.length);
  let cursor = sentence.start;
  for (let i = 0; i < words.length; i++) {
    const start = cursor + spans[2 * i]!;
    cursor = start + spans[2 * i + 1]!;
    toks[i] = { text: words[i]!, pos: pos[i]!, lemma: lemmas[i]!, stem: stems[i]!, start, end: cursor };
  }
  for (const [a, b, type] of stored.ents) for (let i = a; i <= b; i++) if (toks[i]) toks[i]!.ent = type;
  return toks;
}
