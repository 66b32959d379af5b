// "Who recalled the kettles?" against "The recall covers kettles sold at X and Y",
// "where was X filmed" against "X was named best film ... in Z": a sentence that only
// names the deed ("the recall", "best film") tells of the thing, not who did it or where. A name
// in it does the deed only by "by", "of" or a possessive ("the recall by X", "the reign of X",
// "X's recall").
import type { Tok } from '../corpus/corpus.js';
import { stemOf } from '../nlp/annotate.js';
import type { Question } from './question.js';

/** Words before a noun that make it one: not "that", which wink may read so before a verb ("a snail that lives"). */
const ARTICLE = /^(the|a|an|this|these|its|their)$/i;

/** Verbs of where a thing is, whose noun says it as well: "X maintains a location on the campus". */
const STATIVE = new Set(['locate', 'base', 'situate']);

/**
 * Whether the sentence writes the question's verb only as a noun after a determiner or an
 * adjective ("the recall", "best film"), with no doer marked.
 */
export function namesTheDeedOnly(q: Question, toks: readonly Tok[]): boolean {
  const p = q.predicate;
  if (p?.kind !== 'verb' || q.tokens[p.at]?.pos !== 'VERB' || STATIVE.has(p.lemma)) return false;
  const st = stemOf(p.lemma);
  const at = toks.flatMap((t, i) => (t.stem === st || stemOf(t.lemma) === st ? [i] : []));
  return (
    at.length > 0 &&
    at.every(
      (i) =>
        toks[i]!.pos === 'NOUN' &&
        (ARTICLE.test(toks[i - 1]?.text ?? '') || toks[i - 1]?.pos === 'ADJ') &&
        !/^(by|of)$/i.test(toks[i + 1]?.text ?? ''),
    )
  );
}
