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
});
