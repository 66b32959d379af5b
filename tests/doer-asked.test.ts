// "What should buyers do?" asks the deeds of the buyers: a passage naming them only as what another
// acts on ("apologised to buyers") tells none of them. On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let recall: Engine;
beforeAll(async () => {
  recall = await engineFor({
    'lamps.txt': [
      'title: Lamp maker recalls desk lights\ndate: 2026-04-21',
      'Orlen Lighting has recalled 9,000 desk lamps after reports that the switch can spark.',
      'Buyers are being told to unplug the lamp at once and to take it back to the shop, even without a receipt.',
      'The firm apologised to buyers and said the fault had been found in a single batch.',
    ].join('\n\n'),
  });
});

describe('what someone should do', () => {
  it('is a deed they do, not one done to them', () => {
    const r = recall.run('ask', 'what should buyers do');
    expect(r.citations[0]?.text ?? '').toMatch(/unplug the lamp/);
  });
});
