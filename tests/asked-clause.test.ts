// Amounts a sentence gives of something other than what a question asks: the clause of another
// subject or deed, a share of the things that are not so, and a name that is a place's, not a
// person's. On articles written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let news: Engine;
beforeAll(async () => {
  news = await engineFor({
    'tribunal.txt': [
      'Former councillor banned over planning favours',
      'A former councillor has been banned from office for five years after a panel found him guilty of misconduct.',
      'The panel of four judges and two lay members took six hours to reach its decision after a hearing that lasted three weeks.',
    ].join('\n\n'),
    'bakery.txt': [
      'Bakery robbed in Elmford',
      'Three women have been arrested after a bakery was robbed in Elmford town centre, police have said.',
      'Officers were called on Monday after reports that two women wearing masks had threatened staff.',
    ].join('\n\n'),
    'buses.txt': [
      'Bus company fined over missed services',
      'Figures published on Friday showed that only 64% of Brackwell Coaches buses ran on time last year.',
      'Fans said Morlow Town had been let down by the buses for years.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => news.run('ask', q);

describe('the clause a question asks of', () => {
  it('"banned for five years after a panel found him guilty": the five years are not the panel\'s', () => {
    expect(ask('how long was the panel out').answer).toMatch(/^six hours/);
  });

  it('"a panel of four judges and two lay members took six hours": the panel took them, not its members', () => {
    expect(ask('did the lay members take six hours').answer ?? '').not.toMatch(/^Yes/);
  });

  it('an amount of another deed ("were arrested after the bakery was robbed") is not the robbers\' count', () => {
    expect(ask('how many women robbed the bakery').answer ?? '').not.toMatch(/Three/i);
  });

  it('a share of buses on time is no share of buses late', () => {
    expect(ask('what percentage of buses were late').answer ?? '').not.toMatch(/64/);
    expect(ask('what percentage of buses ran on time').answer).toMatch(/64%/);
  });
});
