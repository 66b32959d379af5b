// A verdict asked by its opposite: "was X convicted" where the article says "X was cleared", in a
// report whose other sentences about X and about convictions rank above that one: the opposite is
// looked for too. On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let court: Engine;
beforeAll(async () => {
  court = await engineFor({
    'mayor.txt': [
      'title: Former mayor jailed for six years over housing fund fraud\ndate: 2025-03-14',
      'A former mayor of Castlebridge has been jailed for six years after a jury found him guilty of stealing more than £2.3m from a fund meant to build affordable homes.',
      'Gerald Penhallow, 61, was convicted at Exeter Crown Court on Thursday of fraud by abuse of position and money laundering. He had denied all the charges.',
      'The jury of seven women and five men took nine hours to reach its verdicts after a trial that lasted seven weeks.',
      'Prosecutors said Penhallow moved the money into accounts controlled by his brother-in-law, Martin Treloar, between 2016 and 2020. Treloar, 58, was cleared of money laundering.',
      "Judge Annabel Crisp told Penhallow he had 'betrayed the trust of the people who elected you'. She said the scheme had been 'carefully planned and ruthlessly carried out'.",
      'The court heard that Penhallow spent some of the money on a holiday villa in Portugal and a classic sports car.',
      'His barrister, Oliver Stannard KC, said his client would appeal against the conviction.',
      'The fraud came to light in 2021, when an auditor noticed that payments to a building firm did not match any work on the ground. Devon and Cornwall Police arrested Penhallow in May 2021.',
      'The council said it had recovered about £900,000 so far and would seek to recover the rest through the courts. Only 14 of the 120 homes the fund was meant to pay for have been built.',
      'Penhallow served as mayor from 2014 until he resigned in 2021.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => court.run('ask', q).answer ?? '';

describe('a verdict asked by its opposite', () => {
  it('one cleared was not convicted', () => {
    expect(ask('was treloar convicted')).toMatch(/^No: (Treloar, 58, )?was cleared/);
  });

  it('one convicted was not cleared', () => {
    expect(ask('was penhallow cleared')).toMatch(/^No: was convicted/);
  });
});
