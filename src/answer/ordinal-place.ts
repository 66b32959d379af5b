// "How many planets is Corvo from Vega?" where the article writes "Corvo is the third planet
// from Vega": a thing's place in a row of the things counted is said with an ordinal after a
// copula ("is the third planet", "became the 44th president"). Only there: "her second child was
// born in 1990" says nothing of how many children she had.
import type { Tok } from '../corpus/corpus.js';

/** An ordinal written as a word or in digits: "third", "twenty-first", "44th". */
export const ORDINAL =
  /^(?:\d+(?:st|nd|rd|th)|(?:[a-z]+-)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|[a-z]+teenth|[a-z]+tieth|hundredth))$/i;

/** Verbs whose complement places their subject in a row: "is the third", "became the 44th". */
const COPULA = new Set(['be', 'become', 'remain', 'rank']);

/**
 * "the third planet" when a copula puts it before the noun counted (`isCounted`), an ordinal
 * directly before that noun; null otherwise.
 */
export function ordinalPlace(toks: readonly Tok[], isCounted: (t: Tok | undefined) => boolean): string | null {
  for (let i = 2; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (!ORDINAL.test(t.text) || !isCounted(toks[i + 1])) continue;
    if (toks[i - 1]!.lemma !== 'the' || !COPULA.has(toks[i - 2]!.lemma)) continue;
    return `the ${t.text} ${toks[i + 1]!.text}`;
  }
  return null;
}
