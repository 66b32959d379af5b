// An amount whose unit a hyphen joins to its number ("a two-year ban", "a six-week closure"):
// the answer is the length in its unit, not the bare number. On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'ban.txt': [
      'Cyclist Tomas Brevik handed two-year ban',
      'The cyclist Tomas Brevik has been given a two-year ban after testing positive for a banned stimulant.',
      'Brevik, 27, said he would appeal against the decision.',
      'The Harlow bridge will shut for a six-week closure from Monday while its deck is replaced.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q).answer ?? '';

describe('a unit joined to its number', () => {
  it('is part of the length asked ("how long is the ban": two years)', () => {
    expect(ask("how long is brevik's ban")).toBe('two years');
  });

  it('is what "how many weeks" counts', () => {
    expect(ask('how many weeks is the bridge closure')).toBe('six weeks');
  });
});
