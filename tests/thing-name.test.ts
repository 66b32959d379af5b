// "What is the comet called?" asks the name a passage gives the thing: a sentence writing the
// thing's noun with no name near it answers nothing, however well it matches; one naming it
// still answers. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'comet.txt': [
      'Amateur astronomer spots new comet from allotment shed',
      'A new comet has been identified by astronomers after it was first seen by a retired plumber from his garden in Wexbury.',
      'The comet should be visible with binoculars until the middle of March, the Harnley Observatory said.',
      'The plumber, Arthur Pellow, said his dog Juniper barked at the sky all night.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q);

describe('the name of a thing', () => {
  it('a sentence writing the noun with no name near it does not answer', () => {
    expect(ask('whats the name of the comet').found).toBe(false);
    expect(ask('what is the comets name').found).toBe(false);
  });

  it('a name written with the noun answers', () => {
    expect(ask('what is the observatory called').citations[0]?.text).toMatch(/Harnley Observatory/);
  });
});
