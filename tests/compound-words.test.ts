// A compound typed spaced where the article writes it joined ("flood wall" for "floodwall",
// "never sleep" for "NeverSleep"), or joined where it writes it spaced ("timecapsule"): the
// question is answered as if typed the article's way.
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
      'Volunteers hid a time capsule under the quay in 2001 and will open it in 2051.',
    ].join('\n\n'),
  });
});

describe('compounds typed spaced or joined, written the other way', () => {
  it('reads a pair the articles write as one word joined, keeping other pairs', () => {
    const none = () => false;
    const written = (w: string) =>
      ['floodwall', 'flood', 'wall', 'appear', 'work', 'workout'].includes(w.toLowerCase());
    expect(compoundsAsWritten('when was the flood wall built', written, none)).toBe('when was the floodwall built');
    expect(compoundsAsWritten('the Flood Wall', written, none)).toBe('the FloodWall');
    // "workout" is written, but "out" after a verb is its particle.
    expect(compoundsAsWritten('how did they work out the cost', written, none)).toBe('how did they work out the cost');
    // A word the articles never write, whose halves they do, split; not a typo of a word they write.
    expect(compoundsAsWritten('is the wallflood done', written, none)).toBe('is the wall flood done');
    expect(compoundsAsWritten('is the wallflood done', written, () => true)).toBe('is the wallflood done');
  });

  it('answers "timecapsule" from the "time capsule" the article writes', () => {
    const r = engine.run('ask', 'when will the timecapsule be opened', { doc: 'quay' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/2051/);
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
