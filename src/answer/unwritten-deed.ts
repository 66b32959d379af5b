// "What did X spend the money on?": the thing a deed was done to or with. When no article writes
// the question's verb, nor any word that stands for it, a passage naming X and the money tells of
// another deed of theirs ("X moved the money"), whose object answers nothing asked.
import { SPEECH_VERBS } from '../extract/lexicon.js';
import { OPINION_VERBS } from './question-kind.js';
import type { Question } from './question.js';

/** Verbs that name no deed of their own: "what did X do", "what did X get". */
const LIGHT = new Set(['be', 'have', 'do', 'get', 'make', 'take', 'give', 'go', 'come', 'happen']);
/** Auxiliaries that put the asked thing after the subject: "what did X buy", "what will X build". */
const DO_SUPPORT = /^(do|does|did|will|would|can|could|should|might|may)$/i;

/** Whether the question asks the object of a deed no article writes in any words. */
export function asksAnUnwrittenDeed(q: Question): boolean {
  const p = q.predicate;
  if (q.wh !== 'what' || q.slot !== 'thing' || p?.kind !== 'verb' || p.passive) return false;
  if (LIGHT.has(p.lemma) || SPEECH_VERBS.has(p.lemma) || OPINION_VERBS.has(p.lemma)) return false;
  if (!DO_SUPPORT.test(q.tokens[q.whAt + 1]?.text ?? '')) return false;
  const deed = q.groups.find((g) => g.at === p.at);
  return !!deed && deed.stems.size === 0;
}
