// "Who said ...?" is answered by the speaker of a quote that says it; a quote that says the
// opposite ("the highest priority" for "the lowest"), only the affirmative of what is asked
// negated, or another number, is someone's word on another matter: the article does not say.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const COUNCIL = [
  'title: Council sets out its plans\ndate: 2024-09-12',
  'The mayor, Ruth Alder, said the repair of the river bridge was the highest priority of the council.',
  'The treasurer, Owen Pryce, said that the council would borrow 4 million pounds for the work.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'council.txt': COUNCIL });
});

describe('the speaker of a quote set against the question', () => {
  it('a quote saying the opposite, or another number: the article does not say', () => {
    for (const question of [
      'Who said the repair of the river bridge was the lowest priority of the council?',
      'Who said that the council would borrow 9 million pounds for the work?',
    ]) {
      const r = engine.run('ask', question);
      expect(r.found, question).toBe(false);
    }
  });

  it('the quote that says it names its speaker', () => {
    for (const [question, speaker] of [
      ['Who said the repair of the river bridge was the highest priority of the council?', 'Ruth Alder'],
      ['Who said that the council would borrow 4 million pounds for the work?', 'Owen Pryce'],
    ] as const) {
      const r = engine.run('ask', question);
      expect(r.found, question).toBe(true);
      expect(r.answer, question).toContain(speaker);
    }
  });
});
