// "Which country signed the accord?": the name on the side of the deed the question's wh-phrase
// stands on, though the mention finder gives it no kind; on an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let history: Engine;
beforeAll(async () => {
  history = await engineFor({
    'straits.txt': [
      'title: A short history of the Orrin Straits\ndate: 2024-02-14',
      'Varnesse signed a fishing accord in 1907 granting it rights in the northern straits.',
      'In 1820 Calvory annexed Tollholm from Brisant.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => history.run('ask', q);

describe('the name where the deed puts the wh-phrase', () => {
  it('the doer, when the wh-phrase does the deed', () => {
    const r = ask('Which country signed a fishing accord in 1907?');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('Varnesse');
  });

  it('what it was done to, when asked with "did"', () => {
    const r = ask('Which island did Calvory annex in 1820?');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('Tollholm');
  });

  it('not the doer for what it was done to', () => {
    expect(ask('Which island annexed Calvory in 1820?').answer ?? '').not.toBe('Tollholm');
  });
});
