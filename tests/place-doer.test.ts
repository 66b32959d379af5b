// "What country took over X?" asks which place did a deed. A place a sentence names without the
// deed is its setting, no doer: an encyclopaedia's opening placing X is no answer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const ARTICLES = {
  'island.txt': [
    'title: Varnholm',
    'Varnholm is an island in the Skelt Sea, off the southern coast of Norway.',
    'About four thousand people live on the island.',
  ].join('\n\n'),
  'isle.txt': [
    'title: Orrin Isle',
    'Orrin Isle is a small island in the Skelt Sea.',
    'Denmark took over Orrin Isle in 1720 after a short war.',
  ].join('\n\n'),
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor(ARTICLES);
});

describe('a place asked as the doer of a deed', () => {
  it('is not answered by a sentence placing the thing, without the deed', () => {
    const r = engine.run('ask', 'what country took over varnholm', { doc: 'island' });
    expect(r.found).toBe(false);
  });

  it('is answered by the sentence of the deed', () => {
    const r = engine.run('ask', 'what country took over orrin isle', { doc: 'isle' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Denmark/);
  });
});
