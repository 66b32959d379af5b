// A transport story: a line closed for repairs, dates, buses and refunds. On an article written
// for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let rail: Engine;
beforeAll(async () => {
  rail = await engineFor({
    'rail.txt': [
      'Rail passengers face weeks of disruption as Ferrow line closes for repairs',
      'Passengers on the Ferrow line face six weeks of disruption after the rail operator announced the route will close for emergency repairs to a viaduct.',
      'Season ticket holders will be offered a 25% refund for the weeks the line is closed.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => rail.run('ask', q).answer ?? '';

describe('a rail closure', () => {
  it('"the weeks the line is closed" says how long, not when', () => {
    expect(ask('when does the line close')).not.toMatch(/weeks/);
  });
});
