// A people's name asked in the plural ("the Frisians") is written in the singular before a noun
// ("a Frisian fleet"), and one asked before a noun ("Frisian traders") is written in the plural;
// on an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let coast: Engine;
beforeAll(async () => {
  coast = await engineFor({
    'harbour.txt': [
      'title: Harbour history\ndate: 2024-03-30',
      'A Frisian fleet reached the harbour in 1203.',
      'The Frisians were traders.',
      'In 1210 the Frisians sold salt along the coast.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => coast.run('ask', q);

describe("a people's name in the singular or the plural", () => {
  it('"the Frisians" is held by "a Frisian fleet"', () => {
    const r = ask('When did the Frisians reach the harbour?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/1203/);
  });

  it('"Frisian traders" is held by "the Frisians"', () => {
    const r = ask('When did Frisian traders sell salt?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/1210/);
  });
});
