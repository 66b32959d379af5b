// A word of a name the question gives, which the tagger read as a verb after the question's own
// ("works" of "when did the line buy tarn works"), is that name, not a deed of working that a
// passage naming the firm would seem to date. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'trams.txt': [
      'title: New trams delayed on the Pellow line\ndate: 2026-04-09',
      'The operator said it had ordered 12 new trams from builder Tarn Works in 2023, but the first would not arrive until May.',
      'Its director, Nils Ambry, said the delay was regrettable.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q);

describe('name words read as verbs', () => {
  it('"when did the operator buy tarn works" finds no buying, and says so', () => {
    expect(ask('when did the operator buy tarn works').found).toBe(false);
  });

  it('"when did the operator order trams from tarn works" is still dated', () => {
    expect(ask('when did the operator order trams from tarn works').answer).toMatch(/2023/);
  });
});
