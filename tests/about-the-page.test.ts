// A sentence about the page itself ("The following is a list of ...", "This article lists ...")
// tells where to look, never what is so: it answers nothing, though it holds the question's words.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    // A map's caption runs into the page's first sentence, as text taken from a web page may.
    'veldmark.txt': [
      'title: Symbols of Veldmark',
      'Map of the province of Veldmark in the Northern Federation The following is a list of symbols of the province of Veldmark. ' +
        'The provincial bird is the grey heron, adopted in 1961. ' +
        'The provincial flower is the marsh violet.',
    ].join('\n\n'),
    'films.txt': [
      'title: Harbour films',
      'This article lists films adapted from harbour songs. ' +
        'The first such film was The Lantern Keeper, released in 1931 by Pellham Studios.',
    ].join('\n\n'),
  });
});

const ask = (q: string, doc: string) => engine.run('ask', q, { doc });

describe('a sentence about the page answers nothing', () => {
  it('"The following is a list of symbols": not the answer to what the symbols are', () => {
    const r = ask("what are veldmark's symbols", 'veldmark');
    expect(r.found ? r.answer : '').not.toMatch(/The following is a list/);
  });

  it('"This article lists films ...": the sentence after it, which names one, answers', () => {
    const r = ask('what films were adapted from harbour songs', 'films');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/^The first such film was The Lantern Keeper/);
  });
});
