// "While X said ..., Y, on the other hand, is seeking ...": a name set off by commas after a
// clause of its own, with a linking aside after it, is the subject of the verb that follows. On
// an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'mill.txt': [
      'title: Mill ruling\ndate: 2024-06-11',
      'While Ann Berg’s firm said that it would appeal the ruling, Weavers Guild, on the other hand, is seeking talks with the county council.',
    ].join('\n\n'),
  });
});

describe('a subject set off by commas and a linking aside', () => {
  it.each(['who is seeking talks with the county council', 'who is seeking talks'])('"%s"', (question) => {
    expect(engine.run('ask', question).answer).toBe('Weavers Guild');
  });

  it('the clause before keeps its own subject', () => {
    expect(engine.run('ask', 'who said it would appeal the ruling').answer ?? '').toMatch(/Ann Berg/);
  });
});
