// "What are the uses for X?" asks its deed by a noun: the sentence where X is used answers it,
// not the one that says what X is because it also writes "using". Articles written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let wiki: Engine;
beforeAll(async () => {
  wiki = await engineFor({
    'loomcard.txt': [
      'title: Loomcard',
      'A loomcard is a stiff punched card that tells a weaving loom which threads to lift, using rows of holes. ' +
        'The first loomcards were cut by hand in Lyon around 1800. ' +
        'Loomcards can be used in carpet mills, in schools that teach weaving and by artists who weave tapestries.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => wiki.run('ask', q, { doc: 'loomcard' });

describe('a deed asked by a noun', () => {
  it('"the uses for X" is answered where X is used', () => {
    const r = ask('what are the uses for loomcards');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/^Loomcards can be used in carpet mills/);
  });

  it('"what is X" is still answered by what X is', () => {
    const r = ask('what is a loomcard');
    expect(r.citations[0]?.text).toMatch(/^A loomcard is a stiff punched card/);
  });
});
