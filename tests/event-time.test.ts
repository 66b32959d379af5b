// "When" answered by the event a deed is placed against, where the article gives no date: "after
// the final whistle", "before the vote"; on an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let council: Engine;
beforeAll(async () => {
  council = await engineFor({
    'council.txt': [
      'title: How the Brenmoor council works\ndate: 2024-03-02',
      'After a short reading of the minutes, the committee approved the harbour plan.',
      'The open forum for residents is held immediately after the budget debate, and lasts an hour.',
      'Long after the old market was closed, traders asked the council to reopen the square.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => council.run('ask', q);

describe('the event a deed is placed against answers "when"', () => {
  it('a phrase heading the sentence of the deed asked', () => {
    const r = ask('When did the committee approve the harbour plan?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/^After a short reading of the minutes$/);
  });

  it('a phrase following the verb asked', () => {
    const r = ask('When is the open forum for residents held?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/immediately after the budget debate/);
  });

  it('not a clause of another deed before it', () => {
    expect(ask('When did traders ask the council to reopen the square?').answer ?? '').not.toMatch(/old market/);
  });
});
