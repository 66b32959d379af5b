// "When did X happen?" asks with one verb of happening; the article may write another ("took
// place"), and what it places that deed against answers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const ARTICLES = {
  'blackout.txt': [
    'title: Lights out in Corrow',
    'The longest blackout in the history of Corrow took place during the harbour regatta, when a pylon fell on the ring road.',
    'Engineers from the grid company restored power to most homes within two days.',
  ].join('\n\n'),
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor(ARTICLES);
});

describe('verbs of happening', () => {
  it('answers when something happened from the event the article says it took place during', () => {
    const r = engine.run('ask', 'When did the longest blackout in Corrow happen?', { doc: 'blackout' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/during the harbour regatta/);
  });
});
