// "The firm's managing director, X, apologised and said ...": a participle between a possessive and
// its noun describes the noun; it is no verb, so X is the one who said it. On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let recall: Engine;
beforeAll(async () => {
  recall = await engineFor({
    'heaters.txt': [
      'title: Heater maker withdraws panel model\ndate: 2026-09-14',
      'Brennock Home has withdrawn 12,000 wall heaters after reports that the casing can crack.',
      'The firm\'s managing director, Idris Fallowfield, apologised to buyers and said safety came "before everything".',
      'Buyers can return the heaters to any branch for a refund.',
    ].join('\n\n'),
  });
});

describe('a participle before a noun', () => {
  it('is no verb: "what did X say" of the one it describes', () => {
    const r = recall.run('ask', 'what did idris fallowfield say');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text ?? '').toMatch(/before everything/);
  });
});
