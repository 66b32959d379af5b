// Words of a question that are no names: a common word a letter away from a name word ("last"
// and "East") is no slip for the name, and the noun a wh-word asks for ("what source") is no
// speaker the articles fail to mention. On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let ferry: Engine;
beforeAll(async () => {
  ferry = await engineFor({
    'ferry.txt': [
      'title: Island ferry returns after repairs\ndate: 2025-04-11',
      'The island ferry returned to service on Tuesday, according to the East Strand Harbour Trust.',
      'The vessel had been out of the water for repairs to its hull since January.',
    ].join('\n\n'),
  });
});

describe('words that are not names', () => {
  it('"last" in a question is not taken for the trust’s "East"', () => {
    const r = ferry.run('ask', 'when was the last time the ferry sank');
    expect(r.message ?? '').not.toMatch(/East Strand/);
  });

  it('"what source reported ..." does not call "source" a name the articles lack', () => {
    const r = ferry.run('ask', 'what source reported the return of the ferry');
    expect(r.message ?? '').not.toMatch(/do not mention source/);
  });
});
