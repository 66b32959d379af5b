// "1,300 operations and appointments were cancelled": an "and" between two bare nouns joins them
// in one noun phrase, after a verb of saying or an opener such as "after" too; it opens no clause.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'strike.txt': [
      'title: Strike hits hospital',
      'Nurses at the Elm Street Hospital walked out on Tuesday. ' +
        'Health officials said 1,300 operations and appointments were cancelled during the strike.',
    ].join('\n\n'),
    'trial.txt': [
      'title: Fraud trial',
      'Carl Demsey denied the charges and prosecutors said he had lied to investors.',
    ].join('\n\n'),
    'clinic.txt': [
      'title: Clinic closes',
      'The Dunmore clinic closed its doors on Friday after 420 scans and tests were delayed by a fault.',
    ].join('\n\n'),
  });
});

describe('two nouns joined by "and" before their verb', () => {
  it('after a verb of saying, count the first noun with the verb after both', () => {
    const r = engine.run('ask', 'How many operations were cancelled?');
    expect(r.answer).toMatch(/^1,300 operations/);
  });

  it('keeps both nouns in the clause that says what happened to them', () => {
    const r = engine.run('ask', 'Were appointments cancelled?');
    expect(r.answer).toMatch(/^Yes: 1,300 operations and appointments were cancelled/);
  });

  it('gives both as the subject of the deed', () => {
    const facts = engine.run('facts', 'scans').facts;
    expect(facts.map((f) => f.subject)).toContain('420 scans and tests');
  });

  it('after "after", too', () => {
    const r = engine.run('ask', 'How many scans were delayed?');
    expect(r.answer).toMatch(/^420 scans/);
  });
});

describe('an object with its determiner after a verb, then "and"', () => {
  it('ends the clause of the verb before it', () => {
    const r = engine.run('ask', 'Did Demsey deny the charges?');
    expect(r.answer).toMatch(/^Yes: Carl Demsey denied the charges/);
  });
});
