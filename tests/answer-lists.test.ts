// Questions that ask for several things at once ("what are the two ...", "name three ..."), on
// an article written for these tests: the count is how many answers are wanted, which the passage
// that lists them need not write, but it must list at least that many.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let museum: Engine;
beforeAll(async () => {
  museum = await engineFor({
    'museum.txt': [
      'title: Valley museum reopens\ndate: 2024-05-02',
      'The Valley Museum reopened on Saturday after two years of building work.',
      'The main collections of the museum are Roman coins and medieval maps, curator Lena Ortiz said.',
      'The new wing was paid for by the county and a local brewery. It holds five rooms.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => museum.run('ask', q);

describe('a count in the question is the number of answers asked for', () => {
  it('"what are the two ..." is answered by a passage listing two things without the word "two"', () => {
    for (const q of [
      'What are the two main collections of the museum?',
      'What two main collections does the museum have?',
    ]) {
      const r = ask(q);
      expect(r.found).toBe(true);
      expect(r.citations[0]?.text).toMatch(/Roman coins and medieval maps/);
    }
  });

  it('a passage listing fewer things than asked for does not answer', () => {
    const r = ask('What are the five main collections of the museum?');
    expect(r.found).toBe(false);
  });
});
