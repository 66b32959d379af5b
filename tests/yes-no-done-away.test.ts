// A yes/no question asking whether someone wants a thing the article says they would do away
// with, on an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'parking.txt': [
      'title: Council votes on parking\ndate: 2024-09-10',
      'The Hallam town council said on Tuesday that it was in favour of new rules to put an end to the night parking ban and create more spaces.',
      'Mayor Ruth Ekman said the council also backed a petition to stop the closure of the library.',
    ].join('\n\n'),
  });
});

describe('a thing the article says someone would do away with', () => {
  it.each(['does the council want the night parking ban', 'does the council back the closure of the library'])(
    '"%s" is not answered yes',
    (question) => {
      const r = engine.run('ask', question);
      expect(r.answer ?? '').not.toMatch(/^Yes/);
    },
  );

  it.each([
    'does the council want to end the night parking ban',
    'is the council against the night parking ban',
    'was the council in favour of new rules',
  ])('"%s" is answered yes', (question) => {
    expect(engine.run('ask', question).answer).toMatch(/^Yes/);
  });
});
