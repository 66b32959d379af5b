// "Where" answered by the place phrase after the deed's object, when the question names that
// object: "the volunteers stack the cut reeds beside the ruined chapel" says where they stack
// them. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let fen: Engine;
beforeAll(async () => {
  fen = await engineFor({
    'fen.txt': [
      'title: Reed cutting on Wickham Fen\ndate: 2024-02-03',
      'Every winter the volunteers of the Wickham Fen trust cut the reeds by hand.',
      'After drying them on the bank, the volunteers stack the cut reeds beside the ruined chapel.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => fen.run('ask', q);

describe('where: the place past the object the question names', () => {
  it('answers the phrase after the object of the deed asked', () => {
    const r = ask('Where do the volunteers stack the cut reeds?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/^beside the ruined chapel/);
  });
});
