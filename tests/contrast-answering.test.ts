// Questions that look answerable but change one thing the article says: a negation, an opposite,
// words the passage leaves out. Each is a named part of the passage's score; on an article written
// for this test, the passage that matches word for word scores below the one that also agrees.
import { beforeAll, describe, expect, it } from 'vitest';
import { routeQuestion } from '../src/answer/ask.js';
import type { Context } from '../src/answer/answer-context.js';
import { rankPassages, type RankedPassage } from '../src/answer/rank-passages.js';
import type { Engine } from '../src/answer/engine.js';
import { contextFor, engineFor } from './engine/seed-engine.js';

const BRIDGE = [
  'title: Council backs bridge repair\ndate: 2024-05-02',
  'The majority of councillors backed the repair of the Elm Street bridge on Tuesday.',
  'The repair fund is independent of the regional transport budget.',
  'Work on the bridge will start in September and end in March.',
  'The council did not approve a new car park beside the river.',
  'Councillor Priya Shah opened the new library on Monday.',
].join('\n\n');

let ctx: Context;
let engine: Engine;
beforeAll(async () => {
  ctx = await contextFor({ 'bridge.txt': BRIDGE });
  engine = await engineFor({ 'bridge.txt': BRIDGE });
});

function passageFor(question: string, words: RegExp): RankedPassage {
  const route = routeQuestion(
    ctx,
    question,
    {},
    { command: 'ask', input: question, found: false, answer: null, citations: [], quotes: [], facts: [] },
  );
  if ('result' in route) throw new Error(`"${question}" was not ranked by passage`);
  const found = rankPassages(ctx, route.passage, {}, { exhaustive: true }).find((r) =>
    words.test(ctx.corpus.sentenceText(r.gid)),
  );
  if (!found) throw new Error(`no passage matching ${words} for "${question}"`);
  return found;
}

describe('what sets a passage against the question', () => {
  it('an opposite where the question has its word: "minority" against "majority", "dependent" against "independent"', () => {
    expect(
      passageFor('When did the minority of councillors back the repair of the bridge?', /majority/).parts.opposite,
    ).toBe(1);
    expect(passageFor('What is the repair fund dependent of?', /independent/).parts.opposite).toBe(1);
    expect(
      passageFor('When did the majority of councillors back the repair of the bridge?', /majority/).parts.opposite,
    ).toBe(0);
  });

  it('a negation on one side only', () => {
    expect(
      passageFor('When did the councillors not back the repair of the bridge?', /majority/).parts.negationClash,
    ).toBe(1);
    expect(passageFor('When did the councillors back the repair of the bridge?', /majority/).parts.negationClash).toBe(
      0,
    );
    expect(passageFor('What did the council not approve beside the river?', /car park/).parts.negationClash).toBe(0);
  });

  it("the question's words the passage leaves out", () => {
    expect(passageFor('When will work on the bridge start?', /September/).parts.wordsMissed).toBe(0);
    expect(
      passageFor('When will work on the northern railway bridge start?', /September/).parts.wordsMissed,
    ).toBeGreaterThan(0);
  });

  it('a question with an opposite and a negation scores below the same question as the article says it', () => {
    const asSaid = passageFor('When did the majority of councillors back the repair of the bridge?', /majority/).score;
    expect(
      passageFor('When did the minority of councillors not back the repair of the bridge?', /majority/).score,
    ).toBeLessThan(asSaid);
  });

  it('"none of them" asks what did not happen, as "not" does', () => {
    expect(engine.run('ask', 'when did none of the councillors back the repair of the bridge?').found).toBe(false);
  });

  it('the question as the article says it is answered', () => {
    const r = engine.run('ask', 'When did the majority of councillors back the repair of the bridge?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Tuesday/);
  });
});

describe('who did the deed asked, to what the question says', () => {
  it('names who did it to the thing asked, and no one who did it to something else', () => {
    const asked = engine.run('ask', 'who opened the new library?');
    expect(asked.found).toBe(true);
    expect(asked.answer).toMatch(/Priya Shah/);
    const other = engine.run('ask', 'who opened the new museum on Monday?');
    expect(other.found).toBe(false);
    expect(JSON.stringify(other.answer)).not.toMatch(/Priya Shah/);
  });
});

const TOWERS = [
  'title: Harbour towers\ndate: 2024-06-10',
  'The Quay Tower is the tallest building on the harbour, at 210 metres.',
  'Before the flood of 1998, the harbour had four ferry piers.',
  'The Mill Road ward has the smallest population of the city wards.',
  'Rail is an important route for freight to the harbour.',
  'Councillor Dara Moss voted against the new pier on Friday.',
  'A grey phalarope, a rare bird here, was seen on the harbour wall this year.',
  'Police made an arrest at the harbour gate.',
].join('\n\n');

describe('a degree or an order turned round', () => {
  let towers: Engine;
  beforeAll(async () => {
    towers = await engineFor({ 'towers.txt': TOWERS });
  });

  it('answers the degree the article states, and not its opposite', () => {
    const tallest = towers.run('ask', 'what is the tallest building on the harbour?');
    expect(tallest.found).toBe(true);
    expect(tallest.citations[0]?.text).toMatch(/Quay Tower/);
    expect(towers.run('ask', 'what is the shortest building on the harbour?').found).toBe(false);
    expect(towers.run('ask', 'which ward has the largest population of the city wards?').found).toBe(false);
    expect(towers.run('ask', 'which ward has the smallest population?').answer).toMatch(/Mill Road/);
  });

  it('a question for the least of a quality is not answered by the quality stated plainly', () => {
    expect(towers.run('ask', 'what is the least important route for freight to the harbour?').found).toBe(false);
    expect(towers.run('ask', 'what is an important route for freight to the harbour?').found).toBe(true);
  });

  it('"after" is not answered by "before", nor "voted for" by "voted against"', () => {
    expect(towers.run('ask', 'after the flood of 1998, how many ferry piers did the harbour have?').found).toBe(false);
    expect(towers.run('ask', 'before the flood of 1998, how many ferry piers did the harbour have?').answer).toMatch(
      /four/,
    );
    expect(towers.run('ask', 'who voted for the new pier?').found).toBe(false);
    expect(towers.run('ask', 'who voted against the new pier?').answer).toMatch(/Dara Moss/);
  });

  it('an inflected word the article does not use is not read as a near spelling of another ("rarest" is not "arrest")', () => {
    expect(towers.run('ask', 'what was the rarest bird seen on the harbour wall?').answer).toMatch(/phalarope/);
    const r = towers.run('ask', 'what was the rarest sight at the harbour gate?');
    expect(r.answer ?? 'not answered').not.toMatch(/arrest/);
  });
});

const REGATTA = [
  'title: Harbour clubs\ndate: 2024-07-01',
  'Every June since 1987, the harbour has held a regatta for local crews.\nSince 1963, the sailing club has run lessons for children on the harbour.',
  'The ferry sails 40 miles to the island twice a day.',
  'As of 2020, the harbour town had 825 people and 321 households.',
  'The harbour fund raised 54 mln dlrs last year.',
  'Ferry tickets cost 75 cents for children.',
  'Pier Five was rebuilt in 2019 after the storm.',
  'The regatta has 5 classes of boat.',
  'As of 2020, the rowing club had 40 boats.\nRowing club numbers have fallen since the mid-1970s.',
].join('\n\n');

describe('a number the question gives marks its own event', () => {
  let clubs: Engine;
  beforeAll(async () => {
    clubs = await engineFor({ 'clubs.txt': REGATTA });
  });

  it('a year in the sentence before does not date a sentence that gives its own year', () => {
    expect(clubs.run('ask', 'what has the sailing club run for children since 1963?').answer).toMatch(/lessons/);
    expect(clubs.run('ask', 'what has the sailing club run for children since 1987?').found).toBe(false);
    // The sentence follows a line break inside its paragraph: the answer is the sentence, not the break.
    expect(clubs.run('ask', 'what have rowing club numbers done since the mid-1970s?').answer).toBe(
      'Rowing club numbers have fallen since the mid-1970s.',
    );
    expect(clubs.run('ask', 'what have rowing club numbers done since 2020?').answer ?? 'not answered').not.toMatch(
      /fallen/,
    );
  });

  it('the same number of another unit is not the amount asked', () => {
    expect(clubs.run('ask', 'what sails 40 miles to the island?').answer).toMatch(/ferry/);
    expect(clubs.run('ask', 'what sails 40 km to the island?').found).toBe(false);
  });

  it('a small number the question gives in digits is written as a word', () => {
    expect(clubs.run('ask', 'when was pier 5 rebuilt?').answer).toMatch(/2019/);
  });

  it('the thing counted may stand a few words on, or be mistyped', () => {
    expect(clubs.run('ask', 'what raised 54 dlrs last year?').answer).toMatch(/harbour fund/);
    expect(clubs.run('ask', 'which tickets cost 75 cets for children?').answer).toMatch(/Ferry tickets/);
  });

  it('a number the articles never write is not another number of the same thing', () => {
    expect(clubs.run('ask', 'in what year did the harbour town have 825 people?').answer).toMatch(/2020/);
    expect(clubs.run('ask', 'in what year did the harbour town have 325 people?').found).toBe(false);
  });
});

const CELLS = [
  'title: Harbour science fair\ndate: 2024-08-01',
  'The winning poster showed how helper T cells activate the killer cells.',
  'The Lindqvist Prize for the best model went to the harbour school.',
  'The prize was presented by Elin Dahl, Maria Berg’s daughter.',
  'Sea walls also protect the harbour against flooding.',
].join('\n\n');

const MUSEUM = [
  'title: How the Hartley Museum is run\ndate: 2024-03-03',
  'The Presidents of the Hartley Museum serve for two years. ' +
    'The Board of Trustees oversees the long-term plans of the museum and manages its fundraising.',
  'The museum opened in 1921 in a former wool hall.',
].join('\n\n');

describe('another kind named by a capitalised word after "of"', () => {
  let museum: Engine;
  beforeAll(async () => {
    museum = await engineFor({ 'museum.txt': MUSEUM });
  });

  it('"the Board of Presidents" is not answered by "the Board of Trustees"', () => {
    expect(museum.run('ask', 'What does the Board of Trustees oversee?').citations[0]?.text).toContain(
      'Board of Trustees oversees',
    );
    const r = museum.run('ask', 'What does the Board of Presidents oversee?');
    expect(r.found).toBe(false);
    expect(r.answer).toBeNull();
  });
});

describe('another kind named by a capitalised word', () => {
  let fair: Engine;
  beforeAll(async () => {
    fair = await engineFor({ 'fair.txt': CELLS });
  });

  it('"helper B cells" is not answered by "helper T cells"', () => {
    expect(fair.run('ask', 'what do helper T cells activate?').answer).toMatch(/killer cells/);
    expect(fair.run('ask', 'what do helper B cells activate?').found).toBe(false);
  });

  it('"X\'s daughter" is not answered by a sentence naming only another\'s daughter', () => {
    expect(fair.run('ask', 'who is Maria Berg’s daughter?').answer).toMatch(/Elin Dahl/);
    expect(fair.run('ask', 'who is Elin Dahl’s daughter?').found).toBe(false);
  });

  it('"protect against" says what does protect, not what does not', () => {
    expect(fair.run('ask', 'what protects the harbour against flooding?').answer).toMatch(/Sea walls/);
    expect(fair.run('ask', 'what does not protect the harbour against flooding?').found).toBe(false);
  });

  it('a misspelt name still names the one the article writes', () => {
    expect(fair.run('ask', 'what did the Lindquist Prize for the best model go to?').answer).toMatch(/harbour school/);
  });
});

describe('a prefix turned to its opposite', () => {
  let dalby: Engine;
  beforeAll(async () => {
    dalby = await engineFor({
      'dalby.txt': [
        'title: Who votes in Dalby\ndate: 2024-03-11',
        'A study of the Dalby council elections found that retired residents are overrepresented among voters, compared with their share of the town.',
        'The study was paid for by the regional electoral office.',
      ].join('\n\n'),
    });
  });

  it('"underrepresented" is not answered by "overrepresented": the article does not say', () => {
    const r = dalby.run('ask', 'Which residents are underrepresented among voters in the Dalby council elections?');
    expect(r.found).toBe(false);
    expect(r.answer).toBeNull();
  });

  it('the word as the article writes it is answered', () => {
    const r = dalby.run('ask', 'Which residents are overrepresented among voters in the Dalby council elections?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('retired residents are overrepresented');
  });
});
