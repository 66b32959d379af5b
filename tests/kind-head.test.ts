// The kindWritten part of a passage's score: a "what N" question is answered by a sentence that
// writes N with a word saying which one ("thatched roof" for "what kind of roof"), not by one that
// only repeats the question's own words around it. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import type { Context } from '../src/answer/answer-context.js';
import type { RankedPassage } from '../src/answer/rank-passages.js';
import { contextFor } from './engine/seed-engine.js';
import { passageMatching, rankedFor } from './support/ranked-passages.js';

const MUSEUM = [
  'title: The mill museum\ndate: 2024-05-11',
  'The mill museum opened in the spring.',
  'The mill museum has a roof over the old grinding room.',
  'The mill museum has a thatched roof over the old grinding room.',
  'Visitors see a tradition of weaving kept in the yard.',
  'The museum keeps a tradition that the village guards.',
].join('\n\n');

let ctx: Context;
beforeAll(async () => {
  ctx = await contextFor({ 'museum.txt': MUSEUM });
});

const ranked = (question: string): RankedPassage[] => rankedFor(ctx, question);
const passage = (all: RankedPassage[], words: RegExp) => passageMatching(ctx, all, words);

describe('the noun a question names its answer by, written with a word that says which one', () => {
  it('counts "a thatched roof" for "what kind of roof", not a roof of the question\'s own words', () => {
    const all = ranked('What kind of roof does the mill museum have?');
    expect(passage(all, /thatched/).parts.kindWritten).toBe(1);
    expect(passage(all, /has a roof/).parts.kindWritten).toBe(0);
  });

  it('counts "a tradition of weaving" for "what tradition", not "a tradition that ..."', () => {
    const all = ranked('What tradition does the museum keep?');
    expect(passage(all, /weaving/).parts.kindWritten).toBe(1);
    expect(passage(all, /guards/).parts.kindWritten).toBe(0);
  });

  it('cites the sentence that says which kind of roof', () => {
    const result = ask(ctx, 'What kind of roof does the mill museum have?', {});
    expect(result.found).toBe(true);
    expect(result.citations[0]!.text).toMatch(/thatched roof/);
  });
});
