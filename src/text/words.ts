// Splitting names and text into lower-case words, the ways the engine compares them.
import { foldAccents } from './fold.js';

/**
 * A text lower-cased and split at anything not a letter or digit, empty pieces kept (at the ends,
 * between two marks), so a piece's index is its place among the text's words.
 */
export function lowerPieces(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u);
}

/** A text's lower-case words: its runs of letters and digits ("Kabul's 3 gates" -> kabul, s, 3, gates). */
export function textWords(text: string): string[] {
  return lowerPieces(text).filter(Boolean);
}

/** A name's words, accents folded, lower case, split at anything not a letter or digit: "Zoë O'Neil" -> zoe, o, neil. */
export function nameWords(name: string): string[] {
  return textWords(foldAccents(name));
}

/** A name's words as written, lower case, split at white space: "St. Louis" -> st., louis. */
export function lowerWords(name: string): string[] {
  return name.toLowerCase().split(/\s+/);
}

/** The lower-case words of an entity's name and every alias. */
export function entityNameWords(e: { name: string; aliases: string[] }): string[] {
  return [e.name, ...e.aliases].flatMap(lowerWords);
}

/**
 * The capitalised words of an entity's name and aliases, lower-cased: an alias the article wrote
 * with a title ("Harbour chief Vale") makes "chief" no word of the name.
 */
export function properNameWords(e: { name: string; aliases: string[] }): string[] {
  return [e.name, ...e.aliases].flatMap((n) =>
    n
      .split(/\s+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .flatMap(lowerWords),
  );
}

/** A word without a common English inflection ("visited" -> "visit", "talks" -> "talk"): crude, for loose matching. */
export function looseStem(word: string): string {
  return word.replace(/(ing|ed|es|s)$/, '');
}

/** A possessive mark written as a token of its own: "'s", "’s", or a bare apostrophe ("members'"). */
export function isPossessiveMark(text: string): boolean {
  return /^['’]s?$/.test(text);
}

/** Whether token i is a hyphen written tight against the tokens either side ("all-out"): one word, where " - " is a dash. */
export function joiningHyphen(toks: readonly { text: string; start: number; end: number }[], i: number): boolean {
  const [before, t, after] = [toks[i - 1], toks[i], toks[i + 1]];
  return t?.text === '-' && !!before && !!after && before.end === t.start && after.start === t.end;
}

/**
 * Whether token i is the apostrophe of a plural's possessive ("the skippers’ standing"): tight
 * after a word in "s", a word after it, and no single quote opened before it in the sentence,
 * which it would close ("called them ‘traitors’ yesterday").
 */
export function pluralPossessiveMark(
  toks: readonly { text: string; start: number; end: number }[],
  i: number,
): boolean {
  const [before, t, after] = [toks[i - 1], toks[i], toks[i + 1]];
  return (
    !!t &&
    /^['’]$/.test(t.text) &&
    !!before &&
    before.end === t.start &&
    /s$/i.test(before.text) &&
    !!after &&
    /^\p{L}/u.test(after.text) &&
    !toks.slice(0, i).some((x) => x.text === '‘')
  );
}

/** Whether token `i` is part of a word written with hyphens ("brother-in-law"): a hyphen or a word it joins. */
export function inHyphenatedWord(toks: readonly { text: string; start: number; end: number }[], i: number): boolean {
  const joins = (h: number) =>
    toks[h]?.text === '-' &&
    toks[h - 1]?.end === toks[h].start &&
    toks[h + 1]?.start === toks[h].end &&
    /\p{L}$/u.test(toks[h - 1]!.text) &&
    /^\p{L}/u.test(toks[h + 1]!.text);
  return joins(i) || joins(i - 1) || joins(i + 1);
}

/** A bracketed aside, innermost first. */
const ASIDE = /\([^()]*\)/g;
/** Deepest nesting of asides taken out: "Zorb (from Old Norse (zorbr))" holds two. */
const ASIDE_DEPTH = 3;

/** The text without its bracketed asides, each replaced by `by`: what a sentence says around them. */
export function withoutAsides(text: string, by = ' '): string {
  let out = text;
  for (let k = 0; k < ASIDE_DEPTH && out.includes('('); k++) out = out.replace(ASIDE, by);
  return out;
}
