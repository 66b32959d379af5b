// Normalises the dates news text writes ("September 2019", "February 3, 2021", "3 Feb 2021").
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function month(word: string): number {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => m === w || (w.length >= 3 && m.startsWith(w)));
  return i + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** ISO form (YYYY, YYYY-MM or YYYY-MM-DD) of a date phrase, or null when it names no calendar date. */
export function normaliseDate(phrase: string): string | null {
  const p = phrase.replace(/[,]/g, ' ').replace(/\s+/g, ' ').trim();
  let m = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(p);
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  m = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})\b/.exec(p);
  if (m && month(m[1]!)) return `${m[3]}-${pad(month(m[1]!))}-${pad(Number(m[2]))}`;
  m = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.? (\d{4})\b/.exec(p);
  if (m && month(m[2]!)) return `${m[3]}-${pad(month(m[2]!))}-${pad(Number(m[1]))}`;
  m = /\b([A-Za-z]{3,9})\.? (\d{4})\b/.exec(p);
  if (m && month(m[1]!)) return `${m[2]}-${pad(month(m[1]!))}`;
  m = /\b(1[5-9]\d{2}|20\d{2})\b/.exec(p);
  if (m) return m[1]!;
  return null;
}

/** "since September 2019" -> "September 2019": the date words without the leading preposition. */
export function datePhraseCore(phrase: string): string {
  return phrase.replace(/^(since|until|till|from|by|in|on|at|during|before|after|for|around|about|of)\s+/i, '').trim();
}
