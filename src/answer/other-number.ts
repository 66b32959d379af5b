// A number the question gives that its passage writes otherwise. A question written to look
// answerable often copies a passage and changes one figure: "5.2 billion years ago" for "2.5",
// "in the 1100s" for "in the 11th century", "in 1974" for "in 1972", "pre-1875" for "pre-1975".
// The passage then tells of another time or amount, however well its words match. It answers only
// if it, or the sentence before it in its paragraph, writes each number asked: as the same
// figure, as a small number's word ("four" for "4"), or as a year inside the decade or century asked.
import type { Corpus } from '../corpus/corpus.js';
import { SMALL_NUMBER_DIGITS } from '../text/number-words.js';
import { isYear, MONTHS } from '../text/dates.js';
import type { Question } from './question.js';

/**
 * A figure as written: digits (with thousands commas and decimals), a fraction, and an ordinal's
 * or a decade's ending ("10th", "1950s", "1700's"). Not one glued to letters ("O2", "10BASE5").
 */
const FIGURE = /(?<![\p{L}\d.,/])(\d+(?:,\d{3})*(?:\.\d+)?(?:\/\d+)?)(st|nd|rd|th|s|['’]s)?(?![\p{L}\d])/giu;
/** A figure that is part of a code or a name written with a capital: "B-265", "F-16". */
const AFTER_CAPITAL = /\p{Lu}-?$/u;
const CENTURY = /^\s*(?:and\s+\d+(?:st|nd|rd|th)\s+)?centur/i;

interface Figure {
  /** Digits without commas, as compared. */
  value: string;
  /** "th" of an ordinal, "s" of a decade, '' for a plain figure. */
  ending: string;
  /** An ordinal that counts centuries ("the 11th century", "the 10th and 11th centuries"). */
  century: boolean;
  /** Its groups of digits as written: "3,231,000" is 3, 231 and 000; "62.7" is 62 and 7; "1/4" is 1 and 4. */
  groups: string[];
}

/** The figures of a text; `asked` leaves out a code's ("B-265"), which the passage may write otherwise. */
function figuresIn(text: string, asked: boolean): Figure[] {
  const out: Figure[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const at = m.index;
    if (asked && AFTER_CAPITAL.test(text.slice(Math.max(0, at - 2), at))) continue;
    const ending = (m[2] ?? '').toLowerCase().replace(/['’]/, '');
    const after = text.slice(at + m[0].length);
    out.push({
      value: m[1]!.replace(/,/g, ''),
      ending: ending === 'st' || ending === 'nd' || ending === 'rd' ? 'th' : ending,
      century: ending !== '' && ending !== 's' && CENTURY.test(after),
      groups: m[1]!.split(/[.,/]/),
    });
  }
  return out;
}

/** The years [first, last] a figure spans when it dates: a year, a decade, a century; null otherwise. */
function yearsOf(f: Figure): [number, number] | null {
  const n = Number(f.value);
  if (!Number.isInteger(n)) return null;
  if (f.century) return [(n - 1) * 100, n * 100 - 1];
  // "the 1100s" is the decade or the century: either may be meant.
  if (f.ending === 's' && n % 10 === 0) return [n, n % 100 === 0 ? n + 99 : n + 9];
  return f.ending === '' && n >= 100 && n <= 2100 ? [n, n] : null;
}

/** "9/11" as the day it names: the passage writes that month's name (or its first three letters) and the day. */
function writesTheDay(asked: Figure, passage: readonly Figure[], words: ReadonlySet<string>): boolean {
  const [month, day] = asked.value.split('/').map(Number);
  const name = MONTHS[(month ?? 0) - 1];
  return (
    !!name &&
    (day ?? 0) <= 31 &&
    (words.has(name) || words.has(name.slice(0, 3))) &&
    passage.some((f) => f.value === String(day))
  );
}

/** Whether the passage writes the figure asked, or one inside the time it spans. */
function writes(asked: Figure, passage: readonly Figure[], words: ReadonlySet<string>): boolean {
  if (passage.some((f) => f.value === asked.value)) return true;
  // A whole number typed as one group of a longer figure ("62 7" for "62.7", "3 231 000"): the
  // same figure written with spaces, as chat and search boxes do.
  if (
    asked.ending === '' &&
    /^\d+$/.test(asked.value) &&
    passage.some((f) => f.groups.length > 1 && f.groups.includes(asked.value))
  )
    return true;
  if (asked.ending === '' && asked.value.includes('/')) return writesTheDay(asked, passage, words);
  if (asked.ending === '' && [...words].some((w) => SMALL_NUMBER_DIGITS.get(w) === asked.value)) return true;
  const span = asked.ending === '' ? null : yearsOf(asked);
  if (!span) return false;
  return passage.some((f) => {
    const years = yearsOf(f);
    return !!years && years[0] >= span[0] && years[1] <= span[1];
  });
}

/** Whether the question gives a number that neither the passage nor the sentence before it in its paragraph writes. */
export function writesAnotherNumber(corpus: Corpus, q: Question, gid: number): boolean {
  const ref = corpus.sentence(gid);
  // A figure of the article's title names what the whole article is about ("the 2010 World Cup").
  const titled = new Set(figuresIn(ref.doc.title, false).map((f) => f.value));
  const asked = figuresIn(q.text, true).filter((f) => !titled.has(f.value));
  if (!asked.length) return false;
  const before = gid > 0 && corpus.sameParagraph(gid - 1, gid) ? corpus.sentenceText(gid - 1) + ' ' : '';
  const text = before + corpus.sentenceText(gid);
  const passage = figuresIn(text, false);
  const words = new Set(text.toLowerCase().split(/[^a-z]+/));
  return asked.some((f) => !writes(f, passage, words));
}

/**
 * Whether the passage (with the sentence before it in its paragraph) writes none of the years the
 * question gives but another year in their place: "in 1775" for "in 1774", "since 1987" for
 * "since 1963". Not other numbers, which may name things ("Article 101", "Stage 2") that the
 * question's ("Article 102") merely sit beside.
 */
export function writesAnotherYear(corpus: Corpus, q: Question, gid: number): boolean {
  const asked = figuresIn(q.text, true).filter((f) => f.ending === '' && isYear(f.value));
  if (!asked.length || !writesAnotherNumber(corpus, q, gid)) return false;
  const before = gid > 0 && corpus.sameParagraph(gid - 1, gid) ? corpus.sentenceText(gid - 1) + ' ' : '';
  const passage = figuresIn(before + corpus.sentenceText(gid), false);
  return passage.some((f) => f.ending === '' && isYear(f.value));
}
