// A question's nouns are topics its article must write, all but those that frame what is asked
// ("the world list of universities"): an article that ranks a university need not write "list".
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'harwick.txt': [
      'title: Harwick University',
      'Harwick University is a public research university in Dunmore, founded in 1921. ' +
        'One of the oldest universities in the region, Harwick is ranked 88th in the world by the 2019 Global University Rankings. ' +
        'It has four campuses and about 20,000 students.',
    ].join('\n\n'),
    // Another article writes "list" and "hospitals", so both are words the articles know.
    'market.txt': [
      'title: Market day',
      'Shoppers at the Dunmore market are told to bring a list of what they need. ' +
        'The market opens every Saturday beside the hospitals.',
    ].join('\n\n'),
  });
});

describe('nouns that frame the question are no topic the article must write', () => {
  it('"the world list of universities": the ranking answers, though the article never writes "list"', () => {
    const r = engine.run('ask', 'how does harwick rank on the world list of universities', {});
    expect(r.found).toBe(true);
    expect(r.answer).toBe('88th');
    expect(r.citations[0]?.text).toMatch(/Harwick is ranked 88th in the world/);
  });

  it('a topic noun the article never writes still keeps it from answering', () => {
    const r = engine.run('ask', 'how does harwick rank on the world list of hospitals', {});
    expect(r.found).toBe(false);
  });
});
