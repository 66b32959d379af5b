// "Who won the Harbour Cup?" against "X received the Harbour Cup" or "X was given the Brisk
// Prize": another verb of getting, or the passive of one of giving, names who won it; and "who
// was given the prize" asks the same as "who won it". On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'honours.txt': [
      'Harbour scientist honoured',
      'The marine biologist Tessa Varnholt studied kelp forests off the northern coast for two decades.',
      'Varnholt was given the Brisk Prize in 2015. The committee praised her patience.',
      'In 2019 the young engineer Piet Dalloway received the Harbour Cup for his design of the tidal gate.',
      'The Quarry Shield went to the rowing club Estmere.',
      'In 1902 the county board gave farmland to the Weller Trust for the building of a school.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q).answer ?? '';

describe('the one who got a prize, by another verb than the question', () => {
  it('"X received the cup" says who won it, though the cup is only named', () => {
    expect(ask('Who won the Harbour Cup?')).toMatch(/Piet Dalloway/);
  });

  it('"X was given the prize" says who won it', () => {
    expect(ask('Who won the Brisk Prize?')).toMatch(/Varnholt/);
  });

  it('"who was awarded the cup" asks who got it: "X received the cup" answers', () => {
    expect(ask('Who was awarded the Harbour Cup?')).toMatch(/Piet Dalloway/);
  });

  it('"gave the land to X" says who was given the land, not the land', () => {
    expect(ask('Who was given farmland by the county board?')).toMatch(/Weller Trust/);
  });

  it('a prize named with other words is another prize: "the Harbour Cup" does not say who won "the Dalloway Cup"', () => {
    expect(engine.run('ask', 'Who won the Dalloway Cup?').found).toBe(false);
    expect(ask('Who won the Quarry Shield?')).toMatch(/Estmere/);
    expect(engine.run('ask', 'Who won the Estmere Shield?').found).toBe(false);
  });
});
