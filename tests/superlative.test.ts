// A superlative picks one thing of several: a passage that names them without grading them that
// way does not say which one is asked.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const ORCHARDS = [
  'title: Orchards of the valley\ndate: 2024-09-01',
  'Apple orchards in the valley were planted at Elmbrook, Fenwick and Hollin Cross after the war.',
  'The largest of the apple orchards planted in the valley after the war is at Greywater.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'orchards.txt': ORCHARDS });
});

describe('a superlative the question asks by', () => {
  it('a passage that names the things without grading them: the article does not say', () => {
    for (const question of [
      'Where was the smallest apple orchard in the valley planted after the war?',
      'Where was the most productive apple orchard in the valley planted after the war?',
    ]) {
      const r = engine.run('ask', question);
      expect(r.found, question).toBe(false);
      expect(r.answer, question).toBeNull();
    }
  });

  it('graded the same way, by a word that may mean it, answers', () => {
    const r = engine.run('ask', 'Where was the greatest apple orchard in the valley planted after the war?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('Greywater');
  });
});
