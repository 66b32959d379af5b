// Marriage holds both ways: "who was Y married to" is answered by a passage that writes "X was
// married to Y", with the one before "married to".
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'mill.txt': [
      'title: Old mill reopens as bakery',
      'The mill at Corbridge Ford was bought in 1998 by the miller Agnes Harrow.',
      'Harrow was married to the painter Lucien Brandt, who designed the new sign for the bakery.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q, { doc: 'mill' });

describe('"who was X married to" where X is written after "married to"', () => {
  it('is answered by the one before "married to"', () => {
    expect(ask('who was lucien brandt married to').answer).toMatch(/Harrow/);
    expect(ask('Who was Brandt married to?').answer).toMatch(/Harrow/);
  });

  it('the one before "married to" still gets the one after', () => {
    expect(ask('who was harrow married to').answer).toBe('Lucien Brandt');
  });
});
