// The clauses of a sentence that are about something other than what a question asks: "how long
// was the jury out" of "jailed for six years after a jury found him guilty", "how many men raided
// the shop" of "two men were arrested after the shop was raided". An amount written in one of
// them is not the amount asked.
import type { ClauseFrame } from '../extract/clause-frames.js';
import type { Tok } from '../corpus/corpus.js';
import type { Question } from './question.js';
import { FRAME_VERBS } from './clauses.js';
import { stemOf } from '../nlp/annotate.js';

const RELATIVE = /^(who|which|that|whom|whose)$/i;
/** Verbs that carry no deed of their own ("did", "have", "get"): no clause is the deed's by them. */
const LIGHT = new Set(['be', 'have', 'do', 'get', 'make', 'take', 'go', 'come']);

/**
 * The clauses that write the question's own verb as their deed, when that verb is one a clause
 * can be held to: a verb the question writes as one, neither light nor one of saying (whose
 * content follows it in a clause of its own). Not a verb after a preposition ("the method of
 * producing it"), which names a deed rather than doing it. None otherwise.
 */
export function deedFrames(q: Question, clauses: readonly ClauseFrame[], toks: readonly Tok[]): ClauseFrame[] {
  const at = deedPositions(q, toks);
  return clauses.filter((c) => at.includes(c.verb));
}

/** Where the sentence writes the question's own verb as a verb, on the terms of `deedFrames`. */
export function deedPositions(q: Question, toks: readonly Tok[]): number[] {
  const p = q.predicate;
  if (p?.kind !== 'verb' || LIGHT.has(p.lemma) || FRAME_VERBS.has(p.lemma) || q.tokens[p.at]?.pos !== 'VERB') return [];
  const st = stemOf(p.lemma);
  const done = (i: number) =>
    toks[i]?.pos === 'VERB' && (toks[i].stem === st || stemOf(toks[i].lemma) === st) && toks[i - 1]?.pos !== 'ADP';
  return toks.flatMap((_, i) => (done(i) ? [i] : []));
}

/** "colonies containing 80,000 residents": a clause led by a participle describes a noun of another. */
const participial = (c: ClauseFrame, toks: readonly Tok[]) =>
  /ing$/i.test(toks[c.verb]?.text ?? '') && toks[c.verb - 1]?.pos !== 'AUX';

/**
 * The sentence's clauses other than those `about` the thing or deed asked; none when no clause
 * is. Not the noun a relative clause of the deed describes ("arrested two men | who raided").
 */
export function unaskedClauses(
  clauses: readonly ClauseFrame[],
  about: readonly [number, number][],
  toks: readonly Tok[],
): [number, number][] {
  const of = clauses.filter((c) => about.some(([f]) => f === c.from));
  // A subject gathered across other clauses ("he led an army ..., capturing X, and reaching Y")
  // says nothing of which clause is about what.
  const straddles = of.some(
    (c) => c.subject && clauses.some((o) => o !== c && c.subject![0] <= o.verb && o.verb < c.subject![1]),
  );
  if (!of.length || straddles) return [];
  const described = (c: ClauseFrame) =>
    about.some(
      ([f]) => RELATIVE.test(toks[f]?.text ?? '') && (f === c.to || (f === c.to + 1 && toks[c.to]?.text === ',')),
    );
  return clauses
    .filter((c) => !about.some(([f]) => f === c.from) && !described(c) && !participial(c, toks))
    .map((c) => [c.from, c.to]);
}
