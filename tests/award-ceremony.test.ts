// An awards ceremony: winners of categories, a film that "won four", nominations counted. On an
// article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let awards: Engine;
beforeAll(async () => {
  awards = await engineFor({
    'awards.txt': [
      'Glass Harbour wins best film at the Meridian Awards',
      'The drama Glass Harbour was named best film at the Meridian Awards in Castlebridge on Saturday night, beating four other nominees.',
      'Best actress went to Priya Nandakumar for her role as a grieving mother in Quiet Fields.',
      'The ceremony was hosted for the second year running by comedian Leila Barr.',
      'Glass Harbour had been nominated in nine categories, more than any other film, and won four.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => awards.run('ask', q);

describe('an awards ceremony', () => {
  it('"won four" does not say who won a category it does not name', () => {
    const r = ask('who won best actress');
    expect(r.answer ?? '').not.toMatch(/Glass Harbour/);
  });

  it('"for the second year running" says how often, not when', () => {
    expect(ask('when was the ceremony').answer ?? '').not.toMatch(/year/);
  });

  it('nominations are counted by the number after "nominated", not by what was won', () => {
    expect(ask('how many nominations did glass harbour get').answer).toMatch(/^nine/);
  });
});
