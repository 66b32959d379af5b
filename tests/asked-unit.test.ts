// "How many miles" is answered by a number of miles: an amount the article writes in kilometres
// is in another unit, and citing it as the answer would give the wrong number. On an article
// written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'trail.txt': [
      'title: Coastal trail opens',
      'The new coastal trail runs for 42 km between Kirkby and Ashwell.',
      'Walkers can rest at six shelters along the way.',
    ].join('\n\n'),
  });
});

describe('the unit asked', () => {
  it('is not answered by an amount in another unit', () => {
    const reply = engine.run('ask', 'how many miles does the coastal trail run');
    expect(reply.answer ?? '').not.toMatch(/42 km/);
    expect(reply.found).toBe(false);
  });

  it('is answered by an amount in that unit, however it is spelt', () => {
    expect(engine.run('ask', 'how many kilometres does the coastal trail run').answer).toBe('42 km');
  });
});
