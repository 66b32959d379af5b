// "Why" questions: the reason is a cause or a purpose of the deed asked, never what someone
// expects, plans or agrees to do, nor the purpose of another deed in the same sentence.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'rail.txt': [
      'title: Storm shuts coastal railway\ndate: 2024-02-12',
      'Rail operators closed the coastal line between Porthwen and Carrow after waves damaged the sea wall. Replacement coaches are running, and the line is not expected to reopen until March.',
      'The operator blamed a shortage of drivers for the cancellation of the late trains. Signal staff walked out in a row over overtime. Porters stopped work in protest against new shifts.',
      'Ticket prices on the line rose by 5% in January.',
      'While the council said that it will review the parking plan, shop owners are collecting signatures in a bid to stop it.',
      'The drivers union asked the minister to delay the vote in view that the timetable may be cut.',
      'Most of the passengers stranded overnight were students or their teachers. All were stranded because of a landslip near Carrow. A driver was stopped when travelling to Carrow to collect his daughter. He waited at the station for six hours. Also stranded were Lena Varga and her two sons.',
    ].join('\n\n'),
  });
});

describe('why', () => {
  it('what is expected to happen next is no reason for a deed', () => {
    const r = engine.run('ask', 'why was the line closed');
    expect(r.answer ?? '').not.toMatch(/to reopen/);
  });

  it('the purpose of a "when" clause is that clause\'s, not the main deed\'s', () => {
    const r = engine.run('ask', 'why was the driver stopped');
    expect(r.answer ?? '').not.toMatch(/^to collect/);
  });

  it('a reason three sentences before the passage, for the same deed, answers; a misspelt verb still finds it', () => {
    const r = engine.run('ask', 'why were the vargas strnded');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('because of a landslip near Carrow');
  });

  it('what is blamed for a deed is its cause', () => {
    expect(engine.run('ask', 'why were the late trains cancelled').answer).toBe('a shortage of drivers');
  });

  it('a deed done in a quarrel is done over what the quarrel is about', () => {
    expect(engine.run('ask', 'why did signal staff walk out').answer).toBe('a row over overtime');
    expect(engine.run('ask', 'why did porters stop work').answer).toBe('protest against new shifts');
  });

  it('a deed done "after" something happened is done because of it', () => {
    expect(engine.run('ask', 'why was the coastal line closed').answer).toBe('after waves damaged the sea wall');
  });

  it('"delayed" asks what "postponed" says', async () => {
    const launch = await engineFor({
      'launch.txt':
        'title: Launch put off\n\nThe launch of the Tern probe has been postponed after engineers found a leak.',
    });
    expect(launch.run('ask', 'why was the launch delayed').answer).toBe('after engineers found a leak');
  });

  it('the purpose of the main clause is not the reason for a deed asked inside "while ..."', () => {
    expect(engine.run('ask', 'why is the council reviewing the parking plan').answer ?? '').not.toMatch(/to stop it/);
    expect(engine.run('ask', 'why are shop owners collecting signatures').answer).toMatch(/bid to stop it/);
  });

  it('a purpose is not the reason for a deed in a "that" clause after it', () => {
    expect(engine.run('ask', 'why may the timetable be cut').answer ?? '').not.toMatch(/delay the vote/);
  });

  it('a passage that gives no reason is cited as the nearest, not given as the answer', () => {
    const r = engine.run('ask', 'why did ticket prices rise');
    expect(r.found).toBe(false);
    expect(r.citations[0]?.text).toMatch(/rose by 5%/);
  });
});

describe('why someone is as an adjective says', () => {
  let ferry: Engine;
  beforeAll(async () => {
    ferry = await engineFor({
      'ferry.txt': [
        'title: Ferry routes cut\ndate: 2025-02-02',
        'The ferry company recently cut two island routes to save fuel, despite council anger over the timetable.',
        'The routes will be reviewed in the spring.',
      ].join('\n\n'),
    });
  });

  it('is not the purpose of a deed written before the quality ("to save fuel, despite council anger")', () => {
    expect(ferry.run('ask', 'why is the council angry').answer ?? '').not.toMatch(/save fuel/);
    expect(ferry.run('ask', 'why did the company cut the routes').answer).toBe('to save fuel');
  });

  it('is not the purpose a sentence without the quality gives', async () => {
    const port = await engineFor({
      'port.txt': [
        'title: Port plan doubts',
        'While the port board said that it will review the plan, the Dunmore council, on the other hand, is enlisting local traders in a bid to improve its bargaining position.',
        'According to the Harbour Gazette, residents recently met the board, despite council wariness of the port plan.',
      ].join('\n\n'),
    });
    const reply = port.run('ask', 'why is the dunmore council wary');
    expect(reply.answer ?? '').not.toMatch(/bargaining position/);
    expect(reply.found).toBe(false);
  });
});
