// Ranking stops scoring passages that cannot be the answer (rank-passages.ts): when none of the
// first ones scored meets what the question requires, and none of the hits left does either, the
// rest are not scored; the answer is the same ("the articles do not say", its nearest passages
// cited). Callers that read the nearest passages as their own candidates still get them all. On
// an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import { ask, routeQuestion } from '../src/answer/ask.js';
import type { Context } from '../src/answer/answer-context.js';
import type { Question } from '../src/answer/question.js';
import { NOT_FOUND_CITED, rankPassages } from '../src/answer/rank-passages.js';
import { contextFor } from './engine/seed-engine.js';

// Many paragraphs on the ferry and the harbour, none naming the town the question names, which
// another article names for its bakers.
const BOATS = [
  'title: Ferry season opens early\ndate: 2024-04-02',
  'The ferry crew painted the harbour wall on Monday.',
  'The ferry crew painted the harbour steps on Tuesday.',
  'The ferry crew painted the harbour office door on Wednesday.',
  'The ferry crew painted the harbour railings on Thursday.',
  'The ferry crew painted the harbour gate on Friday.',
  'The ferry crew painted the harbour sign on Saturday.',
  'The ferry crew painted the harbour benches on Sunday.',
  'The ferry crew painted the harbour lamp posts on the first day.',
  'The ferry crew painted the harbour kiosk on the next day.',
  'The ferry crew painted the harbour crane on a cold day.',
  'The ferry crew painted the harbour pier on a wet day.',
  'The ferry crew painted the harbour fence on a calm day.',
  'The ferry crew painted the harbour toilets on a warm day.',
  'The ferry crew painted the harbour shed on a long day.',
].join('\n\n');
const BAKERY = [
  'title: Bakery news\ndate: 2024-04-03',
  'Brennick bakers sold rye bread at the market.',
  'Brennick bakers sold white bread at the market.',
  'Brennick bakers sold brown bread at the market.',
  'Brennick bakers sold seed bread at the market.',
  'Brennick bakers sold oat bread at the market.',
  'Brennick bakers sold spelt bread at the market.',
  'Brennick bakers sold corn bread at the market.',
  'Brennick bakers sold malt bread at the market.',
].join('\n\n');

let ctx: Context;
beforeAll(async () => {
  ctx = await contextFor({ 'boats.txt': BOATS, 'bakery.txt': BAKERY });
});

const QUESTION = 'What did the ferry crew paint at the Brennick harbour?';

function read(question: string): Question {
  const route = routeQuestion(
    ctx,
    question,
    {},
    { command: 'ask', input: question, found: false, answer: null, citations: [], quotes: [], facts: [] },
  );
  if ('result' in route) throw new Error(`"${question}" was not ranked by passage`);
  return route.passage;
}

describe('scoring stops when no passage left can be the answer', () => {
  it('says the articles do not say, citing the nearest passages', () => {
    const r = ask(ctx, QUESTION, {});
    expect(r.found).toBe(false);
    expect(r.citations).toHaveLength(NOT_FOUND_CITED);
    expect(r.citations.every((c) => c.text.includes('ferry crew painted'))).toBe(true);
  });

  it('scores fewer passages than when the nearest ones are all wanted', () => {
    const q = read(QUESTION);
    const scored = rankPassages(ctx, q, {});
    const nearest = rankPassages(ctx, q, {}, { nearest: true });
    expect(scored.every((r) => !r.meetsConstraints)).toBe(true);
    expect(nearest.every((r) => !r.meetsConstraints)).toBe(true);
    expect(scored.length).toBeLessThan(nearest.length);
  });
});
