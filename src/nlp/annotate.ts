// Sentences and tokens with character offsets into the original text, POS tags, lemmas, stems
// and wink's own entity types (dates, numbers, times...).
import { nlp, stemWord } from './wink.js';

export interface Token {
  text: string;
  start: number;
  end: number;
  pos: string;
  /** Lower-cased lemma ("headed" -> "head"). */
  lemma: string;
  /** Porter stem of the lower-cased word, which also joins "assessment" and "assessing". */
  stem: string;
  /** wink entity type covering this token (DATE, DURATION, CARDINAL...), if any. */
  ent?: string;
}

export interface AnnotatedSentence {
  start: number;
  end: number;
  tokens: Token[];
}

/** Annotates `text.slice(start, end)`; offsets in the result are absolute in `text`. */
export function annotate(text: string, start: number, end: number): AnnotatedSentence[] {
  // wink's typings reject its.lemma and its.stem (the model add-ons) though they work: widen.
  const its = nlp().its as Record<string, any>;
  const doc = nlp().readDoc(text.slice(start, end));
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const lemmas = doc.tokens().out(its.lemma) as string[];
  const ents: (string | undefined)[] = new Array(values.length);
  doc.entities().each((e: any) => {
    const [a, b] = e.out(its.span) as [number, number];
    const type = e.out(its.type) as string;
    for (let i = a; i <= b; i++) ents[i] = type;
  });

  const tokens: Token[] = [];
  let cursor = start;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const at = text.indexOf(v, cursor);
    // wink never drops characters, so a miss means the token was normalised; keep the cursor.
    const s = at >= 0 && at < end ? at : cursor;
    const e = at >= 0 && at < end ? at + v.length : cursor;
    cursor = e;
    // wink leaves the lemma of some words undefined ("Cannot"): fall back to the word itself.
    const lemma = (lemmas[i] ?? v).toLowerCase();
    const tok: Token = { text: v, start: s, end: e, pos: pos[i] ?? 'X', lemma, stem: stemWord(v.toLowerCase()) };
    if (ents[i]) tok.ent = ents[i];
    tokens.push(tok);
  }

  const sentences: AnnotatedSentence[] = [];
  doc.sentences().each((s: any) => {
    const [a, b] = s.out(its.span) as [number, number];
    const toks = tokens.slice(a, b + 1).filter((t) => t.end > t.start);
    if (toks.length === 0) return;
    sentences.push({ start: toks[0]!.start, end: toks[toks.length - 1]!.end, tokens: toks });
  });
  return mergeQuoteTails(sentences);
}

/** wink sometimes ends a sentence before its closing quote mark (`it.” `); give the mark back. */
function mergeQuoteTails(sentences: AnnotatedSentence[]): AnnotatedSentence[] {
  const out: AnnotatedSentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    if (prev && s.tokens.every((t) => /^[\p{P}]+$/u.test(t.text))) {
      prev.tokens.push(...s.tokens);
      prev.end = s.end;
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Porter stem of a single word, as the index stores it. */
export function stemOf(word: string): string {
  return stemWord(word.toLowerCase());
}
