// Questions typed the way chat users ask about a replay report, a company's results, a research
// study and a pay dispute (tests/support/desk-stories.ts, written for these tests): each rule
// below is general, the story only shows it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';
import { LEAVE_DEAL, PAY_DISPUTE, REPLAY_REPORT, RESULTS_STORY, STUDY_STORY } from './support/desk-stories.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'replay.txt': REPLAY_REPORT,
    'results.txt': RESULTS_STORY,
    'study.txt': STUDY_STORY,
    'pay.txt': PAY_DISPUTE,
    'leave.txt': LEAVE_DEAL,
  });
});

const ask = (question: string, doc?: string) => engine.run('ask', question, doc ? { doc } : {});

describe('a score typeset with an en dash', () => {
  it('is read as a score, and a clause of beating ends after it', () => {
    expect(ask('what was the score', 'replay').answer).toBe('2-1');
    expect(ask('did corran win', 'replay').answer).toBe(
      'No: Brackwell United beat Corran Town 2–1 in their fourth round replay at Fennick Road',
    );
  });
});

describe('"the next round"', () => {
  it('is the round an ordinal names in a sentence telling what is to come', () => {
    expect(ask('who will brackwell face in the next round', 'replay').answer).toBe('Sallow Rovers');
  });
});

describe('who a side plays, asked in the active', () => {
  it('is not the subject of the same deed written in the passive ("the tie will be played")', () => {
    expect(ask('who will brackwell play next', 'replay').answer ?? '').not.toBe('The tie');
  });
});

describe('what a company lost', () => {
  it('is the amount of the loss it made, a noun WordNet does not derive from "lose"', () => {
    expect(ask('how much did harlow lose', 'results').answer).toBe('£40m');
  });

  it('is the loss, though the sentence also writes the profit of the year before', () => {
    expect(ask('how much did harlow foods lose', 'results').answer).toBe('£40m');
  });

  it('is not what another reports it lost itself ("the council said it had lost £3m")', () => {
    for (const question of ['how much did harlow lose', 'how much did the company lose'])
      expect(ask(question, 'results').answer ?? '', question).not.toBe('£3m');
    expect(ask('how much did the council lose', 'results').answer).toBe('£3m');
  });
});

describe('a lead author addressed as "Dr"', () => {
  it('is given the title written before the form of address', () => {
    expect(ask('who is priya castellan').answer).toBe('Priya Castellan: Lead author');
  });
});

describe('who carried out a study', () => {
  it('is who did the deed its noun names, where the story writes it as a verb ("studied")', () => {
    for (const question of ['who carried out the study', 'who ran the study'])
      expect(ask(question, 'study').answer, question).toBe('Researchers at the University of Dunmere');
  });
});

describe('what one side gets, where the story tells only what the other does', () => {
  it('is not given by a word standing for the one asked that is also its opposite ("mother" for "father")', () => {
    expect(ask('how many weeks of paid leave do fathers get', 'leave').found).toBe(false);
  });
});

describe('how many took part in a study', () => {
  it('is no share of them ("by almost a fifth") nor their age ("people over 65")', () => {
    const r = ask('how many people were in the study', 'study');
    expect(r.answer ?? '').not.toMatch(/fifth|65/);
    expect(ask('how many adults were studied', 'study').answer).toBe('4,200 adults');
  });
});

describe('whether an offer was accepted', () => {
  it('is No where the story says it was rejected: the opposite is counted once, not also as a negation', () => {
    expect(ask('did the drivers accept the offer', 'pay').answer).toMatch(
      /^No: Tram drivers in Westmarch have rejected/,
    );
  });
});
