// Questions typed the way people type them into a search engine, over short encyclopaedia-style
// articles written for this test: "what does X mean", "what is X used for", a name typed without
// its accent or with a slip, "where do X live" whose place the name finder does not know.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const TOWER = [
  'title: Harrowgate Tower',
  'The Harrowgate Tower is a stone lookout on the cliffs above Fennick Bay, built to watch for approaching ships.',
  'Its walls were rebuilt after a storm in the winter of 1822.',
  'Today the tower holds a small museum of maritime signals.',
  'Local fishermen have used the steps of the Harrowgate Tower for mending nets for as long as anyone remembers.',
].join('\n\n');

const DRINK = [
  'title: Brühkaffee',
  'A Brühkaffee () is a hot drink made by pouring boiling water over coarsely ground coffee beans.',
  'It is usually served in a tall glass with a spoon of sugar.',
].join('\n\n');

const COMPOUND = [
  'title: QX-4471',
  'QX-4471 (a chlorinated quinoline) is a research compound that binds to a receptor in the liver.',
  'Several laboratories have studied QX-4471 since its discovery.',
].join('\n\n');

const SNAIL = [
  'title: Marbled pond snail',
  'The marbled pond snail is a freshwater snail that lives in slow rivers on the eastern coast of Lindmark.',
  'It feeds on algae and grows to the size of a thumbnail.',
].join('\n\n');

const FIRM = [
  'title: Orrin Systems',
  'Orrin Systems is a software company that makes booking programs for small hotels.',
  'The firm opened an office in Calder in 2015, where it employs forty people.',
  'What kind of company Orrin Systems would become was unclear when two programmers founded it.',
].join('\n\n');

const LEDGER = [
  'title: Hung bet',
  'At the races, bets are settled at the end of each day.',
  'The definition of a hung bet was widened in 1990, when the rules were rewritten.',
  'A hung bet or open bet is a bet that no bookmaker may settle until a steward rules on the race.',
].join('\n\n');

const ENGINEER = [
  'title: Marta Voss',
  'Marta Voss (born 4 March 1961) is a Norwegian engineer who led the Orskog dam project from 1995 to 2001.',
].join('\n\n');

const FAIR = [
  'title: Harbour fair',
  'The annual harbour fair was cancelled in Dunmore on Sunday after heavy rain.',
  'Norway sent two ships to the harbour for the opening day.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'tower.txt': TOWER,
    'drink.txt': DRINK,
    'compound.txt': COMPOUND,
    'snail.txt': SNAIL,
    'firm.txt': FIRM,
    'fair.txt': FAIR,
    'engineer.txt': ENGINEER,
    'ledger.txt': LEDGER,
  });
});

describe('questions asking what a thing is, in other words', () => {
  it('"what was X used for" is answered by the sentence defining X', () => {
    const r = engine.run('ask', 'what was the harrowgate tower used for');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/^The Harrowgate Tower is a stone lookout/);
  });

  it('"what does X mean" and "what is the definition of X" too', () => {
    for (const question of ['what does qx-4471 mean', 'what is the definition of QX-4471']) {
      const r = engine.run('ask', question);
      expect(r.found, question).toBe(true);
      expect(r.citations[0]?.text, question).toMatch(/^QX-4471 \(a chlorinated quinoline\) is a research compound/);
    }
  });

  it('a name the index cannot split ("qx 4471") finds the sentence defining it at the head of its article', () => {
    const r = engine.run('ask', 'what is qx 4471', { doc: 'compound' });
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/is a research compound/);
  });

  it('a name typed without its accent, or one letter off, is the name defined', () => {
    for (const question of ['what is bruhkaffee', 'what is bruh kaffee', 'what is bruhkafee']) {
      const r = engine.run('ask', question, { doc: 'drink' });
      expect(r.found, question).toBe(true);
      expect(r.citations[0]?.text, question).toMatch(/^A Brühkaffee \(\) is a hot drink/);
    }
  });

  it('a name far from the one defined is not answered with its definition', () => {
    const r = engine.run('ask', 'what is brewkettle', { doc: 'drink' });
    expect(r.found).toBe(false);
  });

  it('"what is the definition of a hung bet": a participle in the name, a subject giving two names', () => {
    const r = engine.run('ask', 'what is the definition of a hung bet');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/^A hung bet or open bet is a bet/);
  });

  it('"what kind of company is X": the sentence saying what X is', () => {
    const r = engine.run('ask', 'what kind of company is Orrin Systems?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/^Orrin Systems is a software company/);
  });
});

describe('where', () => {
  it('a place after "on the ... coast of" that the name finder does not know', () => {
    const r = engine.run('ask', 'where do marbled pond snails live');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('the eastern coast of Lindmark');
  });
});

describe('who', () => {
  it('a town named in the passage is not who did it; a country acting is', () => {
    const cancelled = engine.run('ask', 'who cancelled the harbour fair', { doc: 'fair' });
    expect(cancelled.found).toBe(false);
    expect(engine.run('ask', 'who sent two ships to the harbour', { doc: 'fair' }).answer).toBe('Norway');
  });
});

describe('when', () => {
  it('a birth date dates the birth, not what the person did', () => {
    const led = engine.run('ask', 'when was marta voss an engineer', { doc: 'engineer' });
    expect(led.answer ?? '').not.toMatch(/1961/);
    expect(engine.run('ask', 'when was marta voss born', { doc: 'engineer' }).answer).toBe('4 March 1961');
  });
});

describe('typed in capitals', () => {
  it('a question typed all in capitals is read as one in lower case, not as one long name', () => {
    const shouted = engine.run('ask', 'WHAT DOES THE HARROWGATE TOWER HOLD TODAY', { doc: 'tower' });
    expect(shouted.answer).toMatch(/museum of maritime signals/);
  });
});

describe('a clause of time before the question', () => {
  it('"When …, what …?" asks by its "what", not for a date', () => {
    const r = engine.run('ask', 'when storms hit the cliffs, what were rebuilt in the winter of 1822?', {
      doc: 'tower',
    });
    expect(r.answer).toMatch(/walls/);
  });
});
