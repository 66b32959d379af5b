// "How much profit did it make" of "profits rose by 12% to £48m": how much of a thing there is is
// the level it came to, a sum though it be; the change ("by 12%") answers how much it rose. On an
// article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'bakery.txt': [
      'Corran Bakeries profits climb as stores open',
      'Corran Bakeries, which runs 140 shops across the north of England, said on Monday that its profits had risen by 12% in the year to March to £48m.',
      'Its chief executive, Lyle Amberton, said the firm would open 20 more shops next year.',
      'The drive from the bakery to its depot in Selham will rise from 35 minutes to 50 minutes when the old road shuts.',
    ].join('\n\n'),
  });
});

const answer = (q: string) => engine.run('ask', q).answer ?? '';

describe('a level and a change', () => {
  it('"how much profit" is the level profits came to', () => {
    expect(answer('how much profit did corran bakeries make')).toBe('£48m');
  });

  it('"how much did profits rise" is the change', () => {
    expect(answer('how much did corran bakeries profits rise')).toBe('12%');
  });

  it('"how long will it take" is the level a change comes to, not the one it left', () => {
    expect(answer('how long will the drive to the depot take')).toBe('50 minutes');
  });

  it('"how long did it take before" is the level it left', () => {
    expect(answer('how long did the drive to the depot take before')).toBe('35 minutes');
  });
});
