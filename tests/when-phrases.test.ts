// "When" answered by a stretch of time keeps its preposition ("after two years"), and "when
// does X start" is answered by the date "from" or "since" sets ("free ... from April"), not by
// when something else began. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'fares.txt': [
      'title: Free ferry rides for pensioners\ndate: 2024-02-01',
      'Pensioners will be able to ride the harbour ferries free of charge from June, the port authority said.',
      'The authority will review the offer after 18 months.',
      'A similar offer on the island of Skellay has carried 40,000 passengers since it began in 2021.',
      'The old ferry pier was closed for two years.',
      'The harbour café will close next spring, the port authority announced on Tuesday.',
      'The ticket office will move to the bus station, the authority confirmed on Monday.',
      'A second night ferry will be added for the Christmas period.',
      'The Kestrel line has run the night crossing since 1962.',
      'Every October since 1998, the harbour trust has held a lantern walk along the quay.',
      'The harbour master took up her post two years ago.',
      'The old lighthouse went dark 40 years ago.',
      'A crew member was hurt in the 41st minute of the rescue drill and an inspector stopped it.',
      'The last ferry of the old timetable docked shortly after midnight.',
    ].join('\n\n'),
  });
});

describe('when', () => {
  it('a time of day answers when, as near as its preposition puts it', () => {
    expect(engine.run('ask', 'when did the last ferry of the old timetable dock').answer).toBe(
      'shortly after midnight',
    );
  });

  it('a stretch of time is given with its preposition', () => {
    expect(engine.run('ask', 'when will the offer be reviewed').answer).toBe('after 18 months');
  });

  it('an ordinal of a noun ("the 41st minute") is no day of the month', () => {
    expect(engine.run('ask', 'when did the inspector stop the drill').answer ?? '').not.toBe('41st');
  });

  it('"when does X start" is answered by "from" and a date', () => {
    const r = engine.run('ask', 'when do free ferry rides for pensioners start');
    expect(r.answer).toBe('from June');
  });

  it('"when did X start" is answered by "since" and a date: what has run since then began then', () => {
    const walk = engine.run('ask', 'in what year did the lantern walk begin');
    expect(walk.found).toBe(true);
    expect(walk.answer).toBe('since 1998');
    expect(engine.run('ask', 'when did the Kestrel line start the night crossing').answer).toBe('since 1962');
  });
});

describe('the date of the deed asked, not of its announcement', () => {
  it('a season is a time ("next spring"), and the announcement\'s day does not date the closure', () => {
    expect(engine.run('ask', 'when will the harbour cafe close').answer).toMatch(/^next spring/);
    expect(engine.run('ask', 'when did the port authority announce the closure').answer).toMatch(/^Tuesday/);
  });

  it('a feast is a time ("the Christmas period")', () => {
    expect(engine.run('ask', 'when will a second night ferry be added').answer).toMatch(/Christmas/);
  });

  it('a deed the article does not date is not dated by the day it was confirmed', () => {
    expect(engine.run('ask', 'when will the ticket office move').answer ?? '').not.toMatch(/Monday/);
  });
});

describe('how long is not when', () => {
  it('"how long has X done" is answered by "since" and the date a state began', () => {
    expect(engine.run('ask', 'how long has the kestrel line run the night crossing').answer).toBe('since 1962');
  });

  it('a point in time ("two years ago") is no stretch of time, though "how long ago" asks for one', () => {
    expect(engine.run('ask', 'how long has the harbour master been in her post').answer ?? '').not.toMatch(/ago/);
    expect(engine.run('ask', 'how long ago did the old lighthouse go dark').answer).toMatch(/^40 years ago/);
  });

  it('an age or a length written as a modifier ("a 24-year-old woman") dates nothing', async () => {
    const mill = await engineFor({
      'mill.txt':
        'title: Woman charged over mill fire\n\nA 24-year-old woman has been charged with arson after the fire at Kell Mill.',
    });
    expect(mill.run('ask', 'when did the fire at kell mill happen').answer ?? '').not.toMatch(/year/);
  });

  it('an event named only as the charge ("arrested on Tuesday on suspicion of burglary") is not dated by the arrest', async () => {
    const raid = await engineFor({
      'raid.txt':
        'title: Two held over shop raid\n\nTwo men were arrested on Tuesday on suspicion of burglary.\n\nThe shop on Quay Street was raided in the early hours.',
    });
    expect(raid.run('ask', 'when did the burglary happen').answer ?? '').not.toMatch(/Tuesday/);
    expect(raid.run('ask', 'when were the two men arrested').answer).toMatch(/Tuesday/);
  });

  it('"closed for two years" does not say when it closed', () => {
    expect(engine.run('ask', 'when was the old ferry pier closed').answer ?? '').not.toMatch(/two years/);
    expect(engine.run('ask', 'how long was the old ferry pier closed').answer).toBe('two years');
  });
});
