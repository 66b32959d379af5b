// A question that copies its best passage with another year ("published in 1884" where the passage
// says 1885) is not answered by a lower passage that writes the year asked about something else.
// Article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const DYE = [
  'title: The dye maker of Leeds\ndate: 2024-02-02',
  'The chemist Ada Lorne published her findings on the new dye in 1885 in a paper titled A Study of Colour. ' +
    'Earlier, in 1884, she had moved to a laboratory in Leeds, where she worked with Tom Baxter.',
  'The laboratory closed in 1921.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'dye.txt': DYE });
});

describe('the best passage giving another year', () => {
  it('makes the article not say, though a lower passage writes the year asked', () => {
    const r = engine.run('ask', 'What did Ada Lorne publish in 1884?');
    expect(r.found).toBe(false);
    expect(r.answer).toBeNull();
  });

  it('the year it gives answers', () => {
    expect(engine.run('ask', 'What did Ada Lorne publish in 1885?').answer).toBe('her findings');
  });
});
