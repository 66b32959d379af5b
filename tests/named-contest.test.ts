// "Who won the cup final?": the words before the contest noun say which contest, and the
// sentence telling an outcome must write them; a report of another contest answers nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'shield.txt': [
      'title: Dellport lift the Shield',
      'Dellport Wanderers beat Oxley Vale 2-0 in the Harrowgate Shield final on Sunday.',
      'Oxley Vale had not lost a game since March and are top of the league.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q, { doc: 'shield' });

describe('who won a contest the question names', () => {
  it('is the side that beat the other in a sentence writing the contest', () => {
    expect(ask('who won the shield final').answer).toBe('Dellport Wanderers');
    expect(ask('who lost the shield final').answer).toBe('Oxley Vale');
  });

  it('a contest no outcome sentence writes is not answered by another', () => {
    expect(ask('who won the league game').found).toBe(false);
  });
});
