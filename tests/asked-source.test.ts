// "According to whom ...?" asks whose account a passage gives, on an article written for this test:
// the source its "according to" names, or the speaker of the report, never a name from the deed.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const FEES = [
  'title: Harbour fees to rise\ndate: 2024-06-01',
  'According to the harbour authority, berth fees will rise by 8% in July.',
  'Mayor Ann Vale said the rise would hurt fishermen in Portmere. "We will fight it," she said.',
  'The ferry company reported that passenger numbers fell in May.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'fees.txt': FEES });
});

describe('according to whom', () => {
  it('answers with what "according to" names', () => {
    const r = engine.run('ask', 'according to whom will berth fees rise?');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('the harbour authority');
  });

  it('answers with the one who reports it, not a date or a thing of the report', () => {
    expect(engine.run('ask', 'according to whom did passenger numbers fall?').answer).toMatch(/ferry company$/);
    expect(engine.run('ask', 'according to who will the rise hurt fishermen').answer).toBe('Ann Vale');
  });

  it('says nothing when no passage gives the source of what is asked', () => {
    expect(engine.run('ask', 'according to whom will the ferry be sold?').found).toBe(false);
    // The mayor's words are about fishermen: she is no source for what they say of passengers.
    expect(engine.run('ask', 'according to whom did the rise hurt ferry passengers').found).toBe(false);
  });
});
