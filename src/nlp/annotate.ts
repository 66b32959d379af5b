// Sentences and tokens with character offsets into the original text, POS tags, lemmas, stems
// and wink's own entity types (dates, numbers, times...).
import { onClearCaches, PROCESS_CACHES } from '../caches.js';
import type { ItsFunction, ItsHelpers } from 'wink-nlp';
import { nlp, stemWord } from './wink.js';
import type { Span, TextSpan } from '../text/span.js';

/**
 * wink's `its` helpers as `out` takes them: its typings declare them as methods of another shape
 * (and the lemma as always found), though they work.
 */
type Its = { readonly [K in Exclude<keyof ItsHelpers, 'lemma'>]: ItsFunction<ReturnType<ItsHelpers[K]>> } & {
  readonly lemma: ItsFunction<string | undefined>;
};

export interface Token extends TextSpan {
  pos: string;
  /** Lower-cased lemma ("headed" -> "head"). */
  lemma: string;
  /** Porter stem of the lower-cased word, which also joins "assessment" and "assessing". */
  stem: string;
  /** wink entity type covering this token (DATE, DURATION, CARDINAL...), if any. */
  ent?: string;
}

export interface AnnotatedSentence extends Span {
  tokens: Token[];
}

const PUNCTUATION_ONLY = /^[\p{P}]+$/u;

/**
 * Stems by token value as wink gives it. wink hands out the same interned string for a word every
 * time, so this is one cheap lookup instead of lower-casing and hashing a new string per token.
 */
const stemByValue = new Map<string, string>();
const TOKEN_STEMS_MAX = PROCESS_CACHES.tokenStems.size;
onClearCaches('tokenStems', () => stemByValue.clear());

function stemOfValue(value: string): string {
  let s = stemByValue.get(value);
  if (s === undefined) {
    s = stemWord(value.toLowerCase());
    if (stemByValue.size > TOKEN_STEMS_MAX) stemByValue.clear();
    stemByValue.set(value, s);
  }
  return s;
}

/**
 * Lower-cased lemmas by POS and token value. wink derives a lemma from just these two (its.lemma:
 * spelling map, the lexicon's lemma, or the lemmatiser given the POS), except for the parts of a
 * contraction ("ca", "n't"), whose lemma it keeps in the token: those are never cached.
 */
const lemmaByPos = new Map<string, Map<string, string>>();
let lemmasCached = 0;
const LEMMAS_MAX = PROCESS_CACHES.lemmas.size;
onClearCaches('lemmas', () => {
  lemmaByPos.clear();
  lemmasCached = 0;
});

function cachedLemma(pos: string, value: string): string | undefined {
  return lemmaByPos.get(pos)?.get(value);
}

function cacheLemma(pos: string, value: string, lemma: string): void {
  if (++lemmasCached > LEMMAS_MAX) {
    lemmaByPos.clear();
    lemmasCached = 1;
  }
  let byValue = lemmaByPos.get(pos);
  if (!byValue) lemmaByPos.set(pos, (byValue = new Map<string, string>()));
  byValue.set(value, lemma);
}

/**
 * Runs of non-space characters longer than this (a base64 image, a line of dots) are hidden from
 * wink: its tokenizer and stemmer take time growing with the square of a token's length (a 1 MB
 * run took minutes). Longer than any word and most links; a longer run stays in the article's
 * text, it is only not indexed.
 */
export const MAX_TOKEN_CHARS = 160;
const LONG_RUN = new RegExp(`\\S{${MAX_TOKEN_CHARS + 1},}`, 'g');

/** The text with every over-long run replaced by as many spaces, so every offset is unchanged. */
export function withoutLongRuns(text: string): string {
  if (text.length <= MAX_TOKEN_CHARS) return text;
  return text.replace(LONG_RUN, (run) => ' '.repeat(run.length));
}

/**
 * An en dash between numbers of one or two digits ("2–1"), which wink splits into three tokens
 * where it keeps "2-1" whole: read as a hyphen, one character for one, so a score typeset either
 * way is one word. Not between years: "(1641–1679)" is a life's span, read as three tokens.
 */
const DASH_BETWEEN_NUMBERS = /(?<=(?<!\d)\d{1,2})\u2013(?=\d{1,2}(?!\d))/g;

/** Annotates `text.slice(start, end)`; offsets in the result are absolute in `text`. */
export function annotate(text: string, start: number, end: number): AnnotatedSentence[] {
  const its = nlp().its as unknown as Its;
  // Offsets are found in what wink read, so a token is never matched inside a hidden run.
  const piece = withoutLongRuns(text.slice(start, end)).replace(DASH_BETWEEN_NUMBERS, '-');
  const doc = nlp().readDoc(piece);
  // Whole-collection outputs: one pass each inside wink, no per-item API objects.
  const all = doc.tokens();
  const values = all.out(its.value);
  const pos = all.out(its.pos) as string[];
  const contraction = all.out(its.contractionFlag) as boolean[];
  const ents = new Array<string | undefined>(values.length);
  const entitySpans = doc.entities().out(its.span) as [number, number][];
  if (entitySpans.length > 0) {
    const types = doc.entities().out(its.type);
    entitySpans.forEach(([a, b], k) => {
      for (let i = a; i <= b; i++) ents[i] = types[k];
    });
  }

  const tokens = new Array<Token>(values.length);
  let cursor = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    const at = piece.indexOf(v, cursor);
    // wink never drops characters, so a miss means the token was normalised; keep the cursor.
    const found = at >= 0;
    const s = start + (found ? at : cursor);
    const e = start + (found ? at + v.length : cursor);
    if (found) cursor = at + v.length;
    const p = pos[i];
    const cacheable = p !== undefined && !contraction[i];
    let lemma = cacheable ? cachedLemma(p, v) : undefined;
    if (lemma === undefined) {
      // wink leaves the lemma of some words undefined ("Cannot"): fall back to the word itself.
      lemma = (all.itemAt(i).out(its.lemma) ?? v).toLowerCase();
      if (cacheable) cacheLemma(p, v, lemma);
    }
    const tok: Token = { text: v, start: s, end: e, pos: p ?? 'X', lemma, stem: stemOfValue(v) };
    if (ents[i]) tok.ent = ents[i];
    tokens[i] = tok;
  }

  const sentences: AnnotatedSentence[] = [];
  const close = (toks: Token[]) => {
    // wink may give a line break inside a paragraph a token of its own: a sentence neither starts nor ends with one.
    while (toks.length && !/\S/.test(toks[0]!.text)) toks.shift();
    while (toks.length && !/\S/.test(toks[toks.length - 1]!.text)) toks.pop();
    if (toks.length) sentences.push({ start: toks[0]!.start, end: toks[toks.length - 1]!.end, tokens: toks });
  };
  for (const [a, b] of doc.sentences().out(its.span) as [number, number][]) {
    let toks: Token[] = [];
    for (let i = a; i <= b; i++) {
      const t = tokens[i]!;
      if (t.end <= t.start) continue;
      if (i < b && endsOnUnit(tokens[i - 1], t, tokens[i + 1]!)) {
        toks.push({
          ...t,
          text: t.text.slice(0, -1),
          end: t.end - 1,
          lemma: t.lemma.replace(/\.$/, ''),
          stem: stemOfValue(t.text.slice(0, -1)),
        });
        toks.push({ text: '.', start: t.end - 1, end: t.end, pos: 'PUNCT', lemma: '.', stem: '.' });
        close(toks);
        toks = [];
        continue;
      }
      toks.push(t);
    }
    close(toks);
  }
  return mergeQuoteTails(sentences);
}

/** A unit written after a number: "£52m", "$3bn", "40p", "12k". */
const UNIT_WITH_STOP = /^(?:m|bn|tn|k|p)\.$/i;

/**
 * wink reads a unit and the full stop after it as one abbreviation ("£52m." of "... £52m. Shares
 * fell"), and so runs two sentences together: the stop ends the sentence where the unit follows a
 * number and a capitalised word follows it.
 */
function endsOnUnit(before: Token | undefined, unit: Token, after: Token): boolean {
  return (
    UNIT_WITH_STOP.test(unit.text) &&
    before?.end === unit.start &&
    /\d$/.test(before.text) &&
    /^\p{Lu}/u.test(after.text)
  );
}

/**
 * wink sometimes ends a sentence before its closing quote mark (`it.” `): give the mark back. It
 * also ends one after an abbreviation ("Rep. Ann Lee (D-Mass.) | said ..."): a "sentence" that
 * opens with a lower-case word goes on from the one before, in the same line.
 */
function mergeQuoteTails(sentences: AnnotatedSentence[]): AnnotatedSentence[] {
  const out: AnnotatedSentence[] = [];
  for (const s of sentences) {
    const prev = out[out.length - 1];
    const continues =
      prev &&
      /^\p{Ll}/u.test(s.tokens[0]!.text) &&
      /^[.)]$/.test(prev.tokens[prev.tokens.length - 1]!.text) &&
      s.start - prev.end <= 1;
    if (prev && (continues || s.tokens.every((t) => PUNCTUATION_ONLY.test(t.text)))) {
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
