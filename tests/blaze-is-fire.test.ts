// News calls a fire a "blaze", which WordNet never relates to "fire": "where did the fire start"
// is answered by "the blaze started near ...". On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let heath: Engine;
beforeAll(async () => {
  heath = await engineFor({
    'heath.txt': [
      'title: Walkers moved as heath burns\ndate: 2026-07-30',
      'About 400 walkers were moved off Grell Moor on Tuesday as flames spread across the heath.',
      'The blaze started on Sunday evening near Pennick Ridge and has since burned about 300 hectares.',
    ].join('\n\n'),
  });
});

describe('a blaze', () => {
  it('is the fire asked about', () => {
    expect(heath.run('ask', 'where did the fire start').answer ?? '').toBe('Pennick Ridge');
  });
});
