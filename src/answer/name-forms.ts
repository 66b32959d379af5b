// A word derived from a name ("soilers" of the Free Soil Party, "Texans" of Texas, "Canadians" of
// Canada, "Marxists" of Marx): it stands for the name the articles write.
import type { Corpus } from '../corpus/corpus.js';
import { entitiesWithWord } from '../search/names.js';
import { nameWords } from '../text/words.js';

/** Endings that derive a word from a name, each with what may stand in their place in the name. */
const DERIVING: [RegExp, string[]][] = [
  [/(?:er|ite|ist)s?$/, ['']],
  [/ians?$/, ['', 'a', 'y', 'ia']],
  [/ans?$/, ['', 'a', 'o', 'as', 'any']],
  [/ese$/, ['', 'a']],
  [/is?$/, ['']],
];
/**
 * Weight of the name's word standing for the derived one, as a name's aliases count: less than
 * the word itself, since "Texans" may ask of people the article only places in Texas.
 */
export const DERIVED_NAME_WEIGHT = 0.8;
/** Fewest letters of the name's word: shorter stems are other words' ("ban" of "banners"). */
const MIN_NAME_WORD = 3;

/**
 * The word of a name in the articles that `word` is derived from, or null. A name of more words
 * counts only when the question also types one of its other words beside this one ("free
 * soilers"): "workers" is not of the "Department for Work and Pensions".
 */
export function nameDerivedFrom(word: string, beside: string[], corpus: Corpus): string | null {
  const lower = word.toLowerCase();
  for (const [ending, replacements] of DERIVING) {
    const m = ending.exec(lower);
    if (!m) continue;
    const root = lower.slice(0, m.index);
    for (const r of replacements) {
      const base = root + r;
      if (base.length < MIN_NAME_WORD || base === lower) continue;
      const named = entitiesWithWord(corpus, base).some((e) =>
        [e.name, ...e.aliases].some((n) => {
          const words = nameWords(n);
          return words.includes(base) && (words.length === 1 || beside.some((b) => words.includes(b.toLowerCase())));
        }),
      );
      if (named) return base;
    }
  }
  return null;
}
