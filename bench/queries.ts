// Benchmark questions generated from the corpus itself: a real sentence with words dropped and a
// typo added; the answer is right when the top citation is that sentence. Also names (for quote,
// who) and name prefixes (for autocomplete).
import type { CorpusDoc, Sentence } from './corpus.js';
import { rng } from './stats.js';

export interface Probe {
  query: string;
  target: Sentence;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** A typo a user makes: two neighbouring letters swapped, or one dropped. */
function typo(word: string, rand: () => number): string {
  const i = 1 + Math.floor(rand() * (word.length - 2));
  return rand() < 0.5
    ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
    : word.slice(0, i) + word.slice(i + 1);
}

/**
 * Sentences of 8 to 40 words (shorter ones are tables and datelines, longer ones run-ons the
 * simple splitter made); about a quarter of the words dropped, one long word misspelt.
 */
export function makeProbes(docs: readonly CorpusDoc[], count: number, seed = 1): Probe[] {
  const rand = rng(seed);
  const pool = docs
    .flatMap((d) => d.sentences)
    .filter((s) => {
      const n = s.text.match(WORD)?.length ?? 0;
      return n >= 8 && n <= 40;
    });
  if (pool.length === 0) return [];
  const out: Probe[] = [];
  for (let k = 0; k < count; k++) {
    const target = pool[Math.floor(rand() * pool.length)]!;
    const all: string[] = target.text.match(WORD) ?? [];
    const words = all.filter(() => rand() >= 0.25);
    // Always at least one word fewer: the question is never the sentence itself.
    if (words.length === all.length) words.splice(Math.floor(rand() * words.length), 1);
    const long = words.map((w, i) => [w, i] as const).filter(([w]) => w.length >= 5);
    if (long.length) {
      const [w, i] = long[Math.floor(rand() * long.length)]!;
      words[i] = typo(w, rand);
    }
    out.push({ query: words.join(' '), target });
  }
  return out;
}

const NAME = /\b[A-Z][a-z]+(?: [A-Z][a-z]+)+\b/g;

/** Capitalised multi-word names as they appear in the text (people, firms, places). */
export function makeNames(docs: readonly CorpusDoc[], count: number, seed = 2): string[] {
  const rand = rng(seed);
  const all: string[] = [];
  for (const d of docs)
    for (const s of d.sentences) for (const m of s.text.matchAll(NAME)) if (m.index > 0) all.push(m[0]);
  if (all.length === 0) return [];
  return Array.from({ length: count }, () => all[Math.floor(rand() * all.length)]!);
}

/** What someone has typed so far into an autocomplete box: 2 to 6 letters of a name. */
export function makePrefixes(names: readonly string[], seed = 3): string[] {
  const rand = rng(seed);
  return names.map((n) => n.slice(0, 2 + Math.floor(rand() * 5)));
}

/** A citation hits when it is in the same document and overlaps the target sentence. */
export function hits(c: { doc?: string; start?: number; end?: number } | undefined, t: Sentence): boolean {
  return (
    !!c &&
    c.doc === t.doc &&
    typeof c.start === 'number' &&
    typeof c.end === 'number' &&
    c.start < t.end &&
    t.start < c.end
  );
}
