// "What country took over X?": a place asked as the doer of a deed. A place a sentence names is
// most often its setting ("X is an island north-west of continental Y"), so one without the deed,
// or a word standing for it, names where something is, not who did it.
import type { Corpus } from '../corpus/corpus.js';
import { LIGHT, omitsTheVerb } from './manner.js';
import type { Question } from './question.js';

/** Whether the question asks which place did a deed ("what/which N" right before its verb). */
export function asksAPlaceDoer(q: Question): boolean {
  const p = q.predicate;
  if (q.slot !== 'place' || p?.kind !== 'verb' || p.passive || LIGHT.has(p.lemma)) return false;
  if (q.whAt < 0 || !/^(what|which)$/i.test(q.tokens[q.whAt]!.text) || p.at < q.whAt + 2) return false;
  return q.tokens.slice(q.whAt + 1, p.at).every((t) => t.pos === 'ADJ' || t.pos === 'NOUN');
}

/** Whether a question asking which place did a deed meets a sentence without the deed. */
export function placeLacksTheDeed(corpus: Corpus, q: Question, gid: number): boolean {
  return asksAPlaceDoer(q) && omitsTheVerb(corpus, q, gid);
}
