// "What did analysts expect": the thing expected with the amount written after it ("profit of
// about £9m"), not the bare noun. On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let results: Engine;
beforeAll(async () => {
  results = await engineFor({
    'ferries.txt': [
      'title: Ferry operator misses forecasts\ndate: 2026-02-11',
      'Selkie Lines carried 1.2 million passengers last year, fewer than it had hoped.',
      'Analysts at the broker Penrose Hale had expected profit of about £9m.',
    ].join('\n\n'),
  });
});

describe('an object measured', () => {
  it('keeps the amount written after it', () => {
    expect(results.run('ask', 'what did analysts expect').answer).toBe('profit of about £9m');
  });
});
