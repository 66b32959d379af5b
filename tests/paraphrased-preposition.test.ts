// "What was X named after?": a question ending on its verb's preposition asks what follows that
// preposition. A passage that writes the verb only in other words ("identified" for "named")
// tells the deed asked only with the same preposition after them. On an article written for
// these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let bridge: Engine;
beforeAll(async () => {
  bridge = await engineFor({
    'bridge.txt': [
      'title: Old footbridge to be restored\ndate: 2026-03-03',
      'A wooden footbridge over the Carrow Brook has been identified from old parish maps as the oldest in the county.',
      'The restoration relies on a grant from the Hollin Valley heritage fund.',
      'Volunteers will begin repairs in June.',
      'At the parish meeting, the volunteers spoke of the cost of oak beams.',
    ].join('\n\n'),
  });
});

describe('a verb written only in other words', () => {
  it('with another preposition after it does not answer', () => {
    const r = bridge.run('ask', 'what was the footbridge named after');
    expect(r.found).toBe(false);
  });

  it('with the same preposition after it answers ("upon" as "on")', () => {
    const r = bridge.run('ask', 'what does the restoration depend upon');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text ?? '').toContain('heritage fund');
  });

  it('"talk about" is told by "spoke of": either preposition gives what talk is about', () => {
    const r = bridge.run('ask', 'what did the volunteers talk about');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text ?? '').toContain('oak beams');
  });
});
