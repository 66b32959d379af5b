// "Who wrote “X”?" asks about the work the question quotes: a speaker quoted beside another title
// wrote something else. Article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const FESTIVAL = [
  'title: Book festival opens in Kelby\ndate: 2024-09-14',
  '"Every harbour town has a story about the sea," said the novelist Ruth Mayer, whose book "The Salt Road" opened the festival.',
  'The festival runs until Sunday in the old market hall.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'festival.txt': FESTIVAL });
});

describe('a title the question quotes', () => {
  it('written beside the speaker, names the one who wrote it', () => {
    expect(engine.run('ask', 'Who wrote "The Salt Road"?').answer).toMatch(/Ruth Mayer/);
  });

  it('never written, is answered by no speaker of another title', () => {
    const r = engine.run('ask', 'Who wrote "The Salt Harbour"?');
    expect(r.found).toBe(false);
    expect(r.answer).toBeNull();
  });
});
