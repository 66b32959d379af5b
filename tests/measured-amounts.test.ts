// "How many miles (days, years) ...": the answer is a number of that unit, on an article written
// for these tests; a bare number in the passage counts something else.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let coast: Engine;
beforeAll(async () => {
  coast = await engineFor({
    'lighthouse.txt': [
      'title: Lighthouse restored\ndate: 2024-08-09',
      'The old lighthouse stands on one of the 66 islands of the bay.',
      'The coastal trail to the harbour is 12 miles long, and the repairs took 30 days.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => coast.run('ask', q);

describe('a unit asked is the unit answered', () => {
  it('a number written with the unit answers', () => {
    expect(ask('How many miles long is the coastal trail?').answer).toMatch(/12 miles/);
  });

  it('a bare number that counts something else does not', () => {
    const r = ask('How many miles is the old lighthouse from the islands of the bay?');
    expect(r.answer ?? '').not.toMatch(/^(one|66)$/i);
  });
});

describe('"how fast", "how old", "how tall": an amount in that measure, or none', () => {
  let storm: Engine;
  beforeAll(async () => {
    storm = await engineFor({
      'gale.txt': [
        'title: Gale closes bridge\ndate: 2024-11-02',
        'More than 30,000 homes lost power after the gale brought gusts of up to 85mph to the coast.',
        'The 52-year-old ferry captain said the crossing was cancelled for the first time in 20 years.',
        'The bridge, which carries 12,000 cars a day, was shut for six hours.',
        'Its keeper, Ada Marsh, 67, from Lowick, said 40 boats had stayed in harbour.',
        'The harbour fund, which holds £90,000, was closed for eight weeks.',
        'Another 40mm of rain is expected on Sunday, and a wind warning stays in force until Tuesday.',
        'The harbour regatta, held every four years, was called off.',
        'The sea wall, which was rebuilt for £3.5m, is 400 metres long.',
      ].join('\n\n'),
    });
  });

  it('"how fast" is answered by the speed, not by the count of homes in the same sentence', () => {
    const r = storm.run('ask', 'how fast were the gusts');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('up to 85mph');
  });

  it('"how old" by the age written with the person', () => {
    const r = storm.run('ask', 'how old is the ferry captain');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('52');
  });

  it('"how old" by an age set off by commas after the name, not by another number of its sentence', () => {
    const r = storm.run('ask', 'how old is ada marsh');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('67');
  });

  it('"how old" is never answered by a span of time', () => {
    expect(storm.run('ask', 'how old is the regatta').answer ?? '').not.toMatch(/four years/);
  });

  it('"how high" asks no one measure: its word is still needed, so rain gauged in mm does not answer it', async () => {
    const flood = await engineFor({
      'river.txt': [
        'title: River bursts its banks\ndate: 2025-02-04',
        'More than 400 people left their homes on Tuesday night after the River Avel burst its banks in Kelmarsh.',
        'Water levels at the Mill Lane gauge reached 4.2m, the highest since records began in 1968.',
        'Residents said the defences, which were completed in 2015 at a cost of £8m, had failed to hold back the water.',
        'The Met Office said 95mm of rain had fallen in 36 hours, more than the area normally gets in a month.',
      ].join('\n\n'),
    });
    expect(flood.run('ask', 'how high did the water get').answer ?? '').not.toBe('95mm');
  });

  it('"how old": the age set off after a name, though the passage never writes "old"', async () => {
    const match = await engineFor({
      'cup.txt': [
        'title: Rovers beat City in cup tie\ndate: 2025-01-18',
        'Dunmore Rovers came from two goals down to beat Ashgate City 3-2 in the fourth round of the cup on Saturday.',
        'City led 2-0 at half-time through goals from Marco Ferreira and Tom Baines.',
        'Ferreira, 24, who joined City from Porto for £6m in the summer, has now scored 14 goals this season.',
        'A crowd of 21,400 watched the match at the Millfield ground, the biggest of the season.',
      ].join('\n\n'),
    });
    const r = match.run('ask', 'how old is ferreira');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('24');
  });

  it('"how long" is answered by a time, not by a sum of money in the same sentence', () => {
    const r = storm.run('ask', 'how long was the harbour fund closed');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('eight weeks');
  });

  it('"how long will X last" asks a time: the end the state lasts to, not a length in the same sentence', () => {
    const r = storm.run('ask', 'how long will the wind warning last');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('until Tuesday');
  });

  it('"how long" is not answered by millions written "m" after a sign of money', () => {
    expect(storm.run('ask', 'how long is the sea wall').answer ?? '').not.toMatch(/£3\.5m/);
  });

  it('"how tall" is not answered by a count', () => {
    expect(storm.run('ask', 'how tall is the bridge').answer ?? '').not.toMatch(/12,000|six/);
  });
});

describe('"what percentage": a share, not a fraction or a count', () => {
  let body: Engine;
  beforeAll(async () => {
    body = await engineFor({
      'salt.txt': [
        'title: Salt in lake water',
        'Lake water holds salt in several forms: dissolved salt (2/3 of the salt in the lake) and salt in the mud.',
        'A survey of the lake states that salt is about 3 percent of the lake water.',
      ].join('\n\n'),
    });
  });

  it('the share the article writes with "percent"', () => {
    const r = body.run('ask', 'what percentage of the lake water is salt');
    expect(r.answer).toMatch(/3 percent/);
  });
});

describe('ages, ranges and fractions', () => {
  let trial: Engine;
  beforeAll(async () => {
    trial = await engineFor({
      'swim.txt': [
        'title: Cold swims tested\ndate: 2025-03-10',
        'Doctors at the Branton clinic followed 2,300 swimmers aged between 35 and 70 for six years.',
        'Among those over 65, the number of colds fell by almost a third, the team said.',
        'The study was published in a medical journal on Thursday.',
        'The clinic offers free swimming lessons to people over 60.',
      ].join('\n\n'),
    });
  });

  it('"what age were they" asks an age, written as a range after "aged"', () => {
    expect(trial.run('ask', 'what age were the swimmers').answer).toBe('between 35 and 70');
    expect(trial.run('ask', 'how old were the swimmers').answer).toBe('between 35 and 70');
  });

  it('a fraction is the amount asked, never the age group the question gives ("over 65s")', () => {
    expect(trial.run('ask', 'by how much did colds fall for over 65s').answer).toBe('almost a third');
    expect(trial.run('ask', 'how many swimming lessons does the clinic offer over 60s').answer ?? '').not.toMatch(/60/);
  });

  it('"when was the study published" asks of the study the article tells of, not of the article', () => {
    expect(trial.run('ask', 'when was the study published').answer).toMatch(/^Thursday/);
  });
});

describe('the amount of the deed asked', () => {
  let walkout: Engine;
  beforeAll(async () => {
    walkout = await engineFor({
      'buses.txt': [
        'title: Bus drivers walk out\ndate: 2025-05-02',
        'The drivers want a rise of 8%, saying many of them earn less than £22,000 a year.',
        'The walkout is costing the bus company about £2m a day.',
      ].join('\n\n'),
    });
  });

  it('"how much do they earn" is answered from the clause that says what they earn', () => {
    expect(walkout.run('ask', 'how much do the drivers earn').answer).toBe('less than £22,000 a year');
  });

  it('a sum of money "a day" is no count of days', () => {
    expect(walkout.run('ask', 'how many days is the walkout').answer ?? '').not.toMatch(/£2m/);
  });
});
