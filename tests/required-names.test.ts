// The names a question gives that a paragraph must hold, and the ways it may hold them: the
// article's title names its subject for every paragraph, and a name typed in two words is the
// one the article writes joined.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const ARTICLES = {
  'tarrow-bay.txt': [
    'title: Tarrow Bay',
    'Tarrow Bay is a fishing town on the north coast, with a population of about 9,000.',
    'Most of its people work on the boats or in the canning sheds along the quay.',
    'The harbour festival takes place every June, when the fleet comes home from the northern banks.',
    'Two ferries a day cross to the islands from the quay in summer.',
  ].join('\n\n'),
  'ferries.txt': [
    'title: Ferries to be tracked',
    'The ferry fleet grew to nine boats last year, and a new rail link now reaches the terminal.',
    'FleetLink was launched in 2011 to show passengers where each ferry is.',
  ].join('\n\n'),
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor(ARTICLES);
});

describe('names a paragraph must hold', () => {
  it("answers of the article's title from a paragraph that does not repeat it", () => {
    const r = engine.run('ask', "When does Tarrow Bay's harbour festival take place?", { doc: 'tarrow-bay' });
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/every June/);
  });

  it('reads a name typed in two words as the one the article joins', () => {
    const r = engine.run('ask', 'When was Fleet Link launched?', { doc: 'ferries' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/2011/);
  });
});
