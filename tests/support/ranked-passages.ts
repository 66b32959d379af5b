// Every passage ranking scores for a question sent to `ask`, as tests that look at a passage's
// score parts read them; a question answered another way (a profile, yes/no) fails the test.
import { routeQuestion } from '../../src/answer/ask.js';
import type { Context } from '../../src/answer/answer-context.js';
import { rankPassages, type RankedPassage } from '../../src/answer/rank-passages.js';

export function rankedFor(ctx: Context, question: string, explain = false): RankedPassage[] {
  const route = routeQuestion(
    ctx,
    question,
    {},
    { command: 'ask', input: question, found: false, answer: null, citations: [], quotes: [], facts: [] },
  );
  if ('result' in route) throw new Error(`"${question}" was not ranked by passage`);
  return rankPassages(ctx, route.passage, {}, { exhaustive: true, explain });
}

/** The ranked passage whose sentence matches `words`; a test fails when none does. */
export function passageMatching(ctx: Context, all: RankedPassage[], words: RegExp): RankedPassage {
  const found = all.find((r) => words.test(ctx.corpus.sentenceText(r.gid)));
  if (!found) throw new Error(`no passage matching ${words}`);
  return found;
}
