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
      'The repairs are expected to cost £12m.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => rail.run('ask', q).answer ?? '';

describe('a rail closure', () => {
  it('"how much will it cost" is a sum paid, not a share given beside it', () => {
    expect(ask('how much will season tickets cost')).not.toMatch(/25%/);
    expect(ask('how much will the repairs cost')).toBe('£12m');
  });

  it('"the weeks the line is closed" says how long, not when', () => {
    expect(ask('when does the line close')).not.toMatch(/weeks/);
  });
});
