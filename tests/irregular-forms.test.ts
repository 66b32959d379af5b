// A question may ask with one form of a word and the article write another that stemming keeps
// apart ("creep" / "crept", "person" / "people").
import { describe, expect, it } from 'vitest';
import { engineFor } from './engine/seed-engine.js';

describe('irregular forms', () => {
  it('finds the past tense an article writes for the verb asked', async () => {
    const e = await engineFor({
      'museum.txt':
        'title: Museum\ndate: 2024-06-05\n\n' +
        'A stray dog walked into the Braga museum on Saturday.\n\nA thief crept into the Braga museum on Sunday night.',
    });
    expect(e.run('ask', 'Who did creep into the museum?').answer).toBe('A thief');
    expect(e.run('ask', 'When did the thief creep into the museum?').answer).toMatch(/^Sunday/);
  });

  it('finds "people" for "person", which WordNet keeps apart', async () => {
    const e = await engineFor({
      'fair.txt':
        'title: Fair\ndate: 2024-06-04\n\n' +
        'Fifty vans queued outside the Porto book fair on Friday.\n\nTwo hundred people queued outside the Porto book fair on Saturday.',
    });
    expect(e.run('ask', 'How many persons queued outside the fair?').answer).toBe('Two hundred people');
    expect(e.run('ask', 'When did the persons queue outside the fair?').answer).toMatch(/^Saturday/);
  });
});
