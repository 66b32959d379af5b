// Reported speech speaks of its speaker as "he" or "she", and a verb joined by "but" shares the
// subject of the clause it is joined to: "X said he would stay on as chair until ..., but would
// not stand again". On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let club: Engine;
beforeAll(async () => {
  club = await engineFor({
    'rowing.txt': [
      'title: Rowing club chair loses vote\ndate: 2024-04-02',
      'Members of the Westmere Rowing Club voted on Saturday to sell the old boathouse.',
      'The chair, Petra Vane, had opposed the sale. She said she would stay on as chair until a successor was chosen, but would not stand again.',
      'The treasurer, Colm Reddy, welcomed the vote.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => club.run('ask', q);

describe('yes/no on what a speaker said of herself', () => {
  it('"she said she would stay on as chair" settles whether she will stay on', () => {
    expect(ask('will petra vane stay on as chair?').answer).toMatch(/^Yes: she would stay on as chair/);
  });

  it('"but would not stand again" is said of the same person, not of the successor', () => {
    expect(ask('will petra vane stand again?').answer).toMatch(/^No: would not stand again/);
  });

  it('what she said of herself is not said of someone else in the paragraph', () => {
    expect(ask('will colm reddy stay on as treasurer?').found).toBe(false);
  });
});
