// The words of a "what" question that say what its answer is ("what are two examples of the
// tools", "what other tool") need not stand in the passage, though the question's names must: a
// passage that lists the tools answers without writing "two". "two reasons" still counts what the
// passage must give. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Context } from '../src/answer/answer-context.js';
import type { RankedPassage } from '../src/answer/rank-passages.js';
import { contextFor } from './engine/seed-engine.js';
import { passageMatching, rankedFor } from './support/ranked-passages.js';

const ISLAND = [
  'title: The island of Varnö\ndate: 2024-02-14',
  'Fishing nets and lobster pots are the tools the islanders mend each winter.',
  'The islanders left Varnö because of the storms, the floods and the taxes.',
  'Two reasons and a tool were named in the harbour report.',
].join('\n\n');

let ctx: Context;
beforeAll(async () => {
  ctx = await contextFor({ 'island.txt': ISLAND });
});

const passageFor = (question: string, words: RegExp): RankedPassage =>
  passageMatching(ctx, rankedFor(ctx, question, true), words);

describe('the words that say what the answer is', () => {
  it('needs no "two" for "what are two examples of the tools the islanders mend"', () => {
    const p = passageFor('What are two examples of the tools the islanders mend?', /lobster/);
    expect(p.unmet).not.toContain('required');
  });

  it('still needs "two" for "what are two reasons the islanders left"', () => {
    const p = passageFor('What are two reasons the islanders left Varnö?', /storms/);
    expect(p.unmet).toContain('required');
  });
});
