// A word written with a hyphen is read in its parts: "the re-vote" is a vote, so "who won the vote"
// finds the passage; and the part before the hyphen describes it, so a question that asks of a vote
// under another quality ("the last general vote") is not answered by it. On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let council: Engine;
beforeAll(async () => {
  council = await engineFor({
    'ward.txt': [
      'title: Harbour ward changes hands\ndate: 2026-05-08',
      'The Coastal Independents have won the Marrow Quay by-election, ending nine years of control by the Civic Alliance.',
      'Their candidate, retired ferry pilot Anselm Drury, took 2,104 votes.',
      'Turnout was 28%, down from 35% at the general election last spring.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => council.run('ask', q);

describe('a hyphenated word', () => {
  it('is found by its last part: "who won the by-election"', () => {
    expect(ask('who won the by-election').answer).toBe('The Coastal Independents');
  });

  it('describes the noun it is joined to: a by-election does not answer "the last general election"', () => {
    expect(ask('who won the last general election').found).toBe(false);
  });
});
