// News names a person or an organisation once and goes on with "He", "She", "The 47-year-old" or
// "The club"; a quote's speaker
// may stand after their organisation's title ("said Acme chief executive Jo Bell"); a club is
// named by its last word. On articles written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'coach.txt': [
      'title: Harriers part company with coach\ndate: 2024-03-04',
      'Dunmore Rangers have parted company with head coach Dean Marlow after a run of six defeats.',
      'The 52-year-old was appointed in August 2021 and led the side to promotion in his first season.',
      '"We wish him well, but the board felt a change was needed," said Rangers chairman Colin Tate.',
      'Rangers sold their captain, Lee Brand, to a rival in January.',
      'The club did not replace Brand, and the side has won once since.',
    ].join('\n\n'),
    'plant.txt': [
      'title: Food firm fined over leak\ndate: 2024-06-01',
      'Kestrel Foods has apologised after ammonia leaked from its plant near Ashby.',
      'Residents said the smell lasted two days.',
      'The company was fined £2m in May for an earlier leak.',
    ].join('\n\n'),
    'court.txt': [
      'title: Bookkeeper jailed\ndate: 2024-06-14',
      'A former bookkeeper who took £40,000 from a sailing club has been jailed for three years.',
      'Paula Renner, 48, of Ashby, admitted fraud at Ashby Crown Court.',
      'A hearing about the money will be held in May.',
      'Her solicitor, Mark Ennis, said she was sorry.',
      'Regional organiser Jo Pike said: "We will press for the money."',
    ].join('\n\n'),
    'bakery.txt': [
      'title: Bakery chain to open new sites\ndate: 2024-05-10',
      'Shopkeepers in Ashby welcomed the plans, though trader Sue Penn said parking was a worry.',
      'Loafery founder Maria Quist started the business in 2009 with baker Peter Lund.',
      'She was named businesswoman of the year in March 2019.',
      'The chain now employs 400 people.',
    ].join('\n\n'),
  });
});

describe('a sentence that goes on about a person named before', () => {
  it('"The 52-year-old" is the person the sentence before named', () => {
    const r = engine.run('ask', 'when was marlow appointed', { doc: 'coach' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/August 2021/);
  });

  it('the age it writes answers how old they are', () => {
    const r = engine.run('ask', 'how old is marlow', { doc: 'coach' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/52/);
  });

  it('"She" is the woman named just before, not a man nor another named earlier', () => {
    const r = engine.run('ask', 'when was maria quist named businesswoman of the year', { doc: 'bakery' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/March 2019/);
    for (const other of ['peter lund', 'sue penn'])
      expect(
        engine.run('ask', `when was ${other} named businesswoman of the year`, { doc: 'bakery' }).answer ?? '',
      ).not.toMatch(/2019/);
  });
});

describe('a lede that describes the person the next sentence names', () => {
  it('"A former bookkeeper who took £40,000 ..." is about the person named next', () => {
    const r = engine.run('ask', 'how much did paula renner take', { doc: 'court' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/£40,000/);
    expect(engine.run('ask', 'was renner jailed for five years', { doc: 'court' }).answer).toMatch(/^No\b/);
  });
});

describe('a role set off before a name', () => {
  it('"Her solicitor, Mark Ennis, said" gives him the role', () => {
    expect(engine.run('ask', 'who is mark ennis', { doc: 'court' }).answer).toMatch(/^Mark Ennis: solicitor/);
    expect(engine.run('ask', 'who is jo pike', { doc: 'court' }).answer).toMatch(/^Jo Pike: Regional organiser/);
  });
});

describe('a sentence that goes on about an organisation named before', () => {
  it('"The company" is the company named last', () => {
    const r = engine.run('ask', 'when was kestrel foods fined', { doc: 'plant' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/May/);
  });

  it('"The club did not replace him" answers No for the club', () => {
    const r = engine.run('ask', 'did rangers replace brand', { doc: 'coach' });
    expect(r.answer).toMatch(/^No\b/);
  });
});

describe('who spoke, after a title', () => {
  it('"said Rangers chairman Colin Tate" gives the words to the chairman, not the club', () => {
    const r = engine.run('ask', 'what did the chairman say', { doc: 'coach' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/^Colin Tate said/);
  });
});

describe('clubs', () => {
  it('a club named by its last word is the club, and the title word opening a name is a first name', () => {
    const r = engine.run('who', 'Rangers');
    expect(r.answer).toMatch(/Dunmore Rangers/);
    const coach = engine.run('who', 'Marlow');
    expect(coach.answer).toMatch(/Dean Marlow/);
    expect(coach.answer).toMatch(/head coach/);
  });
});
