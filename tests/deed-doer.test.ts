// "Who fired him?" against "A porter who was fired ... has won his case at the Harlow Labour
// Court": the doer of a deed stands in its own clause, not in the clause of another deed. On an
// article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'porter.txt': [
      'Hotel porter wins unfair dismissal case',
      'A hotel porter who was fired after complaining about unpaid overtime has won his case at the Harlow Labour Court.',
      'The court ordered the hotel to pay him £8,000.',
    ].join('\n\n'),
  });
});

describe('the clause of the deed asked', () => {
  it('a passive deed with no "by" names no doer: the court of another clause did not fire him', () => {
    expect(engine.run('ask', 'who fired him').answer ?? '').not.toMatch(/Court/);
  });
});
