// A date, place or amount belongs to the one doing the deed: "When did X leave?" is not dated by
// "Y left in 1990". On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let village: Engine;
beforeAll(async () => {
  village = await engineFor({
    'bakery.txt': [
      'title: Village bakery changes hands\ndate: 2024-02-15',
      'Anna Berg and Marta Holm opened the bakery together. Marta Holm left the village in 1990, and the bakery has been run by Anna Berg ever since. Marta Holm sold 300 loaves on her last day. Marta Holm settled in Oslo.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => village.run('ask', q);

describe('when, where, how many: of the deed done by the one asked about', () => {
  it('answers for the one who did it', () => {
    expect(ask('When did Marta Holm leave the village?').answer).toMatch(/1990/);
  });

  it('does not answer for another person named in the paragraph', () => {
    expect(ask('When did Anna Berg leave the village?').answer ?? '').not.toMatch(/1990/);
  });

  it("a place or an amount of another person's deed does not answer either", () => {
    expect(ask('Where did Marta Holm settle?').answer).toMatch(/Oslo/);
    expect(ask('Where did Anna Berg settle?').answer ?? '').not.toMatch(/Oslo/);
    expect(ask('How many loaves did Marta Holm sell on her last day?').answer).toMatch(/300 loaves/);
    expect(ask('How many loaves did Anna Berg sell on her last day?').answer ?? '').not.toMatch(/300/);
  });
});
