// A question that asks of a thing under a quality ("the current club captain") is not answered
// by a passage that writes the thing only under another quality ("the former club captain")
// when neither it nor the sentence before gives the question's quality: that is another
// captain. The same thing under the question's own quality, or a word of the same place in a
// series ("the first clue" for "an early clue"), still answers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const ROWING = [
  'title: The rowing club at ninety\ndate: 2024-05-02',
  'The former club captain, Idris Vane, opened the new boathouse on the river in 1998.',
  'The club keeps a fixed set of rules for its regatta, written down by its founders.',
  'The first clue that the old boathouse was sinking was a crack in its slipway in 1990.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'rowing.txt': ROWING });
});

describe('a thing asked of under a quality the passage never gives it', () => {
  it('another quality on the same noun: the article does not say', () => {
    for (const question of [
      'Who was the current club captain that opened the new boathouse?',
      'Who keeps a flexible set of rules for its regatta?',
    ]) {
      const r = engine.run('ask', question);
      expect(r.found, question).toBe(false);
    }
  });

  it('the same quality, or one of the same place in a series, is answered', () => {
    const captain = engine.run('ask', 'Who was the former club captain that opened the new boathouse?');
    expect(captain.found).toBe(true);
    expect(captain.citations[0]?.text).toContain('Idris Vane');
    const clue = engine.run('ask', 'What was an early clue that the old boathouse was sinking?');
    expect(clue.found).toBe(true);
    expect(clue.citations[0]?.text).toContain('crack in its slipway');
  });
});
