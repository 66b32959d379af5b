// "Who were the Normans and the Danes?" asks who they were: another name of the sentence that
// speaks of them (those who fought them) is no answer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'valley.txt': [
      'title: Valley history',
      'The Harrow clans held the valley for two centuries, and they fought every invader as they did with the Normans and the Danes.',
      'The Harrow clans later built the first stone bridge over the river.',
    ].join('\n\n'),
  });
});

describe('who a named one is', () => {
  it('is not answered by another name of the sentence', () => {
    const reply = engine.run('ask', 'who were the normans and danes');
    expect(reply.answer ?? '').not.toMatch(/Harrow/);
    expect(reply.found).toBe(false);
  });

  it('leaves "who did X" answered by the doer', () => {
    expect(engine.run('ask', 'who built the first stone bridge').answer).toBe('The Harrow clans');
  });
});
