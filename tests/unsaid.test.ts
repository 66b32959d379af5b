// "Which board did not say ...?" asks what was not said: a passage that says what the board said
// answers the question without the "not", not this one.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const DAM = [
  'title: Inspectors report on the dam\ndate: 2024-10-01',
  'In its annual report, the water board says that the Kelderwick dam is safe for another ten years.',
  'The harbour board did not claim that the spillway had been repaired.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'dam.txt': DAM });
});

describe('what was not said', () => {
  it('a passage saying what was said: the article does not say', () => {
    const question = 'Which water board did not say that the Kelderwick dam is safe for another ten years?';
    const r = engine.run('ask', question);
    expect(r.found, question).toBe(false);
  });

  it('a passage that says what was not said answers; the question without the "not" is answered', () => {
    const denied = engine.run('ask', 'Which board did not claim that the spillway had been repaired?');
    expect(denied.found).toBe(true);
    expect(denied.citations[0]?.text).toContain('did not claim');
    const said = engine.run('ask', 'Which water board said that the Kelderwick dam is safe for another ten years?');
    expect(said.found).toBe(true);
    expect(said.citations[0]?.text).toContain('is safe');
  });
});
