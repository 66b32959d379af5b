// "What is X" on an encyclopaedia-like article: its opening sentence, which defines the subject,
// answers, before a later sentence that also reads "X is the ..."; and the question may name the
// thing a little differently from the article ("trades skills course" for "trade course").
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let wiki: Engine;
beforeAll(async () => {
  wiki = await engineFor({
    'larkspur.txt': [
      'title: Larkspur Systems',
      'Larkspur Systems is an American accounting software company based in Millbrook, Ohio, that sells tools to family farms. ' +
        'It was founded by two brothers in 1987. ' +
        'Larkspur is the oldest company in Millbrook. ' +
        'Its tools run on most desktop computers.',
    ].join('\n\n'),
    'trade.txt': [
      'title: Trade course',
      'A trade course is a one-year programme that teaches a craft such as plumbing or joinery. ' +
        'Colleges in many countries run them. ' +
        'Students spend most of the year in workshops, and many go on to an apprenticeship.',
    ].join('\n\n'),
    // Another article writes "skills", so the word is one the articles know.
    'festival.txt': ['title: Riverside festival', 'The Riverside festival teaches skills to children every June.'].join(
      '\n\n',
    ),
  });
});

const ask = (q: string, doc?: string) => wiki.run('ask', q, doc ? { doc } : {});

describe('what a thing is: the sentence that opens its article', () => {
  it('"what kind of company is X": the opening definition, not a later "X is the oldest company"', () => {
    const r = ask('what kind of company is Larkspur?', 'larkspur');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/^Larkspur Systems is an American accounting software company/);
  });

  it('a thing named with a word more than its article\'s name ("trades skills course"), its first word read as a verb by the tagger', () => {
    const r = ask('what is trades skills course', 'trade');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/^A trade course is a one-year programme/);
  });

  it("a thing that shares only the head noun with the article's name is not what it defines", () => {
    const r = ask('what is returns skills course', 'trade');
    expect(r.found ? r.answer : '').not.toMatch(/^A trade course is/);
  });
});
