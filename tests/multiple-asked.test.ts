// "How many times deeper ...": the answer is a multiple ("three times", "twice"), on articles
// written for these tests; a number in the passage that counts something else is no answer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let lakes: Engine;
let compared: Engine;
beforeAll(async () => {
  const title = 'title: Two lakes of the valley\ndate: 2024-05-14';
  lakes = await engineFor({
    'lakes.txt': [
      title,
      'The north lake of the valley is deep and cold, with two islands near its southern shore.',
      'The south lake is shallow and warm.',
    ].join('\n\n'),
  });
  compared = await engineFor({
    'lakes.txt': [title, 'The north lake is three times deeper than the south lake, with two islands.'].join('\n\n'),
  });
});

describe('a multiple asked is a multiple answered', () => {
  it('a count of something else does not answer how many times deeper', () => {
    const r = lakes.run('ask', 'How many times deeper is the north lake than the south lake of the valley?');
    expect(r.answer ?? '').not.toMatch(/two/i);
  });

  it('the multiple the article writes does', () => {
    const r = compared.run('ask', 'How many times deeper is the north lake than the south lake?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/three/i);
  });
});
