// "When was the previous visit": the occasion before the one told of, which a passage dates as
// "the first visit since March 2019". On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'mission.txt': [
      'title: Trade mission\ndate: 2024-04-02',
      'A trade delegation from Kessel recently visited Tromso to press for lower tariffs on salmon. The delegation was led by Ana Ruiz, deputy head of the trade office in Bergen, and it was the first visit by the group since March 2019.',
      'Ms Ruiz said previous experience had shown that such visits helped exporters.',
    ].join('\n\n'),
  });
});

describe('the previous occasion', () => {
  it.each(['when was the previous visit', 'when was the prior visit'])(
    '"%s": which visit is the time\'s to tell, not a word the passage must write',
    (question) => {
      expect(engine.run('ask', question).answer).toBe('March 2019');
    },
  );

  it('the visit told of is dated by its own adverb', () => {
    expect(engine.run('ask', 'when did the delegation visit tromso').answer).toMatch(/^recently/);
  });
});
