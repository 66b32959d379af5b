// The scorer's fitting (bench/choice-fit.ts) on made-up questions: it learns which part tells a
// right passage from a wrong one, abstains where no passage is right, and cross-validates by folds
// that keep each article whole.
import { describe, expect, it } from 'vitest';
import {
  bestDecision,
  decide,
  fit,
  fitNoLoss,
  foldsOf,
  losesNothing,
  objective,
  summedRates,
  type Example,
} from '../bench/choice-fit.js';
import { PART_NAMES } from '../src/answer/passage-score.js';

const at = PART_NAMES.indexOf('coverage');
const parts = (coverage: number) => PART_NAMES.map((_, i) => (i === at ? coverage : 0.5));

/** Per article: answerable questions whose right passage covers more of them, and unanswerable ones whose passages cover little. */
function examples(set: string, articles: number): Example[] {
  const out: Example[] = [];
  for (let a = 0; a < articles; a++) {
    for (let q = 0; q < 6; q++) {
      const shift = (q % 3) * 0.05;
      out.push({
        set,
        group: `${set}/a${a}`,
        answerable: true,
        rows: [
          { x: parts(0.9 - shift), label: 1 },
          { x: parts(0.5 - shift), label: 0 },
        ],
      });
      out.push({
        set,
        group: `${set}/a${a}`,
        answerable: false,
        rows: [
          { x: parts(0.3 + shift), label: 0 },
          { x: parts(0.2), label: 0 },
        ],
      });
    }
  }
  return out;
}

describe('fitting the passage scorer', () => {
  const data = [...examples('news-dev', 10), ...examples('squad-dev', 10)];

  it('weighs the part that tells right passages from wrong ones, and abstains below the threshold', () => {
    const { w, threshold } = fit(data);
    expect(w[at + 1]).toBeGreaterThan(0);
    const figures = decide(data, w, threshold, 0);
    for (const f of figures.values()) {
      expect(f.answered[0]).toBe(f.answered[1]);
      expect(f.abstained[0]).toBe(f.abstained[1]);
    }
    expect(objective(figures)).toBeCloseTo(0, 9);
  });

  it('fits only the free weights against the ones held, and abstains on no set less than they did', () => {
    // Held weights that weigh everything but coverage, which alone tells right from wrong.
    const held = {
      w: PART_NAMES.map(() => 0.1).concat(0.1),
      free: [false, ...PART_NAMES.map((_, i) => i === at)],
      threshold: 0.2,
      margin: 0,
    };
    const before = decide(data, held.w, held.threshold, held.margin);
    const { w, threshold } = fit(data, held);
    w.forEach((v, j) => {
      if (j !== at + 1) expect(v).toBe(held.w[j]);
    });
    expect(w[at + 1]).toBeGreaterThan(held.w[at + 1]!);
    for (const [set, f] of decide(data, w, threshold, 0)) {
      expect(f.abstained[0]).toBeGreaterThanOrEqual(before.get(set)!.abstained[0]);
      expect(f.answered[0]).toBeGreaterThanOrEqual(before.get(set)!.answered[0]);
    }
  });

  it('with --no-loss, weighs a new part only as far as no set answers or abstains on fewer questions', () => {
    const kind = PART_NAMES.indexOf('kindWritten');
    const row = (coverage: number, kindWritten: number, label: number) => ({
      x: PART_NAMES.map((_, i) => (i === at ? coverage : i === kind ? kindWritten : 0)),
      label,
    });
    const q = (set: string, answerable: boolean, rows: Example['rows'], times: number): Example[] =>
      Array.from({ length: times }, (_, i) => ({ set, group: `${set}/a${i}`, answerable, rows }));
    const made = [
      // Right passages the new part lifts a little over the threshold, and some it lifts only a lot.
      ...q('squad-dev', true, [row(0.8, 1, 1), row(0.5, 0, 0)], 5),
      ...q('squad-dev', true, [row(0.45, 1, 1)], 5),
      ...q('squad-dev', true, [row(0.9, 0, 1)], 1),
      // Unanswerable questions: one the part lifts a lot, one just under the threshold in use.
      ...q('news-dev', false, [row(0.3, 0, 0)], 10),
      ...q('news-dev', false, [row(0.5, 1, 0)], 1),
      ...q('news-dev', false, [row(0.8, 0, 0)], 1),
      ...q('news-dev', true, [row(0.9, 0, 1)], 1),
    ];
    // The scorer in use weighs coverage alone.
    const w0 = [0, ...PART_NAMES.map((_, i) => (i === at ? 1 : 0))];
    const baseline = { w: w0, threshold: 0.85, margin: 0 };
    const held = { w: w0, free: [false, ...PART_NAMES.map((_, i) => i === kind)], threshold: 0.85, margin: 0 };
    const before = decide(made, baseline.w, baseline.threshold, baseline.margin);
    const { w, threshold } = fitNoLoss(made, held, baseline);
    const after = decide(made, w, threshold, 0);
    w.forEach((v, j) => {
      if (j !== kind + 1) expect(v).toBe(w0[j]);
    });
    expect(losesNothing(after, before)).toBe(true);
    expect(after.get('squad-dev')!.answered).toEqual([6, 11]);
    expect(after.get('news-dev')!.abstained).toEqual([12, 12]);
    // Weighed enough to answer all of squad-dev, it would score more in all, but answer an unanswerable news-dev question.
    const heavy = [...w0];
    heavy[kind + 1] = 0.4;
    const tradeOff = decide(made, heavy, 0.85, 0);
    expect(summedRates(tradeOff)).toBeGreaterThan(summedRates(after));
    expect(losesNothing(tradeOff, before)).toBe(false);
  });

  it('tries a part that counts against a passage at negative weights, as it is held', () => {
    const opp = PART_NAMES.indexOf('opposite');
    const row = (coverage: number, opposite: number, label: number) => ({
      x: PART_NAMES.map((_, i) => (i === at ? coverage : i === opp ? opposite : 0)),
      label,
    });
    const q = (answerable: boolean, rows: Example['rows'], times: number): Example[] =>
      Array.from({ length: times }, (_, i) => ({ set: 'squad-dev', group: `squad-dev/a${i}`, answerable, rows }));
    // Unanswerable questions whose passage covers them well but says the opposite: only a weight
    // below the one held takes them under the threshold, which the right passages stay above.
    const made = [...q(true, [row(0.9, 0, 1)], 3), ...q(false, [row(0.97, 1, 0)], 2)];
    const w0 = [0, ...PART_NAMES.map((_, i) => (i === at ? 1 : i === opp ? -0.05 : 0))];
    const baseline = { w: w0, threshold: 0.85, margin: 0 };
    const held = { w: w0, free: [false, ...PART_NAMES.map((_, i) => i === opp)], threshold: 0.85, margin: 0 };
    const { w, threshold } = fitNoLoss(made, held, baseline);
    expect(w[opp + 1]).toBeLessThan(0);
    const after = decide(made, w, threshold, 0);
    expect(after.get('squad-dev')!.answered).toEqual([3, 3]);
    expect(after.get('squad-dev')!.abstained).toEqual([2, 2]);
  });

  it('abstains where two answers score nearly the same, and fits how near that is', () => {
    const row = (coverage: number, label: number, answer: string) => ({ x: parts(coverage), label, answer });
    const q = (answerable: boolean, rows: Example['rows'], times: number): Example[] =>
      Array.from({ length: times }, (_, i) => ({ set: 'squad-dev', group: `squad-dev/a${i}`, answerable, rows }));
    const made = [
      // Answerable: the right passage well ahead, or level with one giving the same answer.
      ...q(true, [row(0.9, 1, 'ann hill'), row(0.5, 0, 'tom reed')], 6),
      ...q(true, [row(0.8, 1, 'ann hill'), row(0.79, 1, 'hill')], 3),
      // Unanswerable: two passages level, each with another answer.
      ...q(false, [row(0.8, 0, 'ann hill'), row(0.79, 0, 'tom reed')], 6),
      ...q(false, [row(0.2, 0, 'ann hill')], 6),
    ];
    const w = [-0.5, ...PART_NAMES.map((_, i) => (i === at ? 1 : 0))];
    const { threshold, margin } = bestDecision(made, w);
    expect(margin).toBeGreaterThan(0.01);
    const figures = decide(made, w, threshold, margin).get('squad-dev')!;
    expect(figures.answered).toEqual([9, 9]);
    expect(figures.abstained).toEqual([12, 12]);
    // With no margin, the level pairs are answered by whichever scores a hair higher.
    expect(decide(made, w, threshold, 0).get('squad-dev')!.abstained).toEqual([6, 12]);
  });

  it('keeps every article whole inside one fold', () => {
    const folds = foldsOf(data);
    const foldOf = new Map<string, number>();
    folds.forEach((fold, k) =>
      fold.forEach((e) => {
        expect(foldOf.get(e.group) ?? k).toBe(k);
        foldOf.set(e.group, k);
      }),
    );
    expect(folds.flat()).toHaveLength(data.length);
  });
});
