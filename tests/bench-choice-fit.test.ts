// The scorer's fitting (bench/choice-fit.ts) on made-up questions: it learns which part tells a
// right passage from a wrong one, abstains where no passage is right, and cross-validates by folds
// that keep each article whole.
import { describe, expect, it } from 'vitest';
import { decide, fit, foldsOf, objective, type Example } from '../bench/choice-fit.js';
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
    const figures = decide(data, w, threshold);
    for (const f of figures.values()) {
      expect(f.answered[0]).toBe(f.answered[1]);
      expect(f.abstained[0]).toBe(f.abstained[1]);
    }
    expect(objective(figures)).toBeCloseTo(0, 9);
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
