// "What is the new ferry called?" against "a new ferry, called the Marlin Star": the name is the
// one written after the thing's noun and a word of naming. A sentence that only places the
// thing ("a bell taken from the Orrin Chapel") gives it no name, however high it ranks.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'ferry.txt': [
      'title: Island crossing gets quieter boat',
      'Ferry operator Tarrock Lines has launched a new ferry, called the Marlin Star, which it says uses half the fuel of older boats.',
      'The boat will carry up to 300 passengers between Kelmouth and the island.',
    ].join('\n\n'),
    'bell.txt': [
      'title: Reward offered for stolen chapel bell',
      'A reward of £20,000 has been offered for the return of a 400-year-old bronze bell taken from the Orrin Chapel.',
      'The bell, known as the Widow of Harle, was cast in 1611 and weighs 90kg, police said.',
      'It was last rung at a wedding in June.',
    ].join('\n\n'),
  });
});

const ask = (q: string, doc: string) => engine.run('ask', q, { doc });

describe('the name written after the thing asked', () => {
  it('is the answer, not the whole sentence', () => {
    expect(ask('what is the new ferry called', 'ferry').answer).toBe('the Marlin Star');
    expect(ask("what's the ferry called", 'ferry').answer).toBe('the Marlin Star');
  });

  it('a sentence that names it outranks one that only says where it was', () => {
    const r = ask('what is the bell called', 'bell');
    expect(r.answer).toBe('the Widow of Harle');
    expect(r.citations[0]?.text).toMatch(/^The bell, known as/);
  });
});
