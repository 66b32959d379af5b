// An acronym written with a lower-case letter ("DfT") takes that letter from a word in lower case,
// often a small one ("Department for Transport"); asked in any case, it is spelt out as written.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'glaze.txt': [
      'title: Potters win grant for kiln',
      'A kiln in Dellowford was rebuilt with help from the Guild of Stoneware Makers (GoSM), a charity that trains potters.',
      'The Ministry for Rural Crafts (MfRC) paid half of the cost, about £40,000.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q, { doc: 'glaze' });

describe('what a mixed-case acronym stands for', () => {
  it('the small word inside gives the lower-case letter', () => {
    expect(ask('what does GoSM stand for').answer).toBe('Guild of Stoneware Makers (GoSM)');
  });

  it('typed in lower case, it is still spelt out with the case the article writes', () => {
    const r = ask('what does mfrc stand for');
    expect(r.answer).toBe('Ministry for Rural Crafts (MfRC)');
    expect(r.citations[0]?.text).toMatch(/^The Ministry for Rural Crafts/);
  });
});
