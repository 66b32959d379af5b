// "Where" answered by a place phrase that opens the sentence, set off by a comma before the deed
// asked ("In the old quarry behind the church, the swifts build their nests"); not one of what is
// written or said ("In a statement, the trust said ..."), nor a field ("In fieldcraft, ..."). On an
// article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'swifts.txt': [
      'title: Swifts return to Dunmere\ndate: 2024-05-20',
      'In the old quarry behind the church, the swifts build their nests each summer.',
      'In a statement, the wildlife trust counted forty pairs this year.',
      'In fieldcraft, the volunteers ring the young birds.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q);

describe('where: a place phrase opening the sentence', () => {
  it('places the deed of the clause after it', () => {
    const r = ask('Where do the swifts build their nests?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/^In the old quarry/);
  });

  it('a statement is not where something was done', () => {
    expect(ask('Where did the wildlife trust count forty pairs?').answer ?? '').not.toMatch(/statement/);
  });

  it('a field of study without its determiner is no place', () => {
    expect(ask('Where do the volunteers ring the young birds?').answer ?? '').not.toMatch(/fieldcraft/);
  });
});
