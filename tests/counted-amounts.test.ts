// "How many times ...", "how many episodes ...": a count is a number of the things asked, never
// the day or year of a date ("(March 3, 1950 – June 9, 2001)") nor a measure in a unit of its
// own ("two days earlier"). Articles written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { contextFor, engineFor } from './engine/seed-engine.js';
import { answerSpan } from '../src/answer/answer-span.js';
import { readQuestion } from '../src/answer/question.js';

let wiki: Engine;
beforeAll(async () => {
  wiki = await engineFor({
    'lind.txt': [
      'title: Oskar Lind',
      'Oskar Lind (March 3, 1950 – June 9, 2001) was a Swedish cyclist who rode for the Gavle club. ' +
        'He won the national road race in 1974.',
    ].join('\n\n'),
    'ferry.txt': [
      'title: Night Ferry',
      '"Night Ferry" is the opening episode of the drama Harbour Lights. ' +
        'The episode opens with a storm at sea and then moves to a harbour market two days earlier.',
    ].join('\n\n'),
    'corvo.txt': [
      'title: Corvo',
      'Corvo is the third planet from the star Vega and the smallest planet in its system. ' +
        'It is a rocky world with a thin atmosphere.',
    ].join('\n\n'),
    'wren.txt': [
      'title: Ada Wren',
      'Ada Wren (1921 – 1990) was a Welsh potter. ' + 'Her second child was born in 1950 in the town of Rhyl.',
    ].join('\n\n'),
  });
});

const ask = (q: string, doc: string) => wiki.run('ask', q, { doc });

describe('a count is a number of the things asked', () => {
  it('not the day and year of a life span', () => {
    const r = ask('how many times did Oskar Lind ride for Gavle', 'lind');
    expect(r.answer ?? '').not.toMatch(/\d/);
  });

  it('not a measure in a unit of its own', () => {
    const r = ask('how many episodes of harbour lights', 'ferry');
    expect(r.answer ?? '').not.toMatch(/days/);
  });

  it('an ordinal after a copula places the subject among the things counted', () => {
    const r = ask('how many planets is corvo away from vega', 'corvo');
    expect(r.answer).toBe('the third planet');
    expect(r.citations[0]?.text).toMatch(/^Corvo is the third planet/);
  });

  it('an ordinal elsewhere counts nothing: "her second child"', () => {
    const r = ask('how many children did ada wren have', 'wren');
    expect(r.answer ?? '').not.toMatch(/second/);
  });
});

describe('what a passage answers to "how many people"', () => {
  it('not a sum of money', async () => {
    const ctx = await contextFor({
      'gale.txt': [
        'title: Kelmouth gale',
        'The Kelmouth gale was a storm that struck the town of Kelmouth in 1987, where most people lived by fishing. ' +
          'The storm was estimated to have caused at least $40 million worth of damage to the town.',
      ].join('\n\n'),
    });
    const q = readQuestion('how many people were killed in the kelmouth gale', ctx.corpus, ctx.index);
    const [from, to] = ctx.corpus.gidRange('gale');
    const spans = Array.from({ length: to - from }, (_, k) => answerSpan(ctx.corpus, q, from + k));
    expect(spans.filter((s) => s?.includes('$'))).toEqual([]);
  });

  it('the number and what it counts, not the verb after them', async () => {
    const path = await engineFor({
      'path.txt': 'title: Coast path reopens\n\nAbout 4,000 walkers use the coast path every weekend, the trust said.',
    });
    expect(path.run('ask', 'how many people use the coast path').answer).toBe('About 4,000 walkers');
  });
});
