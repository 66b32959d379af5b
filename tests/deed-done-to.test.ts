// "Who did X sign a deal with?" asks the other side of a deed: a passage without the deed, or
// the thing and the preposition asked ("the treaty of 1911 between"), names others. On an
// article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'port.txt': [
      'title: Ferry deal\ndate: 2024-03-05',
      'While Ann Berg’s firm said it would review the ferry deal, the port authority is seeking new buyers for the old quay.',
      'The harbour was built under the treaty of 1911 between the Kessel Guild and the town council.',
    ].join('\n\n'),
  });
});

describe('the other side of a deed', () => {
  it('a passage that only names the thing of the deed does not say who it was done with', () => {
    expect(engine.run('ask', 'who did the port authority sign a deal with').found).toBe(false);
  });

  it('the thing with the preposition asked ("between" for "with") names the other side', () => {
    expect(engine.run('ask', 'who did the town council sign the treaty with').answer).toMatch(/Kessel Guild/);
  });
});
