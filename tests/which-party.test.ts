// "Which party won ...": the name doing the deed asked, where a sentence names other parties too
// ("X, which won 7 seats, is the likely partner of the Y Party"); a name whose last word is also
// a verb ("the Rural Left"); a count typed as a word ("nine"); and a name that is no deed ("who
// leads the rural left" is not who did any leading). On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let results: Engine;
beforeAll(async () => {
  results = await engineFor({
    'poll.txt': [
      'title: Coast Party tops Ardmuir poll\ndate: 2024-10-14',
      'The Coast Party has won the most seats in the Ardmuir regional election, but will need a partner to govern.',
      'The Rural Left, which won 7 seats, is seen as the most likely partner for the Coast Party.',
      'The hard-right Ardmuir First party won five seats, two more than last time.',
      'Coast Party leader Ruth Kellas said she would begin talks with the Rural Left on Tuesday.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => results.run('ask', q);

describe('which party did the deed', () => {
  it('the party a relative clause tells of, not another party of the sentence', () => {
    expect(ask('which party won 7 seats').answer).toBe('Rural Left');
  });

  it('a name ending on a word that is also a verb is read whole', () => {
    expect(ask('who is the most likely partner').answer).toBe('Rural Left');
  });

  it('a count typed as a word must be the count of the passage', () => {
    expect(ask('which party won five seats').answer).toBe('hard-right Ardmuir First party');
    expect(ask('which party won eight seats').found).toBe(false);
  });

  it('when someone spoke is not dated by what they said they would do', () => {
    expect(ask('when did ruth kellas speak').answer ?? '').not.toMatch(/Tuesday/);
    expect(ask('when will ruth kellas begin talks').answer).toMatch(/^Tuesday/);
  });

  it('a name the article gives is no deed whose doer is asked', () => {
    expect(ask('who leads the rural left').answer ?? '').not.toMatch(/^Rural$/);
  });
});
