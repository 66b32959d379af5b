// A question that asks of a deed ("When was the ferry reopened?") is not answered by a passage
// that writes the deed only denied ("was not reopened"): it did not happen. A passage that goes
// on to say what happened instead ("not the old bridge, but the new footbridge") still answers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const HARBOUR = [
  'title: The harbour after the storm\ndate: 2024-11-20',
  'After the storm of 1998 the old chain ferry across the estuary was never reopened by the county.',
  'The new stone pier was opened by the harbour master, Elin Garth, in 2001.',
  'At the meeting the mayor said that she did not mean the old swing bridge, but the new footbridge.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'harbour.txt': HARBOUR });
});

describe('a deed the passage writes only denied', () => {
  it('asked as done: the article does not say', () => {
    for (const question of [
      'When was the old chain ferry across the estuary reopened by the county?',
      'Who reopened the old chain ferry across the estuary?',
    ]) {
      const r = engine.run('ask', question);
      expect(r.found, question).toBe(false);
    }
  });

  it('a deed the passage affirms, or one it says happened instead, is answered', () => {
    const opened = engine.run('ask', 'When was the new stone pier opened by the harbour master?');
    expect(opened.found).toBe(true);
    expect(opened.citations[0]?.text).toContain('2001');
    const meant = engine.run('ask', 'Which bridge did the mayor mean at the meeting?');
    expect(meant.found).toBe(true);
    expect(meant.citations[0]?.text).toContain('new footbridge');
  });
});

describe('a thing the passage says someone does not have', () => {
  let clubs: Engine;
  beforeAll(async () => {
    clubs = await engineFor({
      'clubs.txt': [
        'title: Clubs of Kell\ndate: 2024-05-02',
        'Although the Brannock Society does not have a written charter, its members have met every spring in Kell since 1902.',
        'The Orrin Guild has a printed rule book, which is kept in the town library.',
      ].join('\n\n'),
    });
  });

  it('asked as had: the article does not say', () => {
    for (const question of ['Who has a written charter?', 'Which society has a written charter?']) {
      const r = clubs.run('ask', question);
      expect(r.found, question).toBe(false);
      expect(r.answer, question).toBeNull();
    }
  });

  it('a thing the passage says someone has is answered', () => {
    const r = clubs.run('ask', 'Who has a printed rule book?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Orrin Guild/);
  });
});
