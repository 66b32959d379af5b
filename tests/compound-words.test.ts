// A compound typed spaced where the article writes it joined ("flood wall" for "floodwall",
// "never sleep" for "NeverSleep"): the question is answered as if typed the article's way.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { compoundsAsWritten } from '../src/answer/compound-words.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'quay.txt': [
      'title: Quay works finished\ndate: 2024-04-11',
      'The NeverSleep Arcade opened on the quay in 1998 and has stayed open every night since.',
      'Engineers finished the new floodwall along the quay in March 2023, after two winters of storms.',
      'The harbour board said the old sea defences had been patched for decades.',
    ].join('\n\n'),
  });
});

describe('compounds typed spaced, written joined', () => {
  it('reads a pair the articles write as one word joined, keeping other pairs', () => {
    const written = (w: string) =>
      ['floodwall', 'flood', 'wall', 'appear', 'work', 'workout'].includes(w.toLowerCase());
    expect(compoundsAsWritten('when was the flood wall built', written)).toBe('when was the floodwall built');
    expect(compoundsAsWritten('the Flood Wall', written)).toBe('the FloodWall');
    // "workout" is written, but "out" after a verb is its particle.
    expect(compoundsAsWritten('how did they work out the cost', written)).toBe('how did they work out the cost');
  });

  it('answers "flood wall" from the "floodwall" the article writes', () => {
    const r = engine.run('ask', 'when was the flood wall finished', { doc: 'quay' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/March 2023/);
  });

  it('does not read "never" in a spaced name as a negation', () => {
    const r = engine.run('ask', 'when did the never sleep arcade open', { doc: 'quay' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/1998/);
  });
});
