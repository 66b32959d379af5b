// Questions that say in other words what an article says, on an article written for this test:
// WordNet's synonyms and derivations find the passage, below the words themselves.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { openStore } from '../src/app/open.js';
import { Corpus } from '../src/corpus/corpus.js';
import { engineFor } from './engine/seed-engine.js';

const MILL = [
  'title: Mill changes hands\ndate: 2023-02-01',
  'Northwind Traders purchased the old Harlow mill in 1998.',
  'Northwind Traders repainted the old Harlow mill in 2005.',
  'The town council decided in March to close the Harlow library.',
  'The town council reopened the Harlow library in June.',
  'Profits at the mill increased last year.',
].join('\n\n');

const TRUST = [
  'title: River trust at fifty\ndate: 2023-03-01',
  'The Elderbrook river trust was founded in 1973 by a group of anglers.',
  'Its chairman, Ivo Marrick, resigned in May after a dispute over fishing rights.',
  'The founding of the Elderbrook museum in 1911 is remembered with a plaque.',
].join('\n\n');

const ISLAND = [
  'title: Islanders press for a ferry\ndate: 2024-05-10',
  'A delegation of island councillors recently visited Portmere to press for a new ferry, the first visit since March 2021.',
  'The delegation was led by Edda Quill, who chairs the island council.',
  'Ms Quill apologised on Tuesday for the cost of the trip.',
].join('\n\n');

let engine: Engine;
let island: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'mill.txt': MILL, 'trust.txt': TRUST });
  island = await engineFor({ 'island.txt': ISLAND });
});

describe('when: the date of the deed asked, in the words that stand for it', () => {
  it('"when did they go to" is dated by the visit, not by the earlier visit the sentence also dates', () => {
    const r = island.run('ask', 'when did the councillors go to portmere');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/^recently \(the article is dated 2024-05-10\)/);
  });

  it('one who travelled to a place visited it', () => {
    const r = island.run('ask', 'who travelled to portmere?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/delegation of island councillors/);
  });

  it('the one asked by first name did the deed the sentence gives her surname for', () => {
    const r = island.run('ask', 'When did Edda apologise?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Tuesday/);
  });
});

describe('paraphrases from WordNet', () => {
  it('a synonym the articles never use finds the passage that says it another way', () => {
    const r = engine.run('ask', 'When did Northwind Traders buy the old Harlow mill?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/1998/);
  });

  it('a derived form finds the passage: "decision" for "decided"', () => {
    const r = engine.run('ask', "When was the town council's decision about the Harlow library?");
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/March/);
  });

  it('a phrasal verb means what the pair means: "set up" is "founded", not the "put" of "set"', () => {
    const r = engine.run('ask', 'when was the elderbrook river trust set up');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/1973/);
    const who = engine.run('ask', 'who stepped down as chairman of the river trust?');
    expect(who.found).toBe(true);
    expect(who.answer).toMatch(/Marrick/);
  });

  it('a phrasal verb finds the noun the article derives from its synonym: "set up" for "the founding"', () => {
    const r = engine.run('ask', 'when was the elderbrook museum set up?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/1911/);
  });

  it("the corpus gives the articles' words for a word, and its opposites apart", async () => {
    const seeds = mkdtempSync(join(tmpdir(), 'citebot-articles-'));
    writeFileSync(join(seeds, 'mill.txt'), MILL);
    const { store } = await openStore({
      seedsDir: seeds,
      storePath: join(mkdtempSync(join(tmpdir(), 'citebot-store-')), 'store.bin'),
    });
    const corpus = new Corpus(store.index, store.readDocument);
    expect(corpus.paraphrasesOf('buy').synonyms).toContain('purchase');
    expect(corpus.paraphrasesOf('decision').derived).toContain('decide');
    expect(corpus.antonymsOf('decrease')).toEqual(['increase']);
    expect(corpus.paraphrasesOf('increase').synonyms).not.toContain('decrease');
    expect(corpus.antonymsOf('qzxv')).toEqual([]);
  });
});
