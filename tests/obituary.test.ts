// An obituary tells of the one who died and of their family, often with the same verbs: "she
// died" of her, "He died in 2010" of her husband; and where they were born, in a village no gazetteer knows. On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let obituary: Engine;
beforeAll(async () => {
  obituary = await engineFor({
    'obituary.txt': [
      'Veteran broadcaster Marjorie Tellwright dies aged 87',
      'Marjorie Tellwright, who presented the radio programme Evening Harvest for three decades, has died aged 87.',
      'Her family said she died peacefully at her home in Larkford on Tuesday after a short illness.',
      'Born in the mining village of Cresswick in 1937, Tellwright left school at 15 to work as a typist at the Dunmorshire Gazette.',
      'Tellwright married the photographer Dennis Hale in 1963. He died in 2010.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => obituary.run('ask', q).answer ?? '';

describe('an obituary', () => {
  it('the deed asked of "she" is not answered by what "he" did', () => {
    expect(ask('when did she die')).toBe('Tuesday');
  });

  it('a place written after a described part of it: "the mining village of X"', () => {
    expect(ask('where was tellwright born')).toBe('the mining village of Cresswick');
  });
});
