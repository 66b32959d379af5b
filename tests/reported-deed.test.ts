// "When were the homes refused?" against "An inspector overturned the decision on Monday, finding
// that the homes had been wrongly refused": the time of a finding does not date the deed it
// tells of. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'homes.txt': [
      'Inspector backs 60 new homes in Ashby Vale',
      'A planning inspector overturned the council decision on Monday, finding that the homes had been wrongly refused.',
      'The developer, Corran Estates, first applied to build the homes in 2021.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q).answer ?? '';

describe('a deed told inside a finding', () => {
  it('is not dated by the day of the finding', () => {
    expect(ask('when were the homes refused')).not.toMatch(/Monday/);
  });

  it('the finding itself is', () => {
    expect(ask('when was the decision overturned')).toMatch(/Monday/);
  });
});
