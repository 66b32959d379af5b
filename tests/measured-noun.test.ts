// "How big is the protection zone" of "a 2km protection zone and an 8km surveillance zone had been
// set up": the amount written before the very noun asked measures it, though the sentence's
// clauses, cut at "and", leave it outside the clause whose subject names the zone. On an article
// written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'nursery.txt': [
      'Beetle found at Tevin plant nursery',
      'The plant health officer, Orla Pask, said a 2km protection zone and an 8km surveillance zone had been set up around the Tevin nursery site.',
      'No plants may leave the nursery before April, she said.',
    ].join('\n\n'),
  });
});

const answer = (q: string) => engine.run('ask', q).answer ?? '';

describe('the amount of the noun measured', () => {
  it('"how big is the protection zone" is the amount written before "protection zone"', () => {
    expect(answer('how big is the protection zone')).toMatch(/^2km/);
  });

  it('"how big is the surveillance zone" is the other', () => {
    expect(answer('how big is the surveillance zone')).toMatch(/^8km/);
  });
});
