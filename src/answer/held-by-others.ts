// "What do dock workers expect?" asks their own view, which "dock workers are expected to strike"
// is not: there others expect it of them, and any answer from it ("to strike", "June") would put
// a view in their mouths.
import type { Corpus } from '../corpus/corpus.js';
import { OPINION_VERBS } from './question-kind.js';
import type { Question } from './question.js';

/** Whether the sentence writes the view asked ("expect", "want") only in the passive. */
export function heldByOthers(corpus: Corpus, q: Question, gid: number): boolean {
  const p = q.predicate;
  if (p?.kind !== 'verb' || p.passive || !OPINION_VERBS.has(p.lemma)) return false;
  const toks = corpus.tokens(gid);
  const written = toks.flatMap((t, i) => (t.pos === 'VERB' && t.lemma === p.lemma ? [i] : []));
  return written.length > 0 && written.every((i) => toks[i - 1]?.lemma === 'be');
}
