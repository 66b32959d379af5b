// What a passage must hold to answer, by name: the bench's account of missed answers
// (bench/misses.ts) asks rankPassages for every requirement a passage does not meet, and a
// passage refused for one must say which. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { routeQuestion } from '../src/answer/ask.js';
import type { Context } from '../src/answer/answer-context.js';
import { rankPassages, type RankedPassage } from '../src/answer/rank-passages.js';
import { contextFor } from './engine/seed-engine.js';

const HARBOUR = [
  'title: Harbour office gets a new coat\ndate: 2024-06-11',
  'The ferry company repainted the harbour office in bright blue.',
  'Mayor Elin Dahl opened the new fish market in 2019.',
].join('\n\n');

let ctx: Context;
beforeAll(async () => {
  ctx = await contextFor({ 'harbour.txt': HARBOUR });
});

function passageFor(question: string, words: RegExp, explain: boolean): RankedPassage {
  const route = routeQuestion(
    ctx,
    question,
    {},
    { command: 'ask', input: question, found: false, answer: null, citations: [], quotes: [], facts: [] },
  );
  if ('result' in route) throw new Error(`"${question}" was not ranked by passage`);
  const found = rankPassages(ctx, route.passage, {}, { exhaustive: true, explain }).find((r) =>
    words.test(ctx.corpus.sentenceText(r.gid)),
  );
  if (!found) throw new Error(`no passage matching ${words} for "${question}"`);
  return found;
}

describe('the requirements a passage does not meet, by name', () => {
  it('a "when" question against a passage that gives no date: the slot', () => {
    const p = passageFor('When did the ferry company repaint the harbour office?', /repainted/, true);
    expect(p.meetsConstraints).toBe(false);
    expect(p.unmet).toEqual(['slot']);
  });

  it('every unmet one, not just the first: the slot and a name the paragraph lacks', () => {
    const p = passageFor('When did Elin Dahl repaint the harbour office?', /repainted/, true);
    expect(p.meetsConstraints).toBe(false);
    expect(p.unmet).toEqual(expect.arrayContaining(['slot', 'required']));
  });

  it('none for a passage that answers, and the same verdict whether asked to explain or not', () => {
    const explained = passageFor('What colour did the ferry company repaint the harbour office?', /repainted/, true);
    expect(explained.unmet).toEqual([]);
    expect(explained.meetsConstraints).toBe(true);
    const plain = passageFor('When did Elin Dahl repaint the harbour office?', /repainted/, false);
    expect(plain.unmet).toBeUndefined();
    expect(plain.meetsConstraints).toBe(false);
  });
});
