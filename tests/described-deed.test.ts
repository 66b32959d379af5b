// "Who stole the bowl?" against "a gold bowl stolen from the museum": the deed written only as a
// participle describing what it was done to says nothing of who did it, and the thing taken is
// not the thief. A sentence that writes the doer still answers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'clock.txt': [
      'title: Reward offered for return of museum clock',
      'A reward of £8,000 has been offered for the return of a 200-year-old brass clock stolen from the Pellingham Town Museum.',
      'The curator, Nadia Forsythe, said the clock had been in the museum since 1931.',
    ].join('\n\n'),
    'kite.txt': [
      'title: Kite festival trophy taken',
      'A gang of three men stole the silver trophy from the Dunmere Kite Club on Sunday night.',
    ].join('\n\n'),
  });
});

const ask = (q: string, doc: string) => engine.run('ask', q, { doc });

describe('a deed written only as a participle after what it was done to', () => {
  it('names no doer: neither the thing taken nor the place it was taken from', () => {
    expect(ask('who stole the clock', 'clock').found).toBe(false);
  });

  it('a clause that writes the doer answers', () => {
    expect(ask('who stole the trophy', 'kite').answer).toMatch(/gang of three men/i);
  });
});
