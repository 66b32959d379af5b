// The passage scorer: its ceiling, used to skip articles that cannot win, is never below the
// score a passage gets once its article is read, whatever the weights.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  contributions,
  INDEX_PARTS,
  LENGTH_CAP,
  PART_NAMES,
  PASSAGE_WEIGHTS,
  passageCeiling,
  passageScore,
  type PassageParts,
  type PassageWeights,
} from '../src/answer/passage-score.js';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const flag = fc.constantFrom(0, 1);
const parts: fc.Arbitrary<PassageParts> = fc.record({
  coverage: unit,
  paragraph: unit,
  retrieval: unit,
  rareMissed: unit,
  length: fc.double({ min: 0, max: LENGTH_CAP, noNaN: true }),
  questionSize: unit,
  wordsMissed: unit,
  carried: unit,
  opening: flag,
  predicate: flag,
  slotFilled: flag,
  focus: flag,
  sequence: unit,
  clause: unit,
  kindWritten: flag,
  negationClash: flag,
  opposite: flag,
});
const weight = fc.double({ min: -10, max: 10, noNaN: true });
const weights: fc.Arbitrary<PassageWeights> = fc.record({
  bias: weight,
  weights: fc.record(
    Object.fromEntries(PART_NAMES.map((n) => [n, weight])) as Record<keyof PassageParts, fc.Arbitrary<number>>,
  ),
  threshold: weight,
  margin: fc.double({ min: 0, max: 1, noNaN: true }),
});

describe('passage score', () => {
  it('never exceeds the ceiling computed from what the index knows, with the fitted weights', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const known = Object.fromEntries(INDEX_PARTS.map((n) => [n, p[n]])) as Pick<
          PassageParts,
          (typeof INDEX_PARTS)[number]
        >;
        expect(passageCeiling(known)).toBeGreaterThanOrEqual(passageScore(p) - 1e-9);
      }),
      { numRuns: 2000 },
    );
  });

  it('never exceeds the ceiling, whatever the weights', () => {
    fc.assert(
      fc.property(parts, weights, (p, w) => {
        const known = Object.fromEntries(INDEX_PARTS.map((n) => [n, p[n]])) as Pick<
          PassageParts,
          (typeof INDEX_PARTS)[number]
        >;
        expect(passageCeiling(known, w)).toBeGreaterThanOrEqual(passageScore(p, w) - 1e-9);
      }),
      { numRuns: 2000 },
    );
  });

  it("never exceeds a question's own ceiling, the parts it can earn none of being 0", () => {
    const never = new Set(['slotFilled', 'focus', 'kindWritten'] as const);
    fc.assert(
      fc.property(parts, weights, (p, w) => {
        const known = Object.fromEntries(INDEX_PARTS.map((n) => [n, p[n]])) as Pick<
          PassageParts,
          (typeof INDEX_PARTS)[number]
        >;
        const earned = { ...p, slotFilled: 0, focus: 0, kindWritten: 0 };
        expect(passageCeiling(known, w, never)).toBeGreaterThanOrEqual(passageScore(earned, w) - 1e-9);
        expect(passageCeiling(known, w, never)).toBeLessThanOrEqual(passageCeiling(known, w) + 1e-9);
      }),
      { numRuns: 2000 },
    );
  });

  it('is the bias plus the named contributions, so a reader can see why an answer won', () => {
    fc.assert(
      fc.property(parts, (p) => {
        const sum = Object.values(contributions(p)).reduce((s, v) => s + v, PASSAGE_WEIGHTS.bias);
        expect(passageScore(p)).toBeCloseTo(sum, 9);
      }),
      { numRuns: 200 },
    );
  });

  it('has a fitted weight for every part and a threshold', () => {
    for (const n of PART_NAMES) expect(Number.isFinite(PASSAGE_WEIGHTS.weights[n])).toBe(true);
    expect(Number.isFinite(PASSAGE_WEIGHTS.threshold)).toBe(true);
  });
});
