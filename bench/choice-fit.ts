// The fitting behind `npm run fit-weights`: each question is a choice among its candidate
// passages and not answering; the weights are fitted by Adam over a softmax, the threshold is
// chosen to come nearest the issues' targets, and folds of whole articles cross-validate both.
import { sameAnswer } from '../src/answer/close-rival.js';
import { PART_NAMES } from '../src/answer/passage-score.js';

/** The candidate passages of one question, as the scorer sees them, and which of them answer it. */
export interface Example {
  set: string;
  group: string;
  answerable: boolean;
  /** Each candidate's parts, whether it answers, and its short answer (answerKey()), which a close rival must differ from. */
  rows: { x: number[]; label: number; answer?: string | null }[];
}

/** When the best candidate answers: scored at the threshold or above, and no other answer within the margin of it (close-rival.ts). */
export interface Decision {
  threshold: number;
  margin: number;
}

/** Folds of the cross-validation; each holds whole articles. */
export const FOLDS = 5;
/** L2 penalty: keeps weights of rarely-set parts from running off on a handful of questions. */
const L2 = 1e-3;
/** Adam's steps and step size: enough for the loss to settle to its third digit on the public sets. */
const ADAM_STEPS = 1500;
const ADAM_RATE = 0.05;

export const dot = (w: number[], x: number[]) => x.reduce((s, v, i) => s + v * w[i + 1]!, w[0]!);

/**
 * Each question is a choice among its candidate passages and "the articles do not say" (a score
 * of 0): the weights maximise the chance given to the right choice, a candidate that answers or,
 * when none does, not answering. So ranking and abstaining are fitted together, on one score,
 * and the threshold is 0 (moved afterwards only where the sets' figures gain). Each set weighs
 * the same, and in each, questions with and without an answer weigh the same.
 */
export function fitChoice(examples: Example[], held?: Held): number[] {
  const dims = (examples.find((e) => e.rows.length)?.rows[0]!.x.length ?? PART_NAMES.length) + 1;
  const mass = new Map<string, number>();
  const key = (e: Example) => `${e.set}/${e.answerable && e.rows.some((r) => r.label)}`;
  for (const e of examples) mass.set(key(e), (mass.get(key(e)) ?? 0) + 1);
  const sets = new Set(examples.map((e) => e.set)).size;
  // Candidates' parts in one flat array (a leading 1 for the bias), questions as runs of rows.
  const rows = examples.reduce((s, e) => s + e.rows.length, 0);
  const x = new Float64Array(rows * dims);
  const label = new Uint8Array(rows);
  const from = new Int32Array(examples.length + 1);
  const weight = new Float64Array(examples.length);
  const answerable = new Uint8Array(examples.length);
  let r = 0;
  examples.forEach((e, qi) => {
    from[qi] = r;
    weight[qi] = 1 / (2 * sets * mass.get(key(e))!);
    answerable[qi] = e.rows.some((row) => row.label) ? 1 : 0;
    for (const row of e.rows) {
      x[r * dims] = 1;
      row.x.forEach((v, j) => {
        x[r * dims + j + 1] = v;
      });
      label[r++] = row.label;
    }
  });
  from[examples.length] = r;
  const w = held ? Float64Array.from(held.w) : new Float64Array(dims);
  const m = new Float64Array(dims);
  const v = new Float64Array(dims);
  const ex = new Float64Array(rows);
  const grad = new Float64Array(dims);
  for (let step = 1; step <= ADAM_STEPS; step++) {
    for (let j = 0; j < dims; j++) grad[j] = j ? L2 * w[j]! : 0;
    for (let qi = 0; qi < examples.length; qi++) {
      let all = 1;
      let pos = 0;
      for (let i = from[qi]!; i < from[qi + 1]!; i++) {
        let z = 0;
        for (let j = 0; j < dims; j++) z += x[i * dims + j]! * w[j]!;
        ex[i] = Math.exp(Math.min(50, z));
        all += ex[i]!;
        if (label[i]) pos += ex[i]!;
      }
      // d(-log chosen/all) = E_all[x] - E_chosen[x]; "not answering" has no parts.
      for (let i = from[qi]!; i < from[qi + 1]!; i++) {
        const c = weight[qi]! * (ex[i]! / all - (answerable[qi] && label[i] ? ex[i]! / pos : 0));
        for (let j = 0; j < dims; j++) grad[j]! += c * x[i * dims + j]!;
      }
    }
    for (let j = 0; j < dims; j++) {
      if (held && !held.free[j]) continue;
      m[j] = 0.9 * m[j]! + 0.1 * grad[j]!;
      v[j] = 0.999 * v[j]! + 0.001 * grad[j]! * grad[j]!;
      w[j]! -= (ADAM_RATE * (m[j]! / (1 - 0.9 ** step))) / (Math.sqrt(v[j]! / (1 - 0.999 ** step)) + 1e-8);
    }
  }
  return [...w];
}

/**
 * Weights kept as they are, but for the free ones: a new part is fitted against the scorer
 * already in use, and so is its threshold, instead of every weight moving with it.
 */
export interface Held {
  /** The bias first, then one weight per part. */
  w: number[];
  free: boolean[];
  threshold: number;
  margin: number;
}

export interface SetFigures {
  answered: [number, number];
  abstained: [number, number];
}

/** Each question's best candidate under the weights, and the best score of a candidate with another answer. */
interface Choice {
  set: string;
  answerable: boolean;
  best: { score: number; label: number } | null;
  rival: number;
}

function choicesOf(examples: Example[], w: number[]): Choice[] {
  return examples.map((e) => {
    // Equal scores keep the candidates' order, as ranking does.
    const rows = e.rows.map((r) => ({ score: dot(w, r.x), label: r.label, answer: r.answer ?? null }));
    const best = rows.reduce<(typeof rows)[number] | null>((b, r) => (!b || r.score > b.score ? r : b), null);
    const rival = rows.reduce(
      (most, r) => (r !== best && !sameAnswer(best!.answer, r.answer) ? Math.max(most, r.score) : most),
      -Infinity,
    );
    return { set: e.set, answerable: e.answerable, best, rival };
  });
}

/**
 * What the scorer decides for each question: the best candidate answers when it scores at the
 * threshold or above, unless another answer does too within the margin of it (closeRival's test,
 * on the highest-scored other answer: if it is no rival, no lower one is).
 */
function decideChoices(choices: Choice[], d: Decision): Map<string, SetFigures> {
  const out = new Map<string, SetFigures>();
  for (const c of choices) {
    const f = out.get(c.set) ?? { answered: [0, 0], abstained: [0, 0] };
    out.set(c.set, f);
    const tossUp = !!c.best && c.rival >= d.threshold && c.best.score - c.rival < d.margin;
    const answers = !!c.best && c.best.score >= d.threshold && !tossUp;
    if (c.answerable) {
      f.answered[1]++;
      if (answers && c.best!.label) f.answered[0]++;
    } else {
      f.abstained[1]++;
      if (!answers) f.abstained[0]++;
    }
  }
  return out;
}

export function decide(examples: Example[], w: number[], threshold: number, margin: number): Map<string, SetFigures> {
  return decideChoices(choicesOf(examples, w), { threshold, margin });
}

/**
 * The issues' targets for each set, answered and abstained (percent). The threshold is chosen to
 * come nearest them: the sum of the shortfalls, each set weighing the same.
 */
export const TARGETS: Record<string, { answered: number; abstained: number }> = {
  'seed-dev': { answered: 100, abstained: 100 },
  'news-dev': { answered: 80, abstained: 80 },
  'squad-dev': { answered: 80, abstained: 60 },
  'wikiqa-dev': { answered: 70, abstained: 60 },
};

export function objective(figures: Map<string, SetFigures>): number {
  const rate = ([a, b]: [number, number]) => (b ? (100 * a) / b : null);
  let shortfall = 0;
  for (const [set, f] of figures) {
    const target = TARGETS[set]!;
    const answered = rate(f.answered);
    const abstained = rate(f.abstained);
    if (answered !== null) shortfall += Math.max(0, target.answered - answered);
    if (abstained !== null) shortfall += Math.max(0, target.abstained - abstained);
  }
  return -shortfall / figures.size;
}

/**
 * The margins tried: 0 to 0.5 by 0.01. Two answers more than half a logit apart are told apart
 * by the scorer as well as it tells anything; finer steps than 0.01 split a question or two.
 */
export const MARGINS = Array.from({ length: 51 }, (_, i) => i / 100);

/** The threshold and margin that come nearest the targets; ties go to the smaller margin, then the lower threshold. */
export function bestDecision(examples: Example[], w: number[]): Decision {
  const choices = choicesOf(examples, w);
  const scores = examples.flatMap((e) => e.rows.map((r) => dot(w, r.x))).sort((a, b) => a - b);
  let best = { threshold: 0, margin: 0, value: -Infinity };
  for (const margin of MARGINS)
    // Candidate thresholds at quantiles of the scores: fine enough, and a few hundred evaluations.
    for (let q = 0; q <= 400; q++) {
      const threshold = scores[Math.floor((q / 400) * (scores.length - 1))]!;
      const value = objective(decideChoices(choices, { threshold, margin }));
      if (value > best.value) best = { threshold, margin, value };
    }
  return { threshold: best.threshold, margin: best.margin };
}

export function fit(examples: Example[], held?: Held): { w: number[] } & Decision {
  const w = fitChoice(examples, held);
  return held
    ? { w, threshold: keptAbstention(examples, held, w), margin: held.margin }
    : { w, ...bestDecision(examples, w) };
}

/**
 * The lowest threshold at which the new weights abstain on no set's unanswerable questions less
 * often than the held weights do: a part joins to answer more, never by abstaining less.
 */
export function keptAbstention(examples: Example[], held: Held, w: number[]): number {
  const before = decide(examples, held.w, held.threshold, held.margin);
  const choices = choicesOf(examples, w);
  const keeps = (t: number) =>
    [...decideChoices(choices, { threshold: t, margin: held.margin })].every(
      ([set, f]) => f.abstained[0] >= before.get(set)!.abstained[0],
    );
  // Abstention only grows with the threshold: bisect between a threshold that keeps it and one that need not.
  let low = held.threshold - 4;
  let high = held.threshold + 4;
  for (let step = 0; step < 30; step++) {
    const mid = (low + high) / 2;
    if (keeps(mid)) high = mid;
    else low = mid;
  }
  return high;
}

/** Folds of whole articles, assigned in a fixed order so reruns agree. */
export function foldsOf(examples: Example[]): Example[][] {
  const groups = [...new Set(examples.map((e) => e.group))].sort();
  const foldOf = new Map(groups.map((g, i) => [g, i % FOLDS]));
  return Array.from({ length: FOLDS }, (_, k) => examples.filter((e) => foldOf.get(e.group) === k));
}

export function mergeFigures(into: Map<string, SetFigures>, from: Map<string, SetFigures>): void {
  for (const [set, f] of from) {
    const t = into.get(set) ?? { answered: [0, 0], abstained: [0, 0] };
    into.set(set, {
      answered: [t.answered[0] + f.answered[0], t.answered[1] + f.answered[1]],
      abstained: [t.abstained[0] + f.abstained[0], t.abstained[1] + f.abstained[1]],
    });
  }
}

/** Each fold decided by weights fitted on the other folds: the figures the fit would reach on unseen articles. */
export function crossValidate(
  examples: Example[],
  kept?: Held,
  fitter: (train: Example[]) => { w: number[] } & Decision = (train) => fit(train, kept),
): Map<string, SetFigures> {
  const folds = foldsOf(examples);
  const cv = new Map<string, SetFigures>();
  folds.forEach((held, k) => {
    const { w, threshold, margin } = fitter(folds.filter((_, j) => j !== k).flat());
    mergeFigures(cv, decide(held, w, threshold, margin));
  });
  return cv;
}

/**
 * The values `--no-loss` tries for each free weight: 0 to 1 by 0.05 (to -1 for a part held at a
 * negative weight, one that counts against a passage). A new part's weight above 1
 * outweighs most settled parts; finer steps than 0.05 tell apart only a question or two, which is
 * fitting noise rather than signal.
 */
export const NO_LOSS_WEIGHTS = Array.from({ length: 21 }, (_, i) => i * 0.05);
/**
 * The thresholds `--no-loss` tries: within 0.1 of the baseline's, by 0.005. Wider reaches points
 * that buy one kind of figure with the other; finer steps split questions scored a hair apart,
 * which a real run's rounding and ties move anyway.
 */
export const NO_LOSS_THRESHOLD_REACH = 0.1;
export const NO_LOSS_THRESHOLD_STEP = 0.005;

/** Each set's answered and abstained rates (percent), summed: each set weighs the same. */
export function summedRates(figures: Map<string, SetFigures>): number {
  const rate = ([a, b]: [number, number]) => (b ? (100 * a) / b : 0);
  return [...figures.values()].reduce((s, f) => s + rate(f.answered) + rate(f.abstained), 0);
}

/** Whether no set answers or abstains on fewer questions than the baseline's figures. */
export function losesNothing(figures: Map<string, SetFigures>, baseline: Map<string, SetFigures>): boolean {
  return [...baseline].every(([set, b]) => {
    const f = figures.get(set);
    return !!f && f.answered[0] >= b.answered[0] && f.abstained[0] >= b.abstained[0];
  });
}

/**
 * The free weights and the threshold, on a grid, that give the most summed rates while no set
 * answers or abstains on fewer questions than the baseline weights (the scorer in use): a new part
 * joins only where it loses nothing. The baseline itself is a candidate (its free weights 0 when
 * it lacks the part), so there is always a choice; ties go to the smaller free weights and then
 * the threshold nearest the baseline's.
 */
export function fitNoLoss(
  examples: Example[],
  held: Held,
  baseline: { w: number[] } & Decision,
): { w: number[] } & Decision {
  const before = decide(examples, baseline.w, baseline.threshold, baseline.margin);
  const freeAt = held.free.flatMap((f, j) => (f ? [j] : []));
  // A part that counts against a passage (a negative weight held) is tried at 0 to -1.
  const points: number[][] = freeAt.reduce<number[][]>(
    (acc, j) => acc.flatMap((p) => NO_LOSS_WEIGHTS.map((v) => [...p, held.w[j]! < 0 ? -v : v])),
    [[]],
  );
  const steps = Math.round(NO_LOSS_THRESHOLD_REACH / NO_LOSS_THRESHOLD_STEP);
  const thresholds = Array.from(
    { length: 2 * steps + 1 },
    (_, i) => Math.round((baseline.threshold + (i - steps) * NO_LOSS_THRESHOLD_STEP) * 1e4) / 1e4,
  ).sort((a, b) => Math.abs(a - baseline.threshold) - Math.abs(b - baseline.threshold));
  let best = { w: baseline.w, threshold: baseline.threshold, value: summedRates(before) };
  for (const p of points) {
    const w = held.w.slice();
    freeAt.forEach((j, i) => {
      w[j] = p[i]!;
    });
    for (const t of thresholds) {
      const figures = decide(examples, w, t, baseline.margin);
      const value = summedRates(figures);
      // Strictly more, so an equal point later in the grid (larger weights, a threshold further off) never wins.
      if (value > best.value + 1e-9 && losesNothing(figures, before)) best = { w, threshold: t, value };
    }
  }
  return { w: best.w, threshold: best.threshold, margin: baseline.margin };
}
