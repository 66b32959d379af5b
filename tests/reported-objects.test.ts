// What a saying verb reports: a reported clause ends where another speaker's attribution begins
// (", prosecutors said"), and a sum of money is a thing offered or paid, not words. On an article
// written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let court: Engine;
beforeAll(async () => {
  court = await engineFor({
    'court.txt': [
      'title: Port boss in court\ndate: 2025-03-02',
      'Marta Velloso denied that she had lied to the port inquiry, prosecutors said.',
      'Ostrava Holdings rejected a USD 3.1bn offer from a rival shipping group on Tuesday.',
      'Ivo Brandt praised Lena Roe, who says she is honoured by the award.',
    ].join('\n\n'),
  });
});

const quotesOf = (speaker: string) => court.run('quote', speaker).quotes.map((q) => q.text);

describe('reported clauses', () => {
  it('what was denied ends before another speaker’s attribution', () => {
    expect(quotesOf('Marta Velloso')).toEqual(['she had lied to the port inquiry']);
  });

  it('a relative clause after the object goes on about it, and stays with it', () => {
    expect(quotesOf('Ivo Brandt')).toEqual(['Lena Roe, who says she is honoured by the award.']);
  });
});

describe('objects that are no speech', () => {
  it('an offer of a sum of money, rejected, is no quote of the one rejecting it', () => {
    expect(court.run('quote', 'Ostrava Holdings').quotes).toEqual([]);
    expect(court.run('ask', 'What did Ostrava Holdings reject?').answer).toMatch(/3\.1bn offer/);
  });
});
