// A question that puts a word's opposite for the passage's word ("a slow response" where the
// passage says "a rapid response") asks about something the article does not say, though WordNet
// opposes only the heads of the two word clusters ("slow" / "fast"). The question's own word
// written in another form ("southern" / "the south") is no opposite, whatever stands beside it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const MARSH = [
  'title: The salt marsh\ndate: 2024-05-04',
  'The alarm call of the redshank triggers a rapid escape response in the other waders.',
  'The marsh warden, Iris Penhale, is known as the wealthiest landowner in the parish.',
  'Most of the reed beds are concentrated in the south of the marsh, beside the northern sluice.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'marsh.txt': MARSH });
});

describe('opposites through word clusters', () => {
  it("the opposite of the passage's word: the article does not say", () => {
    for (const question of [
      'What triggers a slow escape response in the other waders?',
      'Who is known as the poorest landowner in the parish?',
    ]) {
      const r = engine.run('ask', question);
      expect(r.found, question).toBe(false);
    }
  });

  it("the passage's own word, or the question's word in another form, is answered", () => {
    for (const [question, cited] of [
      ['What triggers a rapid escape response in the other waders?', 'alarm call'],
      ['Who is known as the wealthiest landowner in the parish?', 'Iris Penhale'],
      ['In which southern part of the marsh are most of the reed beds concentrated?', 'reed beds'],
    ] as const) {
      const r = engine.run('ask', question);
      expect(r.found, question).toBe(true);
      expect(r.citations[0]?.text, question).toContain(cited);
    }
  });
});
