// Kinship read both ways: "Ada, sister of Tomas" says who Ada's brother is, and "Oskar's wife
// Ilse" who Ilse's husband is; it says nothing of who Tomas's brother is.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const ARTICLES = {
  'mill.txt': [
    'title: The Berg mill',
    'The mill passed in 1890 to Ada Berg, sister of Tomas Berg, who had run it for a decade.',
    'Ruben Kalla married Corin Vey in 1902, and the couple moved to the coast.',
    "Oskar Lind's wife Ilse Dahl kept the mill's accounts until the war.",
  ].join('\n\n'),
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor(ARTICLES);
});

describe('kinship read both ways', () => {
  it("answers who one's brother or husband was from the other side's kin noun", () => {
    const brother = engine.run('ask', "Who was Ada's brother?", { doc: 'mill' });
    expect(brother.found).toBe(true);
    expect(brother.answer).toMatch(/Tomas Berg/);
    const husband = engine.run('ask', "Who was Ilse Dahl's husband?", { doc: 'mill' });
    expect(husband.found).toBe(true);
    expect(husband.answer).toMatch(/Oskar Lind/);
  });

  it('does not read the kin noun of the other one as the one asked', () => {
    const r = engine.run('ask', "Who was Tomas's brother?", { doc: 'mill' });
    expect(r.answer ?? '').not.toMatch(/Ada/);
  });
});
