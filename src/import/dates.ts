// Dates as news corpora write them, normalised to ISO `YYYY-MM-DD` so the engine reads one form.

const MONTHS: Record<string, number> = {
  JAN: 1, FEB: 2, MAR: 3, APR: 4, MAY: 5, JUN: 6, JUL: 7, AUG: 8, SEP: 9, SEPT: 9, OCT: 10, NOV: 11, DEC: 12,
};

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return null;
  // Date.UTC rolls 31-FEB over into March; a date that rolls over is not a real date.
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
}

/**
 * Reuters writes `26-FEB-1987 15:01:01.79`, sometimes with two spaces or trailing junk
 * (`27-MAR-1987 00:02:59.13RM`); other sources give ISO dates or timestamps.
 * Returns null when the value is not a recognisable calendar date.
 */
export function normaliseDate(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const s = raw.trim();
  let m = /^(\d{1,2})-([A-Za-z]{3,4})-(\d{4})\b/.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.toUpperCase()];
    return month ? iso(Number(m[3]), month, Number(m[1])) : null;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  return null;
}
