// "Why shouldn't walkers use the path?" against "warned walkers not to use the path ... and said
// rangers would visit to check the fence": what is warned against is no purpose, nor is a
// purpose in what was said afterwards the deed asked's. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'quarry.txt': [
      'Walkers warned over flooded quarry path',
      'The council has warned walkers not to use the old quarry path at Fenwick Moor, which is flooded, and said rangers would visit the site on Monday to check the fence.',
      'The path was closed last winter to repair a collapsed wall.',
    ].join('\n\n'),
  });
});

const answer = (q: string) => engine.run('ask', q).answer ?? '';

describe('a purpose', () => {
  it('"not to use the path" is not why the path should not be used', () => {
    expect(answer('why shouldnt walkers use the quarry path')).not.toMatch(/to use/);
  });

  it('a purpose in what was said after the deed is not its purpose', () => {
    expect(answer('why should walkers not use the path')).not.toMatch(/check the fence/);
    expect(answer('why will rangers visit the site')).toBe('to check the fence');
  });

  it('a purpose of the deed asked still answers', () => {
    expect(answer('why was the path closed')).toBe('to repair a collapsed wall');
  });
});
