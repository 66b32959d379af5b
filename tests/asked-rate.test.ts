// "How many people cross the border annually?": a rate is asked; a passage giving only a total
// ("about 40,000 live in the valley") does not answer it, one writing "a year" does.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let valley: Engine;
beforeAll(async () => {
  valley = await engineFor({
    'tarrow.txt': [
      'title: Tarrow Valley',
      'The Tarrow Valley is a farming region on the border between Elsmark and Durnland. ' +
        'The number of people from Durnland who came over the border and live in the valley was estimated at about 40,000 in 2010. ' +
        'Its markets draw traders from both sides of the border.',
    ].join('\n\n'),
    'fenwick.txt': [
      'title: Fenwick Crossing',
      'Fenwick Crossing is a bridge on the border between Elsmark and Durnland. ' +
        'About 9,000 people from Durnland come over the border at Fenwick each year.',
    ].join('\n\n'),
  });
});

describe('a rate asked', () => {
  it('is not answered by a total', () => {
    const r = valley.run('ask', 'how many people from durnland come over the border annually', { doc: 'tarrow' });
    expect(r.found).toBe(false);
  });

  it('is answered by an amount written by the year', () => {
    const r = valley.run('ask', 'how many people from durnland come over the border annually', { doc: 'fenwick' });
    expect(r.answer).toMatch(/9,000/);
  });
});
