// Who did it, in a court report: the whole noun phrase of a subject ("a former treasurer of X",
// not X), a word written with hyphens ("his son-in-law"), and a possessive that says whose
// ("his client"). On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let court: Engine;
beforeAll(async () => {
  court = await engineFor({
    'trial.txt': [
      'title: Former treasurer jailed over sports club fraud\ndate: 2024-09-20',
      'A former treasurer of Millbrook Harriers has been jailed for four years for stealing £410,000 from the athletics club.',
      'The court heard the money went into accounts controlled by his son-in-law, Idris Penrose, between 2017 and 2022.',
      'His solicitor said his client would appeal against the sentence.',
      'The treasurer, Alan Voss, was convicted at Truro Crown Court on Friday of fraud by false representation.',
      'Voss spent some of the money on a motorhome and a racing yacht.',
      'His business partner, Owen Tregear, was cleared of money laundering.',
      'The jury took six hours to reach its verdict after a trial that lasted three weeks.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => court.run('ask', q).answer ?? '';

describe('who did it, as the subject is written', () => {
  it('the one jailed is the treasurer of the club, not the club', () => {
    expect(ask('who was jailed')).toMatch(/former treasurer of Millbrook Harriers/);
  });

  it('a relation written with hyphens is answered whole', () => {
    expect(ask('who controlled the accounts')).toMatch(/son-in-law/);
  });

  it('a relation set off before a name is who that person is', () => {
    expect(ask('who is idris penrose')).toMatch(/^Idris Penrose: son-in-law/);
  });

  it('"how long was the trial" is the time of the clause the trial is the subject of', () => {
    expect(ask('how long was the trial')).toBe('three weeks');
  });

  it('a question ending on its preposition asks what follows it after the verb, not the court', () => {
    expect(ask('what was alan voss convicted of')).toBe('fraud by false representation');
    expect(ask('what did voss spend the money on')).toBe('a motorhome and a racing yacht');
  });

  it('one cleared was not convicted, and one convicted was not cleared', () => {
    expect(ask('was owen tregear convicted')).toMatch(/^No: was cleared/);
    expect(ask('was alan voss cleared')).toMatch(/^No: was convicted/);
    expect(ask('was alan voss convicted')).toMatch(/^Yes/);
  });

  it('a possessive says whose client will appeal', () => {
    expect(ask('who will appeal')).toMatch(/^his client/i);
  });
});
