// Thousands of random and hostile inputs to every command: each returns a well-formed result.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES, type Result } from '../src/answer/result.js';
import { editDistance } from '../src/text/edit-distance.js';
import { seedEngine } from './engine/seed-engine.js';

const hostile = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.constantFrom(
    '@everyone',
    '<@&123456789012345678>',
    '<@123>',
    '**bold** _x_ `code` ||spoiler||',
    '.*+?^${}()|[]\\',
    "'!= ^= $= | !",
    '\u202e\u200b\ufeff',
    '\u0000\u0007\u001b',
    '',
  ),
  fc.string({ maxLength: 20 }).map((s) => s.repeat(600)),
  fc.constant('x'.repeat(10_000)),
);

function wellFormed(r: Result, command: string): void {
  expect(typeof r.found).toBe('boolean');
  expect(r.command).toBe(command);
  expect(Array.isArray(r.citations) && Array.isArray(r.quotes) && Array.isArray(r.facts)).toBe(true);
  expect(r.answer === null || typeof r.answer === 'string').toBe(true);
  if (!r.found) expect(typeof r.message).toBe('string');
  for (const c of r.citations) expect(c.end).toBeGreaterThanOrEqual(c.start);
}

describe('hostile input', () => {
  it('never throws and always returns a well-formed result', async () => {
    const engine = await seedEngine();
    fc.assert(
      fc.property(
        fc.constantFrom(...COMMAND_NAMES),
        hostile,
        fc.option(hostile, { nil: undefined }),
        fc.option(fc.constantFrom('000_33edb225ea19ece3', 'missing', ''), { nil: undefined }),
        (command, input, about, doc) => {
          wellFormed(engine.run(command, input, { about, doc }), command);
        },
      ),
      { numRuns: 2500 },
    );
  }, 120_000);

  it('answers autocomplete and context lookups for any text', async () => {
    const engine = await seedEngine();
    fc.assert(
      fc.property(hostile, fc.integer({ min: -5, max: 5000 }), (text, offset) => {
        for (const c of [
          ...engine.suggestSpeakers(text),
          ...engine.suggestDocuments(text),
          ...engine.suggestPassages(text),
        ]) {
          expect(c.name.length).toBeLessThanOrEqual(100);
          expect(c.value.length).toBeLessThanOrEqual(100);
        }
        expect(typeof engine.context(text, offset).found).toBe('boolean');
      }),
      { numRuns: 500 },
    );
  }, 120_000);
});

describe('spelling distance', () => {
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 30 });
  it('is zero for the same word, symmetric, and one for one slip of any kind', () => {
    fc.assert(
      fc.property(word, word, fc.nat(), (a, b, at) => {
        expect(editDistance(a, a)).toBe(0);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        const i = a.length ? at % a.length : 0;
        const c = a[i] === 'e' ? 'f' : 'e';
        expect(editDistance(a, a.slice(0, i) + c + a.slice(i))).toBe(1);
        if (a.length) expect(editDistance(a, a.slice(0, i) + a.slice(i + 1))).toBe(1);
        if (a.length) expect(editDistance(a, a.slice(0, i) + c + a.slice(i + 1), 1.5)).toBe(1.5);
        if (i + 1 < a.length && a[i] !== a[i + 1])
          expect(editDistance(a, a.slice(0, i) + a[i + 1] + a[i] + a.slice(i + 2))).toBe(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('counts two slips as two, and words far apart in length as out of reach', () => {
    expect(editDistance('visited', 'vsitde')).toBe(2);
    expect(editDistance('moscow', 'moskow')).toBe(1);
    expect(editDistance('stanikzai', 'stanikzay', 1.5)).toBe(1.5);
    expect(editDistance('ab', 'abcdef')).toBe(3);
  });
});
