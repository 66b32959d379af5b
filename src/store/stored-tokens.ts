// A sentence's tokens as the store keeps them (SentenceTokens): one column per field (surface
// words, POS tags, lemmas, stems), each space-joined, and wink's entities as token ranges. The
// format is written and read only here.
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
 * The tokens of a stored sentence, with their offsets in the document's text. Offsets are not
 * stored: each word is found again after the one before, within the sentence; a word not found
 * there (one whose whitespace the column replaced) gets an empty span where the search stands.
 */
export function decodeTokens(stored: SentenceTokens, text: string, sentence: Span): Token[] {
  const words = columnValues(stored.words);
  const pos = columnValues(stored.pos);
  const lemmas = columnValues(stored.lemmas);
  const stems = columnValues(stored.stems);
  const toks: Token[] = [];
  let cursor = sentence.start;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const at = text.indexOf(w, cursor);
    const start = at >= 0 && at <= sentence.end ? at : cursor;
    const end = at >= 0 && at <= sentence.end ? at + w.length : cursor;
    cursor = end;
    toks.push({ text: w, pos: pos[i]!, lemma: lemmas[i]!, stem: stems[i]!, start, end });
  }
  for (const [a, b, type] of stored.ents) for (let i = a; i <= b; i++) if (toks[i]) toks[i]!.ent = type;
  return toks;
}
