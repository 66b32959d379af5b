// "Who are the regulators sensitive to?" ends on a preposition: the answer stands after that
// preposition where the passage writes it after the question's word, not at the end of the
// sentence ("even more than to Norway or Denmark's presence"). On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'port.txt': [
      'title: Port deal doubts',
      "The regulators are very sensitive to Finland's presence in the port deal, even more than to Norway or Denmark's presence, the minister said.",
    ].join('\n\n'),
  });
});

describe('a question ending on a preposition', () => {
  it('is answered by the name after that preposition', () => {
    expect(engine.run('ask', 'who are the regulators sensitive to').answer).toBe('Finland');
  });
});
