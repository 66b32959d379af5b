// Questions typed the way chat users ask about an obituary, a product recall, an appeal, a
// transfer and a storm warning (articles written for these tests): each rule below is general, the story only shows it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'obituary.txt': [
      'Former lifeboat coxswain Agnes Pelloe dies aged 91',
      'Agnes Pelloe, who led the Porthwenna lifeboat crew for twenty years, has died aged 91.',
      'Her family said she died at her home in Porthwenna on Friday after a long illness.',
      'Pelloe married the boatbuilder Samuel Tregarth in 1956. He died in 2004.',
      'Her granddaughter, Tamsin Pelloe, said: "She was never afraid of the sea."',
    ].join('\n\n'),
    'recall.txt': [
      'Toaster maker recalls 12,000 appliances over fire risk',
      'The kitchen firm Halvey Home has recalled about 12,000 toasters after reports that some had overheated.',
      'The safety regulator said it had received 41 reports of toasters smoking or catching fire since June, five of which caused minor burns. No-one was seriously hurt.',
      'The panel of three engineers and two safety officers took four days to find the fault.',
      'Consumer group What Price said the firm had been too slow to act.',
    ].join('\n\n'),
    'appeal.txt': [
      'Teacher wins appeal over sacking',
      'A teacher who was sacked after complaining about class sizes has won her appeal.',
      'A local tribunal in Dunbury had rejected her claim last year.',
      'But Judge Nadia Kemal, sitting in Bristol, ruled on Monday that the tribunal had ignored key evidence.',
    ].join('\n\n'),
    'transfer.txt': [
      'Winger Felix Orme joins Harrowgate for club-record £9m',
      'Harrowgate Town have signed winger Felix Orme from Ambleside Rovers for a club-record fee of £9m.',
      'Ambleside had rejected two earlier bids of £6m and £7m before accepting the third offer on Tuesday.',
    ].join('\n\n'),
    'storm.txt': [
      'Amber wind warning as Storm Perrin nears',
      'An amber warning for wind has been issued as Storm Perrin approaches, with gusts of up to 75mph expected on Friday.',
      'Storm Perrin is the third named storm of the season. Schools in Carrow will close for the day.',
      'Trains between Pendle and Carrow will run at reduced speed.',
    ].join('\n\n'),
  });
});

const ask = (question: string, doc?: string) => engine.run('ask', question, doc ? { doc } : {});

describe('an owner typed in lower case', () => {
  it('is the person of that surname, though another of the family shares it: whom her crew saved is not herself', () => {
    expect(ask("who did pelloe's crew rescue", 'obituary').answer ?? '').not.toMatch(/Pelloe/);
    expect(ask("who was pelloe's husband", 'obituary').answer ?? '').not.toMatch(/Pelloe/);
  });
});

describe('a "what" question ending on its verb\'s preposition', () => {
  it('is not answered by a passage writing the verb with no preposition after it ("dies aged 91")', () => {
    const r = ask('what did she die of', 'obituary');
    expect(r.answer ?? '').not.toMatch(/^Former lifeboat/);
    expect(r.answer ?? '').toMatch(/long illness/);
  });

  it('is not answered by what follows another preposition ("died at her home")', () => {
    expect(ask('what did she die of', 'obituary').answer).not.toBe('her home');
  });
});

describe('"five of which"', () => {
  it('counts a part of what the number before counts (reports), not the things asked', () => {
    expect(ask('how many toasters caught fire', 'recall').answer ?? '').not.toMatch(/five/i);
  });
});

describe('a subject made of several things ("the panel of three engineers and two safety officers")', () => {
  it('is the whole, not the last of its parts', () => {
    expect(ask('who took four days', 'recall').answer).toMatch(/^The panel/);
  });
});

describe('the doer asked, written in the sentence as the subject of another clause', () => {
  it('does not do the deed of a clause whose subject is someone else ("Judge X, sitting in Bristol")', () => {
    expect(ask('where did the first tribunal sit', 'appeal').answer ?? '').not.toMatch(/Bristol/);
  });
});

describe('whether anyone was hurt', () => {
  it('is No where the story says no one was, in the words asked', () => {
    expect(ask('was anyone seriously hurt', 'recall').answer).toMatch(/^No: No-one was seriously hurt/);
  });

  it('is left open by "no one was seriously hurt" when asked of anyone hurt at all', () => {
    expect(ask('was anyone hurt', 'recall').answer ?? '').not.toMatch(/^No/);
  });
});

describe('an -ing form after an owner or a describing word, with nothing after it', () => {
  it('names a thing ("the club\'s record signing"), not the deed: the one signed, not the club signed from', () => {
    expect(ask("who is harrowgate town's record signing", 'transfer').answer).toBe('Felix Orme');
  });
});

describe('how many things', () => {
  it('is no sum of money measuring them ("two earlier bids of £6m and £7m")', () => {
    expect(ask('how many bids did ambleside reject', 'transfer').answer).toBe('two');
  });
});

describe('a name opening on a function word ("the consumer group What Price")', () => {
  it('is whole after the word for its kind, not its last word', () => {
    expect(ask('who said the firm was too slow', 'recall').answer).toBe('What Price');
  });
});

describe('"what number storm is it"', () => {
  it('asks its place among storms, which no speed in miles an hour gives', () => {
    expect(ask('what number storm is perrin', 'storm').answer ?? '').not.toMatch(/mph/);
  });
});

describe('a place typed into the subject ("schools in Pendle")', () => {
  it('tells which ones: the schools of another place are others, not another value (No)', () => {
    expect(ask('will schools in pendle close', 'storm').answer ?? '').not.toMatch(/^No/);
    expect(ask('will schools in carrow close', 'storm').answer).toMatch(/^Yes/);
  });
});

describe('"last year"', () => {
  it('dates a deed: it is no opposite of "first" asked of a thing', () => {
    expect(ask('where was her first claim rejected', 'appeal').answer).toBe('Dunbury');
  });
});
