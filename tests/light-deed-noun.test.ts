// "When did the council make a complaint": a deed named by the noun after a verb that says little
// is not told by a sentence of the verb with another noun ("made savings in 2025"). On an article
// written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'depot.txt': [
      'Fenmore bus depot noise row goes on',
      'Residents of Fenmore have lodged a complaint about the noise from the bus depot on Carrow Lane, which the operator has not yet answered.',
      'The council made savings of £400,000 in 2025 by moving its buses to the depot, its finance chief, Oren Galt, said.',
    ].join('\n\n'),
  });
});

const run = (q: string) => engine.run('ask', q);

describe('a deed named by its noun', () => {
  it('a sentence of the verb with another noun does not tell it', () => {
    const r = run('when did the council make a complaint');
    expect(r.answer ?? '').not.toMatch(/2025/);
  });

  it('nor with a possessive before the noun', () => {
    expect(run('when did the council make its first complaint').answer ?? '').not.toMatch(/2025/);
  });

  it('the deed written answers', () => {
    expect(run('when did the council make savings').answer).toBe('2025');
  });
});
