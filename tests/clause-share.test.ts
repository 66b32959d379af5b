// The clause part of a passage's score: the question's words held together by one clause of the
// sentence (its verb, subject and object) count for more than the same words spread over several
// clauses. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../src/answer/ask.js';
import type { Context } from '../src/answer/answer-context.js';
import type { RankedPassage } from '../src/answer/rank-passages.js';
import { contextFor } from './engine/seed-engine.js';
import { passageMatching, rankedFor } from './support/ranked-passages.js';

const LIGHTHOUSE = [
  'title: Lighthouse changes hands\ndate: 2024-03-02',
  'The council thanked the harbour charity, which bought new lamps after the storm damaged the lighthouse.',
  'Ingrid Holm bought the lighthouse from the council last spring.',
].join('\n\n');

let ctx: Context;
beforeAll(async () => {
  ctx = await contextFor({ 'lighthouse.txt': LIGHTHOUSE });
});

const ranked = (question: string): RankedPassage[] => rankedFor(ctx, question);
const passage = (all: RankedPassage[], words: RegExp) => passageMatching(ctx, all, words);

describe('the question held by one clause', () => {
  it('is whole in a sentence whose one clause buys the lighthouse from the council', () => {
    const all = ranked('Who bought the lighthouse from the council?');
    expect(passage(all, /Ingrid Holm/).parts.clause).toBeCloseTo(1);
  });

  it('is partial in a sentence that spreads the same words over three clauses', () => {
    const all = ranked('Who bought the lighthouse from the council?');
    const spread = passage(all, /charity/);
    expect(spread.parts.clause).toBeGreaterThan(0);
    expect(spread.parts.clause).toBeLessThan(0.8);
  });

  it('answers with the buyer of the lighthouse, not with who bought something else', () => {
    const result = ask(ctx, 'Who bought the lighthouse from the council?', {});
    expect(result.found).toBe(true);
    expect(result.answer).toMatch(/Ingrid Holm/);
    expect(result.citations[0]!.text).toMatch(/^Ingrid Holm bought/);
  });
});
