// "What was the aim of the toll?" is answered by a passage that says what the toll was raised to
// do without writing "aim"; an attribute a passage does name ("the length of the bridge") must
// still be written there.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'bridge.txt': [
      'title: Marsh Bridge toll\ndate: 2024-04-11',
      'The Marsh Bridge toll was brought in by the county in 2019 to pay for new steel beams under the deck.',
      'Drivers crossing the bridge at night pay half the daytime toll.',
    ].join('\n\n'),
    'market.txt': [
      'title: Market day\ndate: 2024-04-12',
      'The aim of the market is to sell local food, its organisers said.',
      'The length of the queue surprised the traders.',
    ].join('\n\n'),
  });
});

describe('attributes a passage gives without naming them', () => {
  it('"the aim of the toll": the passage saying what it pays for answers', () => {
    const r = engine.run('ask', 'What was the aim of the Marsh Bridge toll?', { doc: 'bridge' });
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/to pay for new steel beams/);
  });

  it('"the length of the bridge": a passage that gives no length does not answer', () => {
    const r = engine.run('ask', 'What is the length of the Marsh Bridge?', { doc: 'bridge' });
    expect(r.found).toBe(false);
  });
});
