// "Which country did they visit?" answered by a capital the passage writes: the country, with the
// place as written, so the answer fills the slot asked. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'trade.txt': [
      'title: Fishing trade mission',
      'A delegation of Kelso fishermen recently visited Oslo to discuss cod quotas.',
    ].join('\n\n'),
  });
});

describe('a country asked, a capital written', () => {
  it('answers with the country and the place the passage writes', () => {
    expect(engine.run('ask', 'which country did the delegation visit').answer).toBe('Norway (Oslo)');
  });

  it('answers a city asked with the city', () => {
    expect(engine.run('ask', 'which city did the delegation visit').answer).toBe('Oslo');
  });
});
