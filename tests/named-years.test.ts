// "When" questions about a thing whose name carries its year ("the 2019 Harbour Festival"), on an
// article written for these tests: the year dates its making or holding, not any other deed of it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let town: Engine;
beforeAll(async () => {
  town = await engineFor({
    'festival.txt': [
      'title: Festival returns to the quay\ndate: 2024-06-11',
      'Organisers said the 2019 Harbour Festival drew more than 4,000 visitors to the quay.',
      'This summer the mayor praised the volunteers who run the stalls.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => town.run('ask', q);

describe('a year written into the name of the thing asked about', () => {
  it('dates its holding, though the sentence never says "held"', () => {
    for (const q of ['When was the Harbour Festival held?', 'What year was the Harbour Festival held?']) {
      const r = ask(q);
      expect(r.found).toBe(true);
      expect(r.answer).toBe('2019');
    }
  });

  it('does not date another deed of it', () => {
    const r = ask('When was the Harbour Festival praised?');
    expect(r.answer ?? '').not.toMatch(/2019/);
  });
});
