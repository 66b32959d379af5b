// "How much is the silver worth?" against "A reward of £8,000 has been offered for the silver
// ...": a sum written as another noun's ("a reward of") is that noun's, not the price asked; the
// sentence that writes the worth answers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'plate.txt': [
      'title: Reward for stolen church silver',
      'A reward of £8,000 has been offered for the return of a silver plate stolen from St Ebba church in Tolworth.',
      'Dealers say the silver, if melted down, would be worth about £2,500.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q, { doc: 'plate' });

describe('a sum written as another noun', () => {
  it('is not the price of the thing asked', () => {
    expect(ask('how much is the plate worth').found).toBe(false);
    expect(ask('how much is the silver plate worth').answer).toBe('about £2,500');
  });

  it('still answers for its own noun', () => {
    expect(ask('how much is the reward').answer).toBe('£8,000');
  });
});
