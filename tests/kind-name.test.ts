// "What astronaut ...?" against a sentence listing many people each after what they are: the
// answer is the name written right after the noun the question asks by, not the whole sentence
// nor another name of the list. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const COLLEGE = [
  'title: Hillcrest College at 100\ndate: 2023-09-01',
  'Hillcrest College opened its doors in 1923 with forty students.',
  'Graduates of the college include chemist Ada Rowe, astronaut Tom Keel, novelist Mira Lund-Berg and the rowers Sam Pike and Lea Pike.',
  'The prize went on books, the hall was told.',
  'The college will charge 640p for each concert ticket, a premium of 12% on last year.',
  'However, the UCU union said it was worried about the price, and the hall manager agreed.',
  'Its rowers, who trained all winter on the river, won the cup at Dunmore Rowing Hall in May after a long and hard season.',
  'The boathouse stands beside the river Mardle, below the Ostry Weir.',
  'The college also owns the farm that surrounds the village of Tobbery.',
  'Its principal said the college hopes to win over London by recruiting in countries like Norway.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'college.txt': COLLEGE });
});

describe('the name after the kind of person asked', () => {
  it('"what astronaut" gives the astronaut of the list', () => {
    const r = engine.run('ask', 'What astronaut graduated from the college?');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('Tom Keel');
  });

  it('another kind gives its own name', () => {
    expect(engine.run('ask', 'Which novelist graduated from the college?').answer).toBe('Mira Lund-Berg');
  });
});

describe('a name given as one of the kind asked', () => {
  it('"which countries" is the name written "countries like X", not a nearer city', () => {
    const r = engine.run('ask', 'which countries does the college recruit in?');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('Norway');
  });
});

describe('a name ending in the kind asked', () => {
  it('"which hall" is the name whose last word is "Hall", not a sentence that only says "the hall"', () => {
    const r = engine.run('ask', 'which hall was it');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('Dunmore Rowing Hall');
  });
});

describe('a place of the kind asked that no list of places names', () => {
  it('"what river" is the name written after "river", though the name is no known place', () => {
    const river = engine.run('ask', 'What river does the boathouse stand beside?');
    expect(river.found).toBe(true);
    expect(river.answer).toBe('Mardle');
  });

  it('"what village" is the name written after "village of"', () => {
    const hamlet = engine.run('ask', 'What village does the college farm surround?');
    expect(hamlet.found).toBe(true);
    expect(hamlet.answer).toBe('Tobbery');
  });
});

describe('an acronym before a lower-case kind', () => {
  it('"which union" is "the UCU union"\'s name, not the whole sentence', () => {
    expect(engine.run('ask', 'which union is worried about the price').answer).toBe('UCU union');
  });
});

describe('an amount of the kind asked, and pence', () => {
  it('"what premium" is the amount written as the premium, not the price beside it', () => {
    expect(engine.run('ask', 'what premium will the college charge').answer).toBe('12%');
  });

  it('"640p" is a sum of money, which "how much" asks before a share', () => {
    expect(engine.run('ask', 'how much will the college charge for each concert ticket').answer).toBe('640p');
  });
});
