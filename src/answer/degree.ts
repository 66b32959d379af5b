// Degrees and order: "the highest rate", "the least important class", "a smaller population",
// "after the introduction". A question written to look answerable often turns one of them round
// ("the lowest" for "the highest", "before" for "after"); every other word still matches, so only
// reading the degree itself shows that the passage answers another question.
import type { Token } from '../nlp/annotate.js';
import type { AntonymSource } from './antonyms.js';

/** A quality graded up or down: "highest" is high, up; "least important" is important, down. */
export interface Grade {
  /** Lemmas that may be the quality ("lowest": low, lowe): only one that the other side uses counts. */
  quality: string[];
  /** 1 for more of the quality (most, -est, -er), -1 for less (least, less, fewer). */
  sign: 1 | -1;
}

/** Degree words whose quality is not their own stem. */
const IRREGULAR: Record<string, { quality: string[]; sign: 1 | -1 }> = {
  best: { quality: ['good', 'well'], sign: 1 },
  better: { quality: ['good', 'well'], sign: 1 },
  worst: { quality: ['bad', 'badly'], sign: 1 },
  worse: { quality: ['bad', 'badly'], sign: 1 },
  most: { quality: ['many', 'much'], sign: 1 },
  more: { quality: ['many', 'much'], sign: 1 },
  fewest: { quality: ['many'], sign: -1 },
  fewer: { quality: ['many'], sign: -1 },
  least: { quality: ['much'], sign: -1 },
  less: { quality: ['much'], sign: -1 },
};
/** Degree words that grade the quality after them: "most important", "less likely". */
const GRADING = new Map<string, 1 | -1>([
  ['most', 1],
  ['more', 1],
  ['least', -1],
  ['less', -1],
]);
/** Qualities graded as counts or amounts, whose opposites the antonym lists may lack. */
const COUNT_OPPOSITES = new Map([
  ['few', 'many'],
  ['little', 'much'],
]);

const GRADED_POS = /^(ADJ|ADV)$/;
/** Words around a degree word that make it a bound, not a grade: "at least 5", "no more than", "more or less". */
const BOUND_BEFORE = new Set(['at', 'no', 'not']);
const BOUND_AFTER = new Set(['or']);

function isIdiom(tokens: readonly Token[], i: number): boolean {
  return (
    BOUND_BEFORE.has(tokens[i - 1]?.text.toLowerCase() ?? '') ||
    BOUND_AFTER.has(tokens[i + 1]?.text.toLowerCase() ?? '')
  );
}
const QUALITY_POS = /^(ADJ|ADV|VERB)$/;

/** The stems a superlative or comparative may come from: "lowest" low, "largest" large, "biggest" big, "earliest" early. */
function baseForms(word: string, suffix: 'est' | 'er'): string[] {
  const stem = word.slice(0, -suffix.length);
  const forms = [stem, stem + 'e'];
  if (stem.length > 2 && stem.at(-1) === stem.at(-2)) forms.push(stem.slice(0, -1));
  if (stem.endsWith('i')) forms.push(stem.slice(0, -1) + 'y');
  return forms;
}

/** The grades the tokens state, each with the token index of its degree word. */
export function gradesIn(tokens: readonly Token[]): (Grade & { at: number })[] {
  const out: (Grade & { at: number })[] = [];
  tokens.forEach((t, i) => {
    const lower = t.text.toLowerCase();
    const next = tokens[i + 1];
    if (isIdiom(tokens, i)) return;
    const grading = GRADING.get(lower);
    if (grading !== undefined && next && QUALITY_POS.test(next.pos)) {
      out.push({ quality: [next.lemma, next.text.toLowerCase()], sign: grading, at: i });
      return;
    }
    const irregular = IRREGULAR[lower];
    if (irregular) {
      out.push({ ...irregular, at: i });
      return;
    }
    if (!GRADED_POS.test(t.pos) || lower.length < 5) return;
    // wink gives "high" for "highest" but "lowest" for "lowest": the suffix read as well.
    const suffix = lower.endsWith('est') ? 'est' : lower.endsWith('er') && t.lemma !== lower ? 'er' : null;
    if (!suffix) return;
    const quality = [...new Set([...(t.lemma !== lower ? [t.lemma] : []), ...baseForms(lower, suffix)])];
    out.push({ quality, sign: 1, at: i });
  });
  return out.map((g) => normalised(g));
}

/** "fewest" is the least many: counts and amounts graded on one scale each. */
function normalised<G extends Grade>(g: G): G {
  const count = g.quality.map((q) => COUNT_OPPOSITES.get(q)).find((q) => q !== undefined);
  return count ? { ...g, quality: [count], sign: g.sign === 1 ? -1 : 1 } : g;
}

/** How the passage grades the question's quality: 1 the same way, -1 the other way, 0 not at all. */
function direction(asked: Grade, passage: Grade, antonyms: AntonymSource): 1 | -1 | 0 {
  const same = passage.quality.some((q) => asked.quality.includes(q));
  const opposite =
    !same &&
    (asked.quality.some((q) => antonyms(q).some((a) => passage.quality.includes(a))) ||
      passage.quality.some((q) => antonyms(q).some((a) => asked.quality.includes(a))));
  if (!same && !opposite) return 0;
  return (passage.sign === asked.sign) === same ? 1 : -1;
}

/**
 * Whether the passage grades a quality the question grades the other way: "the lowest" for "the
 * highest", "the largest" for "a smaller", "best known" for "least well known". A question asking
 * for the least of something is not answered by a passage that states the quality ungraded ("an
 * important class" for "the least important class"): it says the opposite of least.
 */
export function gradedTheOtherWay(
  question: readonly Token[],
  passage: readonly Token[],
  antonyms: AntonymSource,
): boolean {
  const asked = gradesIn(question);
  if (!asked.length) return false;
  const stated = gradesIn(passage);
  const degreeWords = new Set(stated.map((g) => g.at));
  return asked.some((a) => {
    const ways = stated.map((s) => direction(a, s, antonyms));
    if (ways.includes(1)) return false;
    if (ways.includes(-1)) return true;
    return (
      a.sign === -1 &&
      a.quality[0] !== 'much' &&
      a.quality[0] !== 'many' &&
      passage.some((t, i) => !degreeWords.has(i) && a.quality.includes(t.lemma) && !degreeWords.has(i - 1))
    );
  });
}

/** Prepositions of order whose opposite turns the relation round: "before the war" / "after the war". */
const ORDER_OPPOSITES = new Map([
  ['before', 'after'],
  ['after', 'before'],
  ['above', 'below'],
  ['below', 'above'],
  ['inside', 'outside'],
  ['outside', 'inside'],
  ['with', 'without'],
  ['without', 'with'],
  ['for', 'against'],
  ['against', 'for'],
]);
/** Order words that say more than order only after the same verb: "voted for" / "voted against", not "allow for" / "generated against". */
const AFTER_SAME_VERB = new Set(['for', 'against']);
/** How far the word an order preposition governs may stand from it: "before the first introduction". */
const ORDER_REACH = 3;
const GOVERNED_POS = /^(NOUN|PROPN|VERB|NUM)$/;

/** A word the question orders by a preposition ("after the introduction"): the preposition, its opposite, the word it governs, and the verb an opposite of "for"/"against" must follow. */
interface AskedOrder {
  word: string;
  opposite: string;
  governed: Token;
  verb: Token | undefined;
}

/** The words a question orders by a preposition of order, read from the question alone. */
function ordersIn(question: readonly Token[]): AskedOrder[] {
  const out: AskedOrder[] = [];
  question.forEach((t, i) => {
    const opposite = ORDER_OPPOSITES.get(t.text.toLowerCase());
    if (!opposite) return;
    const governed = question.slice(i + 1, i + 1 + ORDER_REACH).find((x) => GOVERNED_POS.test(x.pos));
    if (!governed) return;
    const verb = AFTER_SAME_VERB.has(opposite) ? question[i - 1] : undefined;
    if (verb && verb.pos !== 'VERB') return;
    out.push({ word: t.text.toLowerCase(), opposite, governed, verb });
  });
  return out;
}

/** Whether the question orders a word by a preposition of order, so that a passage may order it the other way. */
export function ordersAWord(question: readonly Token[]): boolean {
  return ordersIn(question).length > 0;
}

/**
 * Whether the passage puts a word the question orders by a preposition under its opposite: "after
 * the introduction of X.25" against "before the introduction of X.25".
 */
export function orderedTheOtherWay(question: readonly Token[], passage: readonly Token[]): boolean {
  return ordersIn(question).some(({ word, opposite, governed, verb }) =>
    passage.some((p, j) => {
      if (p.stem !== governed.stem) return false;
      const from = Math.max(0, j - ORDER_REACH);
      const before = passage.slice(from, j).map((x) => x.text.toLowerCase());
      const at = before.lastIndexOf(opposite);
      return at >= 0 && !before.includes(word) && (!verb || passage[from + at - 1]?.stem === verb.stem);
    }),
  );
}
