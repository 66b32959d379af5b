// The times a sentence writes, found once for the store's clause frames and for answers alike.
import { datePhraseCore, isYear } from '../text/dates.js';
import type { Token } from '../nlp/annotate.js';

/** A time that bounds another event rather than dates the one asked: "since 2019", "until May". */
const BOUND = /^(since|until|till)\b/i;

/** A cheap test before the patterns: only a word starting with a digit is a year or a day. */
const startsWithDigit = (w: string) => w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57;

const WORD_PART = /^[\p{L}\p{N}-]+$/u;

/** A time phrase: its words without a leading preposition, its tokens [first, last], whether it bounds ("since May"). */
export interface TimePhrase {
  text: string;
  first: number;
  last: number;
  bound: boolean;
}

/**
 * The times a sentence writes: wink's dates, durations and times (the whole word as written), a
 * bare year or decade that does not qualify a noun, and a day written as an ordinal ("the 3rd").
 * Clause frames attach each to its clause (clause-frames.ts); answers pick among them.
 */
export function timePhrases(
  toks: readonly Pick<Token, 'text' | 'start' | 'end' | 'pos' | 'ent'>[],
  text: string,
): TimePhrase[] {
  const phrases: TimePhrase[] = [];
  for (let i = 0; i < toks.length; i++) {
    const type = toks[i]!.ent;
    if (type !== 'DATE' && type !== 'DURATION' && type !== 'TIME') continue;
    let j = i;
    while (toks[j + 1]?.ent === type) j++;
    // The whole word as written: wink splits "880s" into "8" and "80s", "present-day" into three.
    let from = i;
    while (from > 0 && toks[from - 1]!.end === toks[from]!.start && WORD_PART.test(toks[from - 1]!.text)) from--;
    const raw = text.slice(toks[from]!.start, toks[j]!.end);
    phrases.push({
      text: datePhraseCore(raw),
      first: from,
      last: j,
      bound: BOUND.test(raw) || BOUND.test(toks[from - 1]?.text ?? ''),
    });
    i = j;
  }
  // A bare year or decade, unless it qualifies a noun ("the 2024 budget" says which budget, not when).
  toks.forEach((t, i) => {
    if (
      startsWithDigit(t.text) &&
      isYear(t.text.replace(/s$/, '')) &&
      toks[i + 1]?.pos !== 'NOUN' &&
      !phrases.some((p) => p.text.includes(t.text))
    ) {
      phrases.push({ text: t.text, first: i, last: i, bound: BOUND.test(toks[i - 1]?.text ?? '') });
    }
  });
  // Not an ordinal of a noun after it ("the 61st minute", "the 3rd round"), which counts, not dates.
  toks.forEach((t, i) => {
    if (startsWithDigit(t.text) && /^\d{1,2}(st|nd|rd|th)$/i.test(t.text) && toks[i + 1]?.pos !== 'NOUN')
      phrases.push({ text: t.text, first: i, last: i, bound: false });
  });
  // A season wink leaves undated ("next spring": it reads "spring" as water too) when a word
  // relative to the article's date or "in the" makes it a time.
  toks.forEach((t, i) => {
    if (!SEASON.test(t.text) || t.ent || t.pos !== 'NOUN') return;
    const before = toks[i - 1]?.text.toLowerCase() ?? '';
    const dates = SEASON_MODIFIER.has(before) || (before === 'the' && /^in$/i.test(toks[i - 2]?.text ?? ''));
    if (dates && !phrases.some((p) => p.first <= i && i <= p.last)) {
      const first = SEASON_MODIFIER.has(before) ? i - 1 : i;
      phrases.push({ text: text.slice(toks[first]!.start, t.end), first, last: i, bound: false });
    }
  });
  // A time of day written with a colon, which wink reads as a bare number ("at 04:12 local time").
  toks.forEach((t, i) => {
    if (!CLOCK_DIGITS.test(t.text) || phrases.some((p) => p.first <= i && i <= p.last)) return;
    const zone = /^local$/i.test(toks[i + 1]?.text ?? '') && /^time$/i.test(toks[i + 2]?.text ?? '') ? i + 2 : i;
    phrases.push({ text: text.slice(t.start, toks[zone]!.end), first: i, last: zone, bound: false });
  });
  return phrases;
}

/** "04:12", "9:30": hours and minutes. */
const CLOCK_DIGITS = /^([01]?\d|2[0-3]):[0-5]\d$/;
const SEASON = /^(spring|summer|autumn|winter)$/i;
/** Words that make a season a time: "next spring", "early summer". */
const SEASON_MODIFIER = new Set(['next', 'last', 'this', 'early', 'late', 'mid']);
