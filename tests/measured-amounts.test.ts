// "How many miles (days, years) ...": the answer is a number of that unit, on an article written
// for these tests; a bare number in the passage counts something else.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let coast: Engine;
beforeAll(async () => {
  coast = await engineFor({
    'lighthouse.txt': [
      'title: Lighthouse restored\ndate: 2024-08-09',
      'The old lighthouse stands on one of the 66 islands of the bay.',
      'The coastal trail to the harbour is 12 miles long, and the repairs took 30 days.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => coast.run('ask', q);

describe('a unit asked is the unit answered', () => {
  it('a number written with the unit answers', () => {
    expect(ask('How many miles long is the coastal trail?').answer).toMatch(/12 miles/);
  });

  it('a bare number that counts something else does not', () => {
    const r = ask('How many miles is the old lighthouse from the islands of the bay?');
    expect(r.answer ?? '').not.toMatch(/^(one|66)$/i);
  });
});
