// "Where" answered by the place phrase of the deed asked, on an article written for these tests:
// past a phrase of manner before it ("in great numbers in shallow pools"), and for a deed whose
// verb is elsewhere an auxiliary ("is done in the old barn").
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let marsh: Engine;
beforeAll(async () => {
  marsh = await engineFor({
    'marsh.txt': [
      'title: Spring on the Ottery marshes\ndate: 2024-05-11',
      'Marsh frogs, small green amphibians, return each spring and often gather in great numbers in shallow pools near the sea wall.',
      'Most of the sorting of the ringed birds is done in the old barn behind the visitor centre.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => marsh.run('ask', q);

describe('where: the place phrase of the deed asked', () => {
  it('past a phrase of manner', () => {
    const r = ask('Where do marsh frogs gather?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/^in shallow pools/);
  });

  it('of a passive whose verb is an auxiliary elsewhere', () => {
    const r = ask('Where is most of the sorting of the ringed birds done?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/in the old barn/);
  });
});
