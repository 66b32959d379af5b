// A question that swaps a deed for the one that blocks or undoes it ("what will promote" for
// "what will inhibit", "what does the farm lack" for "what it possesses") asks something the
// article does not say; WordNet pairs neither. Article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const ORCHARD = [
  'title: A hard spring in the orchard\ndate: 2024-04-12',
  'The Hollins family farm possesses a cold store large enough for the whole harvest.',
  'Netting over the rows will inhibit the spread of the blight, the grower said.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'orchard.txt': ORCHARD });
});

describe('a deed turned into the one that undoes it', () => {
  it('is not answered by the passage that says the other deed', () => {
    for (const question of ['What does the Hollins family farm lack?', 'What will promote the spread of the blight?']) {
      const r = engine.run('ask', question);
      expect(r.found, question).toBe(false);
      expect(r.answer, question).toBeNull();
    }
  });

  it('the deed the article writes is answered', () => {
    expect(engine.run('ask', 'What does the Hollins family farm possess?').answer).toBe('a cold store');
    const r = engine.run('ask', 'What will inhibit the spread of the blight?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('Netting over the rows');
  });
});
