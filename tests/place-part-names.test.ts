// "Where is X": a place written with a word that can name a part of a place ("in the Northern
// Hemisphere", "in the Western Isles") is the answer, as "on the west coast of X" is.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let wiki: Engine;
beforeAll(async () => {
  wiki = await engineFor({
    'line.txt': [
      'title: Ferrow Line',
      'The Ferrow Line is an imaginary boundary drawn by sailors. ' +
        'The Ferrow Line is the last latitude in the Southern Hemisphere at which icebergs are charted every month. ' +
        'Ships crossing it must report to the coast guard.',
    ].join('\n\n'),
  });
});

describe('a place named with a part word', () => {
  it('"in the Southern Hemisphere" answers "where is X"', () => {
    const r = wiki.run('ask', 'where is the Ferrow Line', { doc: 'line' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Southern Hemisphere/);
  });
});
