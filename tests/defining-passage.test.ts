// "What is X" where no sentence defines X by its own name: a sentence that tells of X without
// saying what it is (a deed done to it, another thing it names) does not answer; one that defines
// X in a few other words, or in an aside after it, does.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let wiki: Engine;
beforeAll(async () => {
  wiki = await engineFor({
    'copperleaf.txt': [
      'title: Copperleaf',
      'The Copperleaf 3 toolkit was released under an open licence in 2009. ' +
        'Many schools in Ardwell use the toolkit for their websites.',
    ].join('\n\n'),
    'tractor.txt': [
      'title: Two-wheel tractor',
      'A two-wheel tractor is a farm machine with a single axle that the driver walks behind. ' +
        'Farmers in hilly country prefer it to larger machines.',
    ].join('\n\n'),
    'soil.txt': [
      'title: Spring work',
      'Growers in the Brannock valley plan their tillage (the turning of soil before sowing) in early March.',
    ].join('\n\n'),
    'results.txt': [
      'title: Bakery chain results\ndate: 2025-03-02',
      'Turnover rose 6% to £418m last year, helped by new shops in the north.',
    ].join('\n\n'),
  });
});

const ask = (q: string, doc: string) => wiki.run('ask', q, { doc });

describe('"what is X" answered by a passage that defines X', () => {
  it('a sentence telling only what was done to X does not say what X is', () => {
    const r = ask('what is copperleaf 3', 'copperleaf');
    expect(r.found).toBe(false);
    expect(r.answer).toBeNull();
  });

  it('a sentence defining X under a name sharing one of its words answers', () => {
    const r = ask('what is a two-wheel walking tractor', 'tractor');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/^A two-wheel tractor is a farm machine/);
  });

  it('an aside after X saying what it is answers', () => {
    const r = ask('what is tillage', 'soil');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('the turning of soil');
  });

  it('"what was the X" of a past figure asks its value, not a definition', () => {
    const r = ask('what was the turnover', 'results');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/^Turnover rose 6% to £418m/);
  });
});
