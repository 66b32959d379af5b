// The deed asked of "she", written of "he" (or the other way round). An obituary tells of the one
// who died and of their family: "When did she die?" asks of her, and "He died in 2010", of her
// husband, answers of another person however well its words match.
import type { Corpus } from '../corpus/corpus.js';
import type { Token } from '../nlp/annotate.js';
import type { Question } from './question.js';

const SEX_OF_SUBJECT = new Map([
  ['he', 'm'],
  ['she', 'f'],
]);
/** Words that may stand between a subject and its verb: "she has since died", "he was later found". */
const BETWEEN = /^(?:AUX|ADV|PART)$/;

/** The sex of the pronoun a verb's subject is ("she" in "when did she die"), reading back from the verb. */
function subjectSexBefore(toks: readonly Token[], verb: number): string | null {
  let k = verb - 1;
  while (k >= 0 && BETWEEN.test(toks[k]!.pos)) k--;
  return SEX_OF_SUBJECT.get(toks[k]?.text.toLowerCase() ?? '') ?? null;
}

/** Whether each verb of the question's deed the sentence writes has a subject pronoun of the other sex than the question's. */
export function tellsOfTheOtherSex(corpus: Corpus, q: Question, gid: number): boolean {
  const verbs = q.tokens.flatMap((t, i) => (t.pos === 'VERB' ? [i] : []));
  const asked = verbs.map((i) => [q.tokens[i]!.lemma, subjectSexBefore(q.tokens, i)] as const).filter(([, s]) => s);
  if (!asked.length) return false;
  const toks = corpus.tokens(gid);
  let written = false;
  for (const [lemma, sex] of asked) {
    for (let i = 0; i < toks.length; i++) {
      if (toks[i]!.pos !== 'VERB' || toks[i]!.lemma !== lemma) continue;
      const there = subjectSexBefore(toks, i);
      if (there !== sex && there !== null) written = true;
      else return false;
    }
  }
  return written;
}
