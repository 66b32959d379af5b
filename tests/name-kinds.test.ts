// Which runs of capitalised words name a person: a name ending in a word that never names one
// ("the Kessler Review", "Upper Carrow") needs evidence; a title's "of" phrase is no part of
// its holder's name; a syllable hyphened in lower case is. On articles written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let port: Engine;
beforeAll(async () => {
  port = await engineFor({
    'port.txt': [
      'title: Port talks resume\ndate: 2025-03-02',
      'Tomas Brenner, the harbour master, opened the new quay at Carrow on Monday. The Kessler Review had found that the old quay was unsafe. He said ferries would use the new quay from May.',
      'Ivo Lund ran the ferry office. The Carrow Audits had listed its failings. He said the office would move to the quay.',
      'Speaker of the House Ilse Marwick said the vote on the port budget would go ahead in April.',
      'Chairman Yoon Sae-jin said the shipping talks were useful.',
      'The head of the Northern Ferry Crossing said fares would rise again. Then Deputy Speaker of the Senate Hal Moreno agreed.',
      'Officials met New Carrow-era sailors on Friday.',
      'The Carrow Choir sang on the quay.',
    ].join('\n\n'),
    'fares.txt': [
      'title: Ferry fares rise\ndate: 2025-04-02',
      'Dawn Street, 34, was fined by the ferry company on Monday. She said the fine was unfair.',
      'For ten years Victoria Paper ran the ticket office at Carrow. She said the fares had doubled since 2020.',
      'Ilse Gate ran the kiosk on the quay. She said the kiosk would close in winter.',
      'Jonah Crate ran the boat shed. He said the shed would shut in March.',
      'Grace Hill ran the ferry cafe. She said the cafe would close at noon.',
      'Rusty Plank said the ferry was late again. He added that the timetable had been cut.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => port.run('ask', q);

describe('names of things that are no person', () => {
  it('"he" after "the Kessler Review" is the person named before it', () => {
    const r = ask('Who said ferries would use the new quay from May?');
    expect(r.answer).toBe('Tomas Brenner');
    // A capitalised plural is not lemmatised: "Audits" is read as "audit".
    expect(ask('Who said the office would move to the quay?').answer).toBe('Ivo Lund');
  });

  it('a surname that is a word for a thing is a person’s with evidence: an age, a given name, a saying verb', () => {
    expect(ask('Who said the fine was unfair?').answer).toBe('Dawn Street');
    expect(ask('Who said the fares had doubled?').answer).toBe('Victoria Paper');
    expect(ask('Who said the kiosk would close in winter?').answer).toBe('Ilse Gate');
    expect(ask('Who said the timetable had been cut?').answer).toBe('Rusty Plank');
    // A given name the dictionary holds as a person.
    expect(ask('Who said the shed would shut in March?').answer).toBe('Jonah Crate');
  });

  it('a word that also names a person (a surname in the dictionary: "Hill", "Park") needs no evidence', () => {
    expect(ask('Who said the cafe would close at noon?').answer).toBe('Grace Hill');
  });

  it('such a name is a body when its last word names a group', () => {
    const type = (name: string) => (port.run('who', name) as { entity?: { type: string } }).entity?.type;
    expect(type('Carrow Choir')).toBe('organisation');
  });
});

describe('titles and their holders', () => {
  it('"Speaker of the House Ilse Marwick" names Ilse Marwick, the Speaker of the House', () => {
    const r = ask('Who said the vote on the port budget would go ahead?');
    expect(r.answer).toBe('Ilse Marwick');
    const roles = (name: string) => (port.run('who', name) as { entity?: { roles: string[] } }).entity?.roles;
    expect(roles('Ilse Marwick')).toEqual(['Speaker of the House']);
    // The title's own words before it, not the sentence's.
    expect(roles('Hal Moreno')).toEqual(['Deputy Speaker of the Senate']);
  });

  it('what a title is of is no holder when its last words are no name ("the head of the Northern Ferry Crossing")', () => {
    expect(ask('Who said fares would rise again?').answer).toBe('Northern Ferry Crossing');
  });

  it('a syllable hyphened in lower case is part of the name', () => {
    expect(ask('Who said the shipping talks were useful?').answer).toBe('Yoon Sae-jin');
    expect(port.run('ask', 'Who is Yoon Sae-jin?').found).toBe(true);
    // Not one that makes the name a modifier of the word after it.
    expect((port.run('who', 'New Carrow') as { entity?: { name: string } }).entity?.name).toBe('New Carrow');
  });
});
