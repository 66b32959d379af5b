// "How many votes did the Reform candidate get": the count of the clause whose doer the question
// names, though that clause leaves its noun unwritten ("who received 9,870"), not the count
// another doer's clause writes in full. On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let count: Engine;
beforeAll(async () => {
  count = await engineFor({
    'poll.txt': [
      'title: Tidewell seat goes to the Harbour Party\ndate: 2026-06-12',
      'The Harbour Party has taken the Tidewell seat for the first time.',
      'Marisol Quayle, a 44-year-old vet, took 12,305 votes, 2,435 more than the Moorland Union candidate, former mayor Edwin Tarrant, who received 9,870.',
      'Turnout was 39%.',
    ].join('\n\n'),
  });
});

const answer = (q: string) => count.run('ask', q).answer ?? '';

describe('a count by its doer', () => {
  it('is the count of the clause the question names the doer of', () => {
    expect(answer('how many votes did the moorland union candidate get')).toBe('9,870');
  });

  it('and the full count of the other doer still answers for them', () => {
    expect(answer('how many votes did marisol quayle get')).toMatch(/^12,305/);
  });
});
