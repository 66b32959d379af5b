// The constraints a passage answer must meet that read only the question and one sentence, for
// the answers found another way than by ranking passages (a quote's speaker): a sentence that
// opposes a word asked ("the highest form" for "the lowest"), states only the affirmative of a
// negated question, or writes another number than the one asked answers another question.
import type { Context } from './answer-context.js';
import { smallAntonyms } from './antonyms.js';
import { answersOnlyTheAffirmative, answersTheOpposite, contrastParts } from './contrast.js';
import { writesAnotherNumber } from './other-number.js';
import type { Question } from './question.js';

export function setAgainstTheQuestion(ctx: Context, q: Question, gid: number): boolean {
  const { corpus } = ctx;
  return (
    answersTheOpposite(q, contrastParts(corpus, q, gid, ctx.antonyms ?? smallAntonyms)) ||
    answersOnlyTheAffirmative(q, corpus.sentenceText(gid)) ||
    writesAnotherNumber(corpus, q, gid)
  );
}
