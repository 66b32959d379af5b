// A sentence that opens by pointing back ("It rises ...", "This loaf is called ...")
// goes on about what the sentence before named: a question naming that thing is answered from
// it. On articles written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'corley.txt': [
      'title: Corley\n',
      'Corley is a market town on the river Vell, known for its wool trade.',
      'The tallest building in Corley is the Pennant Tower, finished in 1987 for an insurance firm. It rises 212 metres over the river and holds 51 floors of offices.',
      'Most of the old wool halls along the river were turned into flats in the 1990s.',
      'Bakers in Corley make a flat oat loaf with dried plums for the spring fair. This loaf is called a vell cake and is eaten with honey.',
      'Potters in Corley fire a glazed blue jug with a twisted handle for weddings. The jug takes about four pints.',
      'A plain glazed blue jug with a twisted handle takes about two pints.',
      'Workers in Corley laid a wooden footbridge over the Lusk canal for the mill hands. However, it was shut in 1988 after cracks appeared.',
      'An old wooden footbridge over the Lusk canal was shut in 1975.',
      'Some farms along the river keep a bell that is rung only at the end of the harvest. Such bells weigh about 40 kilograms.',
      'A bell rung in the river town at the end of the day weighs about 300 kilograms.',
    ].join('\n\n'),
  });
});

describe('a sentence that opens by pointing back', () => {
  it('"It" is the building the sentence before named', () => {
    const r = engine.run('ask', 'How tall is the Pennant Tower?', { doc: 'corley' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/212 metres/);
  });

  it('"This loaf" is the one the sentence before tells of, though that sentence holds more of the question', () => {
    const r = engine.run('ask', 'What is the flat oat loaf with plums baked for the spring fair called?', {
      doc: 'corley',
    });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/vell cake/);
  });

  it('"The jug" takes up the jug the sentence before brought in with "a", not another jug', () => {
    const r = engine.run('ask', 'How much does the glazed blue jug with a twisted handle fired for weddings take?', {
      doc: 'corley',
    });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/four pints/);
  });

  it('a joining word before the pointing word ("However, it ...") still points back, not at another footbridge', () => {
    const r = engine.run('ask', 'When was the wooden footbridge for the mill hands over the Lusk canal shut?', {
      doc: 'corley',
    });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/1988/);
  });

  it('"Such bells" are the bells the sentence before tells of, not another bell', () => {
    const r = engine.run('ask', 'How much does a farm bell rung at the end of the harvest weigh?', { doc: 'corley' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/40 kilograms/);
  });
});
