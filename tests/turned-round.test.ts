// A question made from a passage and turned round by an opposite ("higher doses" from "lower
// doses") asks what the article does not say: neither that passage nor one matching fewer of its
// words answers it. A question offering a choice ("which is more costly, A or B") is answered by a
// passage grading the other way ("A is less costly than B"). An opposite the tagger reads as an
// adverb before its noun ("later versions") turns the question round too. Article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const CLINIC = [
  'title: Clinic widens skin cream trial\ndate: 2024-03-05',
  'Lower doses of the cream are used with a steroid tablet, the clinic said.',
  'Small doses of the cream are used with warm water on dry skin in winter.',
  'The evening clinic is less costly than the weekend clinic for most families, a survey found.',
  'In early versions of the pump, a hand crank drove the piston, the maker said.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'clinic.txt': CLINIC });
});

describe('a question turned round by an opposite', () => {
  it('is answered neither by the passage it was made from nor by one matching less of it', () => {
    const r = engine.run('ask', 'What are higher doses of the cream used with?');
    expect(r.found).toBe(false);
    expect(r.answer).toBeNull();
  });

  it('the question as the article writes it is answered', () => {
    const r = engine.run('ask', 'What are lower doses of the cream used with?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('steroid tablet');
  });

  it('a choice between two is answered by a passage grading them the other way', () => {
    const r = engine.run('ask', 'Which is more costly, the evening clinic or the weekend clinic?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('less costly than the weekend clinic');
  });

  it('an opposite read as an adverb before its noun', () => {
    const r = engine.run('ask', 'What drove the piston in later versions of the pump?');
    expect(r.found).toBe(false);
    expect(r.answer).toBeNull();
    expect(engine.run('ask', 'What drove the piston in early versions of the pump?').citations[0]?.text).toContain(
      'hand crank',
    );
  });
});
