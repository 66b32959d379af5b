// Counts and lengths in a results story: whose seats a count is ("how many seats did the X party
// win", with the name typed in lower case), a part taken from a whole ("took 17 of the 40
// seats"), and a length written without a number ("several weeks"). On an article written for
// these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let results: Engine;
beforeAll(async () => {
  results = await engineFor({
    'assembly.txt': [
      'title: Valley Forward largest party in Kestle assembly\ndate: 2024-05-06',
      'With all votes counted, Valley Forward, led by Tomas Brill, took 17 of the 40 seats in the Kestle assembly. Voters in the valley came forward in large numbers.',
      'The Lantern Group, which won 9 seats, is expected to support Valley Forward.',
      'The long-standing Orchard Union party won six seats, four fewer than last time, and will also back Valley Forward.',
      'Officials expect talks on a new administration to take several weeks.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => results.run('ask', q);

describe('how many seats, and whose', () => {
  it('a count of another party named beside the one asked is not its count', () => {
    for (const q of ['how many seats did valley forward win', 'how many seats did Valley Forward win']) {
      const answer = ask(q).answer ?? '';
      expect(answer).not.toMatch(/six|9/);
    }
    expect(ask('how many seats did the orchard union party win').answer).toMatch(/^six seats/);
  });

  it('a part taken from a whole is the count of the part', () => {
    const answer = ask('how many seats did valley forward take').answer ?? '';
    expect(answer).toMatch(/^17 of the 40 seats/);
  });
});

describe('how long, written without a number', () => {
  it('"several weeks" answers how long the talks will take', () => {
    expect(ask('how long will the talks take').answer).toBe('several weeks');
  });
});
