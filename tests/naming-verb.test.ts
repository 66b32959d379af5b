// "What is the heater called?": an article names a thing beside its noun ("the Corvel Nimbus
// heater") without a word of naming, so "called" is no word a passage must write. On an article
// written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let recall: Engine;
beforeAll(async () => {
  recall = await engineFor({
    'recall.txt': [
      'title: Heater maker recalls 12,000 appliances\ndate: 2026-11-20',
      'Home appliance firm Corvel has recalled 12,000 heaters after reports that the casing can melt.',
      'The recall covers the Corvel Nimbus 2kW heater sold between May 2024 and August 2025 at a price of £59.',
      'Customers are being told to unplug the heater and return it to any store for a refund.',
    ].join('\n\n'),
  });
});

describe('a question asking what a thing is called', () => {
  it('is answered by the passage naming it beside its noun', () => {
    const r = recall.run('ask', 'what is the heater called');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text ?? '').toContain('Corvel Nimbus');
  });
});
