// A negated question asks what did not happen; a passage with a "not" on another word says what
// did happen, and does not answer it.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const HEDGEROW = [
  'title: Life in the hedgerow\ndate: 2024-06-01',
  'Field mice eat the seeds of grasses that are not yet ripe, and they store them for the winter.',
  'Barn owls are the main hunters of the hedgerow. Barn owls hunt field mice that are not hidden under leaves. ' +
    'They do not hunt insects, which are too small to be worth the effort.',
].join('\n\n');

const HARBOUR = [
  'title: Who runs the harbour\ndate: 2024-07-01',
  'The harbour trust has the power to set mooring fees for every boat in the bay.',
  'The parish council has no power to close the slipway, which only the trust may do.',
].join('\n\n');

const FERRY = [
  'title: The island ferry\ndate: 2024-08-01',
  'The old ferry carries cars and bicycles across the sound to the island every morning.',
  'The new ferry does not carry lorries, which must wait for the weekly barge from the mainland.',
  'All winter the loading ramp at the island pier has been waiting for its repair by the harbour crew.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'hedgerow.txt': HEDGEROW, 'harbour.txt': HARBOUR, 'ferry.txt': FERRY });
});

describe('the word a question negates', () => {
  it('written with no negation before it, the passage says what did happen: the article does not say', () => {
    for (const question of [
      'Which seeds do field mice not eat?',
      'What do field mice not store for the winter?',
      'What cannot field mice eat?',
    ]) {
      const r = engine.run('ask', question);
      expect(r.found, question).toBe(false);
      expect(r.answer, question).toBeNull();
    }
  });

  it('negated in the passage, answers', () => {
    const r = engine.run('ask', 'What do barn owls not hunt?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('do not hunt insects');
  });

  it('a thing a question says something has "no" of, written with no negation: the article does not say', () => {
    const r = engine.run('ask', 'What has no power to set mooring fees?');
    expect(r.found).toBe(false);
    expect(r.answer).toBeNull();
  });

  it('a thing the passage too says something has "no" of, answers', () => {
    const r = engine.run('ask', 'What has no power to close the slipway?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('no power to close');
  });

  it('the same question without the negation is answered by the passage', () => {
    const r = engine.run('ask', 'Which seeds do field mice eat?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('seeds of grasses');
  });

  it('a verb "unable to" or "fail to" denies, written with no negation before it: the article does not say', () => {
    for (const question of ['What is the old ferry unable to carry?', 'What does the old ferry fail to carry?']) {
      const r = engine.run('ask', question);
      expect(r.found, question).toBe(false);
      expect(r.answer, question).toBeNull();
    }
  });

  it('a verb "unable to" denies, denied in the passage too, answers', () => {
    const r = engine.run('ask', 'What is the new ferry unable to carry?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('does not carry lorries');
  });

  it('a verb "fail to" denies, written in the passage only as a noun, is not said to have happened', () => {
    const r = engine.run('ask', 'What has the harbour crew failed to repair?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('loading ramp');
  });
});
