// "When was the report published?" about an article that writes "The report was published on
// Thursday": a document noun the articles use, with the question's deed, in one sentence is a
// thing they tell of, not the article itself. "The article" is always the article.
import type { Token } from '../nlp/annotate.js';
import type { TextIndex } from '../search/text-index.js';

/** Sentences looked through for the noun and the deed together: the few where both weigh most. */
const TOLD_OF_HITS = 5;

/** Whether a sentence of the articles writes one of the question's document nouns (not "article") with one of its verbs. */
export function documentToldOf(
  tokens: readonly Token[],
  index: TextIndex,
  documentWords: ReadonlySet<string>,
): boolean {
  const nouns = tokens.filter((t) => t.pos === 'NOUN' && t.lemma !== 'article' && documentWords.has(t.lemma));
  const verbs = tokens.filter((t) => t.pos === 'VERB' && index.hasStem(t.stem));
  for (const noun of nouns) {
    if (!index.hasStem(noun.stem)) continue;
    for (const verb of verbs) {
      const query = new Map([
        [noun.stem, 1],
        [verb.stem, 1],
      ]);
      if (
        index
          .search(query, undefined, TOLD_OF_HITS)
          .some((h) => index.occursIn(noun.stem, h.gid) && index.occursIn(verb.stem, h.gid))
      )
        return true;
    }
  }
  return false;
}
