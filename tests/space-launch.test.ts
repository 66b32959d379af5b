// A launch report: the company that built a spacecraft, named after a place joined to a
// participle ("the Norrhaven-based company Aurelian Space"). On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let launch: Engine;
beforeAll(async () => {
  launch = await engineFor({
    'launch.txt': [
      'Moon lander Pelagos delayed after fuel leak found',
      'The launch of a privately built lunar lander has been postponed for at least a week after engineers found a fuel leak during final checks.',
      'The Pelagos lander, built by the Norrhaven-based company Aurelian Space, had been due to lift off from the Skervik spaceport on Thursday evening.',
      'A new launch date will be announced on Monday, the company said.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => launch.run('ask', q).answer ?? '';

describe('a launch report', () => {
  it('a place joined by a hyphen to the word after it describes the doer, it is not the doer', () => {
    expect(ask('who built the lander')).toBe('Aurelian Space');
  });

  it('"postponed for at least a week" says how long, not when', () => {
    expect(ask('when was the leak found')).not.toMatch(/week/);
  });
});
