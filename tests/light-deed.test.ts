// "Who decided to make a donation": the noun a verb like "make" acts on names a deed asked, which
// the article may write as its verb ("donated").
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const ARTICLES = {
  'museum.txt': [
    'title: Harbour Museum reopens',
    'The Harbour Museum reopened on Saturday after two years of repairs to its roof and galleries.',
    "Investor Petra Sollund donated £3m to the Harbour Museum's roof fund last spring, the largest gift in its history.",
  ].join('\n\n'),
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor(ARTICLES);
});

describe('a deed named by the noun of a light verb', () => {
  it('answers who decided to make a donation from who donated', () => {
    const r = engine.run('ask', "Who decided to make a donation to the Harbour Museum's roof fund?", { doc: 'museum' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Petra Sollund/);
  });
});
