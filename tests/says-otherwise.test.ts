// A question made from a passage by turning it around ("the least important" for "the most") is
// not answered by the next passage down, which matches fewer of its words: the passage it was made
// from says otherwise, so the article does not say. The question that passage answers still is.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const HARBOUR = [
  'title: Harbour engineering today\ndate: 2024-06-01',
  'The most important open question in harbour engineering is how to stop silt from filling the channel.',
  'Another open question in harbour engineering is the cost of dredging small ports.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'harbour.txt': HARBOUR });
});

describe('the passage a question was made from says otherwise', () => {
  it('the opposite of what the best passage says: the article does not say, citing that passage', () => {
    const r = engine.run('ask', 'What is the least important open question in harbour engineering?');
    expect(r.found).toBe(false);
    expect(r.answer).toBeNull();
    expect(r.citations[0]?.text).toContain('most important');
  });

  it('the question as the passage has it is answered', () => {
    const r = engine.run('ask', 'What is the most important open question in harbour engineering?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('stop silt');
  });
});
