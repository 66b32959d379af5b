// "What was the purpose of X" asks why X was done, as "why" does, on an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'ferry.txt': [
      'title: Ferry company opens island route\ndate: 2024-03-04',
      'The Nordvik ferry company opened a new route to Selby Island on Monday to cut the journey time for islanders.',
      'The Selby harbour board, whose aim is to settle disputes between fishing crews, met on Tuesday.',
      'Harbour master Ines Moe said the old pier would close in May.',
    ].join('\n\n'),
  });
});

describe('the purpose, reason or aim of a thing', () => {
  it.each([
    'what was the purpose of the route',
    'what was the reason for the new route',
    'what was the motive behind the ferry route to selby island',
  ])('"%s" answers with the purpose the article gives', (question) => {
    const r = engine.run('ask', question);
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/^to cut the journey time/);
  });

  it('an aim the article names and gives is the answer', () => {
    expect(engine.run('ask', 'what is the aim of the harbour board').answer).toMatch(/^to settle disputes/);
  });

  it('a reason the article does not give is not invented', () => {
    expect(engine.run('ask', 'what is the reason for the closure of the pier').found).toBe(false);
  });
});
