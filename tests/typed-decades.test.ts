// "In the 1960's": a decade typed with an apostrophe is the one the article writes "1960s"; on an
// article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let mill: Engine;
beforeAll(async () => {
  mill = await engineFor({
    'mill.txt': [
      'title: Harwick mill to become flats\ndate: 2024-06-18',
      'In the 1960s, the Harwick mill made woollen blankets for the army.',
      'The building has stood empty since the owners left in 1991.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => mill.run('ask', q);

describe('a decade typed with an apostrophe', () => {
  it('is the decade the article writes', () => {
    const r = ask("What did the Harwick mill make for the army in the 1960's?");
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/woollen blankets/);
  });

  it('not another decade', () => {
    expect(ask("What did the Harwick mill make for the army in the 1980's?").found).toBe(false);
  });
});
