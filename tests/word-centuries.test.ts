// "When was it built?" against "built in the late eighteenth century": a century written in words
// dates the deed as "the 18th century" does; on an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let village: Engine;
beforeAll(async () => {
  village = await engineFor({
    'chapel.txt': [
      'title: Chapel roof repaired\ndate: 2024-09-03',
      'The chapel at Hollin Cross was built by quarrymen in the late eighteenth century.',
      'Its roof was repaired by volunteers over the summer.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => village.run('ask', q);

describe('a century written in words', () => {
  it('answers when', () => {
    const r = ask('When was the chapel at Hollin Cross built?');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('late eighteenth century');
  });

  it('is no year', () => {
    expect(ask('What year was the chapel at Hollin Cross built?').answer ?? '').not.toMatch(/century/);
  });
});
