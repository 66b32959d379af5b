// "What episode of X was Y in" asks the title of a work of a kind. A title seldom says which kind
// of work it is, so a passage whose paragraph never writes the kind names none: an opening about
// Y is no answer, a sentence of the episode is.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const ARTICLES = {
  'harpist.txt': [
    'title: Odra Fennick',
    'Odra Fennick (born 3 May 1950) was a Welsh harpist and singer from Cardigan, best known for the theme music of the drama Harbour Lights.',
    'She toured with the Lathe Quartet for twenty years.',
  ].join('\n\n'),
  'actor.txt': [
    'title: Bron Talley',
    'Bron Talley (born 9 June 1961) is a Welsh actor from Tenby.',
    'In 1990 he appeared in "Salt Wind", an episode of the drama Harbour Lights.',
  ].join('\n\n'),
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor(ARTICLES);
});

describe('a work of a kind asked', () => {
  it('is not answered by a paragraph that never writes the kind', () => {
    const r = engine.run('ask', 'what episode of harbour lights was odra fennick in', { doc: 'harpist' });
    expect(r.found).toBe(false);
  });

  it('is answered by the sentence of the work of that kind', () => {
    const r = engine.run('ask', 'what episode of harbour lights was bron talley in', { doc: 'actor' });
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/Salt Wind/);
  });
});
