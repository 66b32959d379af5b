// Questions typed the way chat users ask about a match report (tests/support/match-report.ts,
// written for these tests): each rule below is general, the article only shows it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';
import { CUP_TIE_REPORT } from './support/match-report.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'cup-tie.txt': CUP_TIE_REPORT });
});

const ask = (question: string) => engine.run('ask', question);

describe('a speaker asked by surname', () => {
  it('is not taken for another holding a title like theirs', () => {
    // "keele" is read as "Rovers manager Stuart Keele"; "manager" of that name is no title typed.
    const r = ask('what did keele say');
    expect(r.answer).toContain('Stuart Keele');
    expect(r.answer).not.toContain('Brandauer');
  });
});

describe('a score asked', () => {
  it('is the score the report writes, whatever words ask it', () => {
    for (const question of ['what was the score', 'what was the final score', 'how did the match end'])
      expect(ask(question).answer, question).toBe('3-2');
  });

  it('of a game the report gives no score of is not another game’s score, nor a sentence about "score"', () => {
    for (const question of ['what was the score in the fifth round', 'what was the half-time score']) {
      const r = ask(question);
      expect(r.found, question).toBe(false);
    }
  });
});

describe('a side asked whether it won or lost', () => {
  it('is answered by a clause where one side beats the other, for either side', () => {
    expect(ask('did city win').answer).toMatch(/^Yes: Ashgate City came from two goals down to beat Pelham Rovers/);
    expect(ask('did rovers lose').answer).toMatch(/^Yes:/);
    expect(ask('did rovers win').answer).toMatch(/^No:/);
    expect(ask('did city lose').answer).toMatch(/^No:/);
  });

  it('is not answered of anything more than the game: beating a side in a cup is not winning the cup', () => {
    expect(ask('did city win the cup').found).toBe(false);
  });
});

describe('a deed asked, whose noun the passage writes as what another verb acts on', () => {
  it('is not done there: levelling the score scores nothing', () => {
    // Only "converted the penalty to level the score" holds "score"; its taker scored no winner.
    for (const question of ['who scored the winner', 'who scored for rovers', 'who scored twice'])
      expect(ask(question).answer ?? '', question).not.toContain('Okafor');
  });
});

describe('a goal’s scorer', () => {
  it('is the subject of the clause that puts the goal asked in, however it went in', () => {
    expect(ask('who scored the winner').answer).toContain('Declan Frayne');
    expect(ask('who scored the penalty').answer).toBe('Ruben Okafor');
  });

  it('is every name written after the goals', () => {
    expect(ask("who scored city's goals at harnley park").answer).toBe('Pike, Okafor and Frayne');
  });
});

describe('who won or lost, asked of no one', () => {
  it('is the side a clause of beating names as winner, or as beaten', () => {
    expect(ask('who won').answer).toBe('Ashgate City');
    expect(ask('who lost the game').answer).toBe('Pelham Rovers');
  });

  it('is not the winner of anything else the question names', () => {
    expect(ask('who won the cup').found).toBe(false);
  });
});

describe('a player named after their position', () => {
  it('holds it as a role, as a minister holds a title', () => {
    expect(ask('who is alfie marsh').answer).toBe('Alfie Marsh: Rovers goalkeeper');
    expect(ask('who is the rovers goalkeeper').answer).toContain('Alfie Marsh');
  });
});

describe('a verb asked with its particle', () => {
  it('is not told by the verb with another ("came from two goals down" for "came off the bench")', () => {
    expect(ask('who came off the bench').answer ?? '').not.toContain('City');
  });
});

describe('a competition named', () => {
  it('is no person', () => {
    expect(engine.run('who', 'FA Cup').answer).not.toContain('person');
  });
});
