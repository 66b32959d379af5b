// "When did X receive its charter?" where the article writes "X's charter of 1622" and no
// "receive": the year written with the event's noun; on an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let town: Engine;
beforeAll(async () => {
  town = await engineFor({
    'charter.txt': [
      'title: Old charter on show\ndate: 2024-07-01',
      "Kelmouth's charter of 1622 hangs in the town hall. Visitors from Arnby come to see it every summer.",
      'The hall received a new roof last year.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => town.run('ask', q);

describe("the year written with the event's noun", () => {
  it('dates the event though the verb asked is not written', () => {
    const r = ask('When did Kelmouth receive its charter?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/1622/);
  });

  it("not the event of another town's", () => {
    expect(ask('When did Arnby receive its charter?').answer ?? '').not.toMatch(/1622/);
  });
});
