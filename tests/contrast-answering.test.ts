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
