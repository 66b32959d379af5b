// "How did X die?", "how is foundation made": a question that asks only the manner of a deed done
// by (or to) its subject. A passage without the deed, or a word standing for it ("death" for
// "die"), tells how something else is done, or only what X is, however much of X's name it holds.
// A question that says more of the deed ("how is oxygen ranked as abundant in the universe") is
// often answered in other words ("the third most abundant"), so its deed is not required.
import type { Corpus } from '../corpus/corpus.js';
import type { Question } from './question.js';

/** Verbs that name no deed of their own: "how did he become famous", "how does it get there". */
export const LIGHT = new Set(['be', 'have', 'do', 'get', 'become', 'happen', 'occur', 'go', 'come']);

/** Whether a question asking only how its subject's deed was done meets a sentence without that deed. */
export function lacksTheDeed(corpus: Corpus, q: Question, gid: number): boolean {
  const p = q.predicate;
  if (q.slot !== 'manner' || p?.kind !== 'verb' || LIGHT.has(p.lemma)) return false;
  if (q.arguments.some((a) => a.role !== 'subject')) return false;
  return omitsTheVerb(corpus, q, gid);
}

/** Whether the sentence writes none of the words of the question's verb (its paraphrases included). */
export function omitsTheVerb(corpus: Corpus, q: Question, gid: number): boolean {
  const deed = q.groups.find((g) => g.at === q.predicate?.at);
  if (!deed) return false;
  const stems = new Set(corpus.stemsOf(gid));
  return ![...deed.stems.keys()].some((st) => stems.has(st));
}
