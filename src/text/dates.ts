// Dates, read three ways: a phrase in news text ("February 3, 2021" -> 2021-02-03), a corpus's
// date field (Reuters' "26-FEB-1987 15:01:01.79"), and a document's front-matter `date:`.

/** The months' names, lower case, January first. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** 1-12 for a month's name or any start of it from 3 letters ("Sept.", "feb"); 0 for anything else. */
function monthOf(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w))) + 1;
}

const pad = (n: number): string => String(n).padStart(2, '0');

/** A four-digit year, 1000-2099, as a pattern to build on ("1987", "the 1740s", "2019-20"). */
export const YEAR_PATTERN = '(?:1[0-9]|20)[0-9]{2}';
const YEAR_WORD = new RegExp(`^${YEAR_PATTERN}$`);
const YEAR_IN_TEXT = new RegExp(`\\b${YEAR_PATTERN}\\b`, 'g');

/**
 * A bare number in a date phrase counts as its year only from 1500: news phrases name modern
 * years, and "in 1200" there is as often an amount. A year word elsewhere (a question's "coined
 * in 1066") counts from 1000.
 */
const PHRASE_YEARS_FROM = 1500;

/** Whether a word is a four-digit year, 1000-2099 ("1987"; not "0987", "2150", "1987s"). */
export function isYear(word: string): boolean {
  return YEAR_WORD.test(word);
}

/** The first year word of `text` from `from` on, or null. */
function bareYear(text: string, from: number): string | null {
  for (const m of text.matchAll(YEAR_IN_TEXT)) if (Number(m[0]) >= from) return m[0];
  return null;
}

/** ISO form (YYYY, YYYY-MM or YYYY-MM-DD) of a date phrase, or null when it names no calendar date. */
export function isoOfDatePhrase(phrase: string): string | null {
  const p = phrase.replace(/[,]/g, ' ').replace(/\s+/g, ' ').trim();
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(p);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})\b/.exec(p);
  if (m && monthOf(m[1]!)) return `${m[3]}-${pad(monthOf(m[1]!))}-${pad(Number(m[2]))}`;
  m = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.? (\d{4})\b/.exec(p);
  if (m && monthOf(m[2]!)) return `${m[3]}-${pad(monthOf(m[2]!))}-${pad(Number(m[1]))}`;
  m = /\b([A-Za-z]{3,9})\.? (\d{4})\b/.exec(p);
  if (m && monthOf(m[1]!)) return `${m[2]}-${pad(monthOf(m[1]!))}`;
  return bareYear(p, PHRASE_YEARS_FROM);
}

/** "since September 2019" -> "September 2019": the date words without the leading preposition. */
export function datePhraseCore(phrase: string): string {
  return phrase.replace(/^(since|until|till|from|by|in|on|at|during|before|after|for|around|about|of)\s+/i, '').trim();
}

function isoDay(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return null;
  // Date.UTC rolls 31-FEB over into March; a date that rolls over is not a real date.
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/** Reuters abbreviates a month to its first three letters, September also to SEPT; no other form is taken. */
const SOURCE_MONTH = /^([a-z]{3}|sept)$/i;

/**
 * A corpus's date field as ISO `YYYY-MM-DD`, so the engine reads one form. Reuters writes
 * `26-FEB-1987 15:01:01.79`, sometimes with two spaces or trailing junk
 * (`27-MAR-1987 00:02:59.13RM`); other sources give ISO dates or timestamps.
 * Returns null when the value is not a recognisable calendar date.
 */
export function isoOfSourceDate(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  let m = /^(\d{1,2})-([A-Za-z]{3,4})-(\d{4})\b/.exec(s);
  if (m) {
    const month = SOURCE_MONTH.test(m[2]!) ? monthOf(m[2]!) : 0;
    return month ? isoDay(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s);
  if (m) return isoDay(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}

/** A front-matter `date:` value: the ISO date it holds, else what Date.parse reads, else the value as written. */
export function isoOfMetaDate(value: string): string {
  const iso = /\d{4}-\d{2}-\d{2}/.exec(value);
  if (iso) return iso[0];
  const parsed = Date.parse(value);
  return Number.isNaN(parsed) ? value : new Date(parsed).toISOString().slice(0, 10);
}
