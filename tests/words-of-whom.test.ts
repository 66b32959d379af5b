// "What did X say": words are X's only where X says or thinks them, not where X does something
// beside another's saying; and a saying asked only as a purpose ("to block or suggest changes")
// asks for no one's words. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'quota.txt': [
      'title: Quota row at the port\ndate: 2024-06-01',
      'While Mayor Ida Brenn said the council would review the fishing quota, Tom Vale, on the other hand, is seeking support from the regional fishing board.',
      'During the talks, the Special Envoy for Norland Petra Vask held a meeting with union leaders.',
      'The regional board said it favoured new rules for the harbours of Norland.',
      'Under the town charter, Ida Brenn must win a two-thirds majority of councillors to block or amend the budget.',
      'Tom Vale said the quota would ruin small crews.',
      'Following the talks, the Brenmark fisheries ministry said that Denmark spoke out in favour of smaller catch limits.',
    ].join('\n\n'),
  });
});

describe('the words of the one asked', () => {
  it("a clause of theirs beside another one's saying is not their words", () => {
    const r = engine.run('ask', 'what did tom vale say about the fishing quota');
    expect(r.answer).toMatch(/ruin small crews/);
  });

  it('the one who says it in that sentence is answered from it', () => {
    expect(engine.run('ask', 'what did ida brenn say about the quota').answer).toMatch(/review the fishing quota/);
  });

  it("what does X want: what X does beside another's saying may tell it", () => {
    expect(engine.run('ask', 'what does tom vale want from the fishing board').answer).toMatch(/seeking support/);
  });

  it('one who speaks out in a clause of their own says it', () => {
    expect(engine.run('ask', 'what did denmark say about catch limits').answer).toMatch(
      /in favour of smaller catch limits/,
    );
  });

  it.each(['what did petra vask say', 'what did petra vask say about new rules'])(
    '"%s": one who only held a meeting said nothing (another\'s saying of a place in her title is not hers)',
    (question) => {
      expect(engine.run('ask', question).found).toBe(false);
    },
  );
});

describe('a saying asked as a purpose', () => {
  it.each([
    'what majority must ida brenn win to block or suggest changes to the budget',
    // "kind", written nowhere, names the kind of answer, not someone unknown.
    'what kind of majority must ida brenn win to block or suggest changes to the budget',
  ])('"%s" asks the majority, not her words', (question) => {
    const r = engine.run('ask', question);
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/two-thirds majority/);
  });
});
