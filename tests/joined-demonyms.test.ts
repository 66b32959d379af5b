// "Anglo-Dutch", "Franco-Belgian": peoples' names joined by hyphens describe the noun after them,
// and name no one: "who owns the line" of "owned by the Franco-Belgian group Ostera" is Ostera.
// On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'ferry.txt': [
      'Ferry fares to rise on the Tarrow crossing',
      'Tarrow Ferries, which is owned by the Franco-Belgian group Ostera, carries about two million passengers a year.',
      'Its manager, Ines Colter, said fares would rise by 6% in June.',
    ].join('\n\n'),
  });
});

const answer = (q: string) => engine.run('ask', q).answer ?? '';

describe('joined demonyms', () => {
  it('"who owns" is the group named, not the peoples describing it', () => {
    expect(answer('who owns tarrow ferries')).toBe('Ostera');
  });
});
