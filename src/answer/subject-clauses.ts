// "How many votes did the Reform candidate get": the clauses whose doer is the question's subject,
// as the sentence names it, or as a phrase set beside it by a comma names it ("the Reform
// candidate, Ann Bell, who received 9,000"). An amount of another doer's clause is not theirs.
import type { ClauseFrame } from '../extract/clause-frames.js';
import type { Tok } from '../corpus/corpus.js';
import type { Question } from './question.js';

/** Words of a noun phrase set beside a doer. */
const IN_PHRASE = /^(DET|ADJ|NOUN|PROPN|NUM)$/;

/** The token ranges of the clauses whose subject, or the phrase before it across a comma, names the question's subject. */
export function subjectDoerClauses(
  q: Question,
  frames: readonly ClauseFrame[],
  toks: readonly Tok[],
): [number, number][] {
  const p = q.predicate;
  if (p?.kind !== 'verb' || p.passive) return [];
  const words = new Set(q.arguments.filter((a) => a.role === 'subject' && a.at < p.at).flatMap((a) => a.words));
  if (!words.size) return [];
  const names = (from: number, to: number) =>
    toks.slice(from, to).some((t) => words.has(t.text.toLowerCase()) || words.has(t.lemma.toLowerCase()));
  return frames
    .filter((c) => {
      if (!c.subject) return false;
      let from = c.subject[0];
      if (toks[from - 1]?.text === ',') {
        from--;
        while (from > 0 && IN_PHRASE.test(toks[from - 1]!.pos)) from--;
      }
      return names(from, c.subject[1]);
    })
    .map((c): [number, number] => [c.from, c.to]);
}
