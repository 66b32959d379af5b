// The scoring rules of ../shared/tools/score-qa.mjs, as functions, so `npm run eval` scores
// citebot and the baselines exactly as the shared scorer scores the CLI.

export interface Question {
  id: string;
  command: string;
  input: string;
  doc?: string;
  expect?: string[];
  where?: 'answer' | 'cited' | 'quotes';
  expectFound?: boolean;
  expectVerdict?: string;
  expectNone?: boolean;
}

/** The parts of a Result the scorer looks at; baselines produce just these. */
export interface Scorable {
  found?: unknown;
  answer?: unknown;
  verdict?: unknown;
  citations?: unknown;
  quotes?: unknown;
}

/** Longer than this, a "citation" is a page, not a sentence, and does not count. */
export const MAXLEN = 600;

export type Bucket = 'answered' | 'abstained' | 'quote' | 'verify';
export const BUCKETS: readonly Bucket[] = ['answered', 'abstained', 'quote', 'verify'];

export const norm = (s: string | null | undefined): string =>
  String(s ?? '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/\s+/g, ' ');

const fits = (s: unknown): s is string => typeof s === 'string' && s.length <= MAXLEN;
const has = (hay: unknown, expected: readonly string[]): boolean =>
  fits(hay) && expected.some((e) => norm(hay).includes(norm(e)));

/**
 * score-qa.mjs counts quote and verify questions together as "other"; they are split here
 * because they measure different things (attribution vs. matching a claim).
 */
export function bucketOf(q: Question): Bucket {
  if (q.expectFound === false) return 'abstained';
  if (q.where === 'answer' || q.where === 'cited') return 'answered';
  if (q.expectVerdict !== undefined || q.command === 'verify') return 'verify';
  return 'quote';
}

export function passes(q: Question, o: Scorable | null | undefined): boolean {
  if (!o || typeof o !== 'object') return false;
  const cites = Array.isArray(o.citations) ? (o.citations as ({ text?: unknown } | null)[]) : [];
  const quotes = Array.isArray(o.quotes) ? (o.quotes as ({ text?: unknown } | null)[]) : [];
  const expected = q.expect ?? [];
  if (q.expectFound === false) return o.found === false;
  if (q.expectVerdict) return o.verdict === q.expectVerdict;
  if (q.expectNone) return o.found === false || quotes.length === 0;
  if (q.where === 'answer') return o.found !== false && has(o.answer, expected);
  if (q.where === 'cited')
    return o.found !== false && [o.answer, cites[0]?.text, quotes[0]?.text].some((t) => has(t, expected));
  if (q.where === 'quotes') return quotes.some((x) => has(x?.text, expected));
  return false;
}

export interface Tally {
  pass: number;
  total: number;
}
export type Score = Record<Bucket | 'overall', Tally>;

export function emptyScore(): Score {
  return {
    answered: { pass: 0, total: 0 },
    abstained: { pass: 0, total: 0 },
    quote: { pass: 0, total: 0 },
    verify: { pass: 0, total: 0 },
    overall: { pass: 0, total: 0 },
  };
}

export function addToScore(score: Score, q: Question, ok: boolean): void {
  for (const t of [score[bucketOf(q)], score.overall]) {
    t.total++;
    if (ok) t.pass++;
  }
}

export function formatTally(t: Tally): string {
  return t.total ? `${t.pass}/${t.total} (${((100 * t.pass) / t.total).toFixed(1)}%)` : '–';
}

/** Parses a question file's text; bad lines are reported, not fatal. */
export function parseQuestions(text: string, onWarning: (m: string) => void = () => {}): Question[] {
  const out: Question[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      const q = JSON.parse(line) as Question;
      if (typeof q !== 'object' || q === null || typeof q.command !== 'string' || typeof q.input !== 'string')
        throw new Error('needs command and input');
      out.push(q);
    } catch (err) {
      onWarning(`line ${i + 1}: ${(err as Error).message}; skipped`);
    }
  });
  return out;
}
