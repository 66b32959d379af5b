// A name the question gives, written by the article as its adjective or the other way round:
// "the French vineyards" asked of "vineyards in France", "the shipyard in Norway" of "the
// Norwegian shipyard" (WordNet's pertainyms, kept in the store's word relations).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { WordNet } from '../src/nlp/wordnet.js';
import { engineFor } from './engine/seed-engine.js';

const ARTICLES = {
  'harwell.txt': [
    'title: Harwell Group widens its reach\ndate: 2024-03-11',
    'The Harwell Group bought three vineyards in France in 2018, paying 40 million euros.',
    'Its chief executive, Mara Quist, said the purchase would double its wine sales within five years.',
    'The Norwegian shipyard at Ulsvik built two electric ferries for the group last spring.',
    'The group also opened a depot in Leeds, where 200 drivers now work.',
    'A French bank lent it the money, and its wines now sell in Norway as well.',
  ].join('\n\n'),
  'dorwick.txt': [
    'title: Tea traders look east\ndate: 2024-03-05',
    'The Dorwick Tea Company opened three offices in Asia last year.',
    'Its chief buyer, Lena Marsh, said demand there had doubled since 2020.',
  ].join('\n\n'),
};

let engine: Engine;
const wordnet = new WordNet();
beforeAll(async () => {
  engine = await engineFor(ARTICLES);
});
afterAll(() => wordnet.close());

describe('a name written as its adjective, or an adjective as its name', () => {
  it('reads the pertainyms of names from WordNet', () => {
    const pairs = wordnet.namePertainyms().map((p) => p.join('~'));
    expect(pairs).toContain('french~france');
    expect(pairs).toContain('norwegian~norway');
  });

  it('answers of the French vineyards from the vineyards in France', () => {
    const r = engine.run('ask', 'Who bought the French vineyards?', { doc: 'harwell' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Harwell Group/);
  });

  it('answers of the shipyard in Norway from the Norwegian shipyard', () => {
    const r = engine.run('ask', 'What did the shipyard in Norway build for the group?', { doc: 'harwell' });
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/electric ferries/);
  });

  it('knows a name the articles write only in its other form: "Asian" of "Asia"', () => {
    const r = engine.run('ask', 'How many offices did the tea company open on the Asian continent?', {
      doc: 'dorwick',
    });
    expect(r.message ?? '').not.toMatch(/do not mention/);
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/three offices/);
  });

  it('does not take one form for the other when the question writes both', () => {
    const r = engine.run('ask', 'What did the shipyard in Norway build for the Norwegian group?', { doc: 'harwell' });
    expect(r.found).toBe(false);
  });

  it('does not take the name for its adjective before a noun the passage does not write', () => {
    const r = engine.run('ask', 'Which French family bought the vineyards?', { doc: 'harwell' });
    expect(r.found).toBe(false);
  });
});
