// Asking someone's role in the other ways people type it, and a deed asked of one thing that the
// article does only to another, on an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'inquiry.txt': [
      'title: Harbour inquiry opens\ndate: 2024-05-02',
      'The harbour inquiry was headed by Judge Ola Berg, a former prosecutor.',
      'Councillor Ada Finch voted against the dredging plan on Monday.',
      'Tomas Lie, director of the Northern Fisheries Institute, said the plan would harm the cod stocks.',
      'Mari Dahl, deputy head of the port authority, said the dredging would start in June.',
      'Members of the inquiry visited Stavanger in April to see its new quay.',
      'The port authority bought 40 acres near the quay in 2019.',
    ].join('\n\n'),
  });
});

describe('a role asked with a verb', () => {
  it.each([
    ['what position does ada finch hold', /Councillor/i],
    ['What role does Tomas Lie have?', /director of the Northern Fisheries Institute/],
    ['what does tomas lie do', /director of the Northern Fisheries Institute/],
  ])('"%s" answers the role', (question, role) => {
    const r = engine.run('ask', question);
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(role);
  });

  it('"what did X do" asks a deed, not the role', () => {
    expect(engine.run('ask', 'what did ada finch do').answer ?? '').not.toMatch(/^Ada Finch:/);
  });
});

describe('the deed asked, done to another thing', () => {
  it('"who heads the museum" is not answered by who headed the inquiry', () => {
    expect(engine.run('ask', 'who heads the museum').found).toBe(false);
    expect(engine.run('ask', 'who headed the inquiry').answer).toMatch(/Ola Berg/);
  });
});

describe('when or why a deed was done to a thing the article never names', () => {
  it('the visit the article tells of is dated', () => {
    expect(engine.run('ask', 'when did the inquiry visit stavanger').answer).toMatch(/April/);
  });

  it('a thing of a kind the article gives an instance of is no other thing', () => {
    expect(engine.run('ask', 'when did the port authority buy land').answer).toMatch(/2019/);
  });

  it.each([
    // A place typed lower case that no article names is no deed "narvik": the visit asked is to it.
    'when did the inquiry visit narvik',
    'why did the inquiry members visit narvik',
    'when did the inquiry visit the museum',
  ])('"%s" says the articles do not say', (question) => {
    expect(engine.run('ask', question).found).toBe(false);
  });

  it('a going to a place no article names is no visit to another', () => {
    expect(engine.run('ask', 'when did the inquiry go to stavanger').answer).toMatch(/April/);
    expect(engine.run('ask', 'when did the inquiry go to narvik').found).toBe(false);
    expect(engine.run('ask', 'when did the inquiry members travel to narvik').found).toBe(false);
  });
});

describe('who runs a thing: the holder of its top office', () => {
  it.each(['who runs the fisheries institute', 'who leads the Northern Fisheries Institute'])('"%s"', (question) => {
    expect(engine.run('ask', question).answer).toMatch(/^Tomas Lie \(director of the Northern Fisheries Institute\)/);
  });

  it('a deputy does not run it', () => {
    expect(engine.run('ask', 'who runs the port authority').found).toBe(false);
  });
});
