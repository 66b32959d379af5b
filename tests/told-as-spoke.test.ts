// "When did the mayor speak?" against "the mayor told residents on Friday evening ...": news
// writes a speech as who was told. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'bypass.txt': [
      'Town backs bypass plan',
      'Mayor Odile Branscombe told residents at the Corn Exchange on Friday evening that the bypass would be built by 2029.',
      'Work on the road is due to begin in the spring.',
    ].join('\n\n'),
  });
});

describe('a speech written as who was told', () => {
  it('"told residents on Friday evening" says when she spoke', () => {
    expect(engine.run('ask', 'when did branscombe speak').answer).toMatch(/Friday/);
  });
});
