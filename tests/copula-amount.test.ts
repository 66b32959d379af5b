// "What was the turnout?" against "Turnout was 64.2%": a passage that says a thing was an amount
// answers what it was with the amount. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let poll: Engine;
beforeAll(async () => {
  poll = await engineFor({
    'referendum.txt': [
      'title: Island votes to keep its ferry subsidy\ndate: 2024-11-11',
      'Voters on Tarn Island backed keeping the ferry subsidy by 2,310 votes to 1,402.',
      'Turnout was 64.2%, the island council said.',
      'The subsidy is a payment the council makes to the ferry company each winter.',
    ].join('\n\n'),
  });
});

describe('what a thing was, when the passage says it was an amount', () => {
  it('answers with the amount, not the whole sentence', () => {
    expect(poll.run('ask', 'what was the turnout?').answer).toBe('64.2%');
    expect(poll.run('ask', 'what was turnout').answer).toBe('64.2%');
  });

  it('a thing the passage defines in words keeps its definition', () => {
    expect(poll.run('ask', 'what is the subsidy?').answer).toMatch(/payment the council makes/);
  });
});
