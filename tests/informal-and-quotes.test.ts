// Chat questions in informal words, and "what did X say about Y" answered only by X's words.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { standardWords } from '../src/answer/informal.js';
import { engineFor } from './engine/seed-engine.js';

let news: Engine;
beforeAll(async () => {
  news = await engineFor({
    'school.txt': [
      'title: Town school to reopen\ndate: 2024-03-02',
      'The town council will spend £3m on the old school, council leader Maria Grant said on Monday.',
      'Parents at the school told reporters the building had been cold for years.',
      'Grant said: "We will reopen the school in September and every child will have a place." She said the government would pay for new heating in every classroom.',
      'Opposition councillor Tom Reed said: "The plan is too little, too late."',
      'Students at the university nearby will help paint the classrooms.',
      'The old head teacher left with a cost to the council of £2m. She was paid a bonus of £40,000.',
    ].join('\n\n'),
  });
});

describe('informal words read as standard ones', () => {
  it.each([
    ['how much are the govt gonna spend', 'how much are the government going to spend'],
    ['what do mums reckon', 'what do mothers think'],
    ['Uni students', 'University students'],
    ['a unique gonnabe', 'a unique gonnabe'],
    ['wat is the plan', 'what is the plan'],
    ['wen will it open', 'when will it open'],
    // Letters of a name stay: "U of C" is no "you of C".
    ['how many students does the U of C have', 'how many students does the U of C have'],
  ])('%s', (typed, read) => expect(standardWords(typed)).toBe(read));

  it('writes out an abbreviation the articles do not use, save when the question asks what it stands for', () => {
    expect(standardWords('who is the ceo')).toBe('who is the chief executive');
    expect(standardWords('who is the ceo', (w) => w.toLowerCase() === 'ceo')).toBe('who is the ceo');
    expect(standardWords('what does CEO stand for')).toBe('what does CEO stand for');
  });

  it('answers "the ceo" from an article that writes "chief executive", and "CEO" from one that writes it', async () => {
    const firms = await engineFor({
      'ferry.txt': [
        'title: Ferry firm apologises\ndate: 2024-05-02',
        "The ferry operator's chief executive, Lena Ostrova, apologised for the delays on Friday.",
      ].join('\n\n'),
      'bakery.txt': [
        'title: Bakery chain expands\ndate: 2024-05-03',
        'Omar Pellow, CEO of the bakery chain, said the firm would open 40 new shops this year.',
      ].join('\n\n'),
    });
    const ferry = firms.run('ask', "who's the ceo of the ferry operator", { doc: 'ferry' });
    expect(ferry.found).toBe(true);
    expect(ferry.answer).toMatch(/Ostrova/);
    const bakery = firms.run('ask', 'who is the ceo of the bakery chain', { doc: 'bakery' });
    expect(bakery.found).toBe(true);
    expect(bakery.answer).toMatch(/Pellow/);
  });

  it('answers a question in chat words from the standard ones', () => {
    const r = news.run('ask', 'how much is the council gonna spend on the old school', { doc: 'school' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/£3m/);
    expect(news.run('ask', 'wat bonus was the old head teacher paid', { doc: 'school' }).answer).toMatch(/£40,000/);
  });
});

describe('how big a N: the amount of that noun', () => {
  it('the bonus, not another sum of the passage', () => {
    const r = news.run('ask', 'how big a bonus did the old head teacher get', { doc: 'school' });
    expect(r.answer ?? '').not.toMatch(/£2m/);
  });
});

describe("what did X say about Y: X's words or none", () => {
  it('cites words of X on the topic', () => {
    const r = news.run('ask', 'what did maria grant say about reopening the school', { doc: 'school' });
    expect(r.found).toBe(true);
    expect(r.citations[0]!.text).toMatch(/Grant/);
  });

  it.each([
    // Another speaker's words on the topic are not X's.
    'what did reed say about the government paying for heating',
    // X's words on another topic do not answer this one.
    'what did tom reed say about the heating in classrooms',
  ])('%s: none', (question) => {
    expect(news.run('ask', question, { doc: 'school' }).found).toBe(false);
  });
});

describe('who said: a quote that runs on over sentences', () => {
  let talk: Engine;
  beforeAll(async () => {
    talk = await engineFor({
      'park.txt': [
        'title: Park plan\ndate: 2024-04-02',
        'The mayor backed the plan. Parks officer Jane Holt welcomed the plan but added that people should be asked. She said: "The park will open in May. "Dogs will have to be kept on leads near the pond. "But we must also listen to people who object." The council meets again next week.',
      ].join('\n\n'),
    });
  });

  it('the speaker of the quote a continued sentence belongs to', () => {
    const r = talk.run('ask', 'who said dogs must be kept on leads', { doc: 'park' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Jane Holt/);
  });
});

describe('why: the passage that gives the reason', () => {
  let town: Engine;
  beforeAll(async () => {
    town = await engineFor({
      'flood.txt': [
        'title: Flood closes high street\ndate: 2024-06-02',
        'Three cafes and a bakery on the high street were closed on Friday. All were closed because of flooding from the river. Also closed were two shops owned by the Webb family.',
      ].join('\n\n'),
    });
  });

  it('cites the reason, not the sentence that only matches the words', () => {
    const r = town.run('ask', 'why were the shops owned by the webb family closed', { doc: 'flood' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/because of flooding/);
    expect(r.citations[0]!.text).toMatch(/because of flooding/);
  });
});

describe("what did X say about Y's Z: X is the speaker, Y is the topic", () => {
  let vote: Engine;
  beforeAll(async () => {
    vote = await engineFor({
      'vote.txt': [
        'title: Budget vote\ndate: 2024-06-02',
        'Council leader Anna Price said: "Our heating plan for the school is the best heating plan in the county."',
        'Opposition councillor Tom Reed said: "The heating plan of Anna Price was copied from our manifesto."',
        'Council manager Sam Okafor was paid a bonus of £20,000 despite the delays.',
      ].join('\n\n'),
    });
  });

  it('a passage that names X but reports no words of theirs is not what X said', () => {
    expect(vote.run('ask', 'what did sam okafor say about his bonus', { doc: 'vote' }).found).toBe(false);
  });

  it('cites the words of the name before "say", never those of the name after it', () => {
    const r = vote.run('ask', "what did tom reed say about anna price's heating plan", { doc: 'vote' });
    expect(r.found).toBe(true);
    expect(r.citations[0]!.text).toMatch(/copied from our manifesto/);
  });
});

describe('how much did it sell for: a sum of money, never a count of something else', () => {
  let sale: Engine;
  beforeAll(async () => {
    sale = await engineFor({
      'sale.txt': [
        'title: Mill sold\ndate: 2024-07-01',
        'The owners of the old mill went into Chapter 11 protection before the mill was sold at auction.',
        'The mill stood empty for 12 years.',
        'The mill was built in the 1890s, when the town grew fast.',
      ].join('\n\n'),
    });
  });

  it('what year: a decade is no year', () => {
    const r = sale.run('ask', 'what year was the mill built', { doc: 'sale' });
    expect(r.answer ?? '').not.toMatch(/1890s/);
  });

  it('when: the decade answers', () => {
    expect(sale.run('ask', 'when was the mill built', { doc: 'sale' }).answer).toMatch(/1890s/);
  });

  it('no price in the articles: none, not "11 protection"', () => {
    const r = sale.run('ask', 'how much did the mill sell for', { doc: 'sale' });
    expect(r.answer ?? '').not.toMatch(/11|12/);
  });
});
