// "When did Anna leave the town?" against "Marta left the town in 1990": the deed asked, done by
// someone the question does not name. The date, place or amount of that clause is another
// person's, so it does not answer. Only when both name their doer: a pronoun or a common noun
// ("the council") may stand for the one asked.
import type { Tok } from '../corpus/corpus.js';
import type { ClauseFrame } from '../extract/clause-frames.js';

/**
 * Whether every clause of the sentence with the question's verb (`verbAt`, token positions) has
 * an active subject of proper names of which none is the question's (`asked`: the question's
 * words, lower case), while the question names its own doer before its verb (`question`).
 */
export function doneByAnother(
  toks: Tok[],
  clauses: readonly ClauseFrame[],
  verbAt: readonly number[],
  asked: ReadonlySet<string>,
  question: readonly { text: string; pos: string; lemma: string }[],
): boolean {
  const verb = question.findIndex((t, i) => i > 0 && t.pos === 'VERB');
  if (verb < 0 || !question.slice(1, verb).some((t) => t.pos === 'PROPN')) return false;
  const own = clauses.filter((c) => verbAt.includes(c.verb));
  if (!own.length) return false;
  return own.every((c) => {
    if (c.passive || !c.subject) return false;
    const names = toks.slice(c.subject[0], c.subject[1]);
    if (names.some((t) => t.pos !== 'PROPN' && t.pos !== 'PUNCT' && t.pos !== 'CCONJ')) return false;
    return names.some((t) => t.pos === 'PROPN') && !names.some((t) => asked.has(t.text.toLowerCase()));
  });
}
