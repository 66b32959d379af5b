// A vote's result written as a pair ("by seven votes to two"): "how many voted for" is the side
// the clause's verb takes, "how many voted against" the other; after "rejected" the other way
// round. On articles written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'bridge.txt': [
      'title: Council approves bridge repair\ndate: 2024-03-05',
      'The Ashby town council approved the repair of the Kestrel Bridge on Tuesday by seven votes to two.',
    ].join('\n\n'),
    'tower.txt': [
      'title: Tower plan thrown out\ndate: 2024-04-09',
      'The planning committee rejected the Harbour Tower plan by 11 votes to 4 on Monday.',
    ].join('\n\n'),
  });
});

describe('a tally answers for each side', () => {
  it('after "approved", the first number voted for and the second against', () => {
    expect(engine.run('ask', 'how many councillors voted for the repair', { doc: 'bridge' }).answer).toBe('seven');
    expect(engine.run('ask', 'how many councillors voted against the repair', { doc: 'bridge' }).answer).toBe('two');
  });

  it('after "rejected", the first number voted against and the second for', () => {
    expect(engine.run('ask', 'how many members voted against the tower plan', { doc: 'tower' }).answer).toBe('11');
    expect(engine.run('ask', 'how many members voted for the tower plan', { doc: 'tower' }).answer).toBe('4');
  });
});
