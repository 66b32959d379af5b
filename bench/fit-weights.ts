// `npm run fit-weights [-- --shared DIR] [--write]`
// Fits the passage scorer's weights and its abstention threshold on the public question sets
// (../shared/eval), each set weighing the same, and reports the cross-validated figure (folds
// by article: no article's questions are both fitted and scored) beside the fitted one. With
// --write, the weights fitted on all the sets go to src/answer/passage-weights.json. With
// --free PART,PART, only those parts' weights are fitted, the others and the threshold kept as
// src/answer/passage-weights.json has them: a new part joins the scorer in use instead of
// every weight moving with it. With --no-loss REF (and --free), the free weights and the threshold
// are instead chosen on a grid (bench/choice-fit.ts, fitNoLoss): the most summed rates at which no
// set answers or abstains on fewer questions than src/answer/passage-weights.json as committed at
// git REF (a part it lacks weighing 0), cross-validated the same way. With --decision, every
// weight is kept and only the decision is fitted: the threshold and the margin within which
// another answer makes the best one a toss-up (src/answer/close-rival.ts).
// FIT_CACHE=FILE keeps the candidates' parts between runs (delete it when the parts change).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { routeQuestion } from '../src/answer/ask.js';
import { answerKey } from '../src/answer/close-rival.js';
import { createContext } from '../src/answer/create-engine.js';
import { PART_NAMES, PASSAGE_WEIGHTS, type PassageWeights } from '../src/answer/passage-score.js';
import {
  bestDecision,
  crossValidate,
  decide,
  dot,
  fit,
  fitNoLoss,
  FOLDS,
  objective,
  type Decision,
  type Example,
  type Held,
  type SetFigures,
} from './choice-fit.js';
import { rankPassages } from '../src/answer/rank-passages.js';
import type { Result } from '../src/answer/result.js';
import { openStore } from '../src/app/open.js';
import { benchStorePath } from './engine-adapter.js';
import { MAXLEN, norm } from './qa-score.js';

const SETS = [
  { name: 'seed-dev', file: 'seed-dev.jsonl', seeds: null },
  { name: 'news-dev', file: 'news-dev/questions.jsonl', seeds: 'news-dev/seeds' },
  { name: 'squad-dev', file: 'squad-dev/questions.jsonl', seeds: 'squad-dev/seeds' },
  { name: 'wikiqa-dev', file: 'wikiqa-dev/questions.jsonl', seeds: 'wikiqa-dev/seeds' },
] as const;

interface GoldQuestion {
  id: string;
  command: string;
  input: string;
  doc?: string;
  article?: string;
  expect?: string[];
  where?: string;
  expectFound?: boolean;
}

const has = (text: string | null | undefined, expect: string[]) =>
  typeof text === 'string' && text.length <= MAXLEN && expect.some((e) => norm(text).includes(norm(e)));
/** Where the retrieval part stands in a candidate's parts: the index's own order of the hits. */
const RETRIEVAL_AT = PART_NAMES.indexOf('retrieval');
const isYesNo = (e?: string[]) => !!e && e.length === 1 && /^(yes|no)$/i.test(e[0]!);

async function examplesOf(shared: string, set: (typeof SETS)[number]): Promise<Example[]> {
  const seedsDir = resolve(set.seeds ? join(shared, 'eval', set.seeds) : 'seeds');
  const { store } = await openStore({ seedsDir, storePath: benchStorePath(seedsDir) });
  const ctx = createContext(store.index, store.readDocument);
  const questions = readFileSync(join(shared, 'eval', set.file), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as GoldQuestion);
  const out: Example[] = [];
  for (const g of questions) {
    if (
      g.command !== 'ask' ||
      isYesNo(g.expect) ||
      !(g.expectFound === false || g.where === 'answer' || g.where === 'cited')
    )
      continue;
    const options = g.doc ? { doc: g.doc } : {};
    const base: Result = {
      command: 'ask',
      input: g.input,
      found: false,
      answer: null,
      citations: [],
      quotes: [],
      facts: [],
    };
    const route = routeQuestion(ctx, g.input, options, base);
    if ('result' in route) continue;
    const ranked = rankPassages(ctx, route.passage, options, { exhaustive: true });
    const answerable = g.expectFound !== false;
    out.push({
      set: set.name,
      group: `${set.name}/${g.doc ?? g.article ?? g.id}`,
      answerable,
      // Only a passage that holds what the question requires may answer it.
      rows: ranked
        .filter((r) => r.meetsConstraints)
        .map((r) => {
          const sentence = ctx.corpus.sentenceText(r.gid);
          const label =
            answerable && (has(r.span ?? sentence, g.expect!) || (g.where === 'cited' && has(sentence, g.expect!)))
              ? 1
              : 0;
          return { x: PART_NAMES.map((n) => r.parts[n]), label, answer: answerKey(r.span ?? sentence) };
        }),
    });
  }
  return out;
}

function formatFigures(figures: Map<string, SetFigures>): string {
  const pct = ([a, b]: [number, number]) => (b ? `${a}/${b} (${((100 * a) / b).toFixed(1)}%)` : '-');
  return (
    [...figures]
      .map(([set, f]) => `  ${set.padEnd(11)} answered ${pct(f.answered)}, abstained ${pct(f.abstained)}`)
      .join('\n') + `\n  shortfall from the targets, per set: ${(-objective(figures)).toFixed(1)} points`
  );
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--shared');
  const shared = resolve(at >= 0 ? argv[at + 1]! : '../shared');
  if (!existsSync(join(shared, 'eval'))) {
    console.error(`no question sets at ${shared}/eval (give --shared DIR)`);
    process.exit(2);
  }
  const cache = process.env.FIT_CACHE;
  const examples: Example[] = cache && existsSync(cache) ? (JSON.parse(readFileSync(cache, 'utf8')) as Example[]) : [];
  if (!examples.length)
    for (const set of SETS) {
      const t0 = performance.now();
      const got = await examplesOf(shared, set);
      examples.push(...got);
      console.log(
        `${set.name}: ${got.length} questions ranked by passage, ${got.reduce((s, e) => s + e.rows.length, 0)} candidates, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
      );
    }
  if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(examples));
  for (const set of SETS) {
    const answerable = examples.filter((e) => e.set === set.name && e.answerable);
    const reachable = answerable.filter((e) => e.rows.some((r) => r.label)).length;
    const firstHit = answerable.filter(
      (e) => e.rows.slice().sort((a, b) => b.x[RETRIEVAL_AT]! - a.x[RETRIEVAL_AT]!)[0]?.label,
    ).length;
    console.log(
      `${set.name}: a candidate answers ${reachable}/${answerable.length}; the index's first hit ${firstHit}`,
    );
  }
  const freeAt = argv.indexOf('--free');
  const free = freeAt >= 0 ? argv[freeAt + 1]!.split(',') : null;
  const unknown = free?.filter((n) => !PART_NAMES.includes(n as never)) ?? [];
  if (unknown.length) {
    console.error(`no such part: ${unknown.join(', ')} (parts: ${PART_NAMES.join(', ')})`);
    process.exit(2);
  }
  const held: Held | undefined = free
    ? {
        w: [PASSAGE_WEIGHTS.bias, ...PART_NAMES.map((n) => PASSAGE_WEIGHTS.weights[n])],
        free: [false, ...PART_NAMES.map((n) => free.includes(n))],
        threshold: PASSAGE_WEIGHTS.threshold,
        margin: PASSAGE_WEIGHTS.margin,
      }
    : undefined;
  const noLossAt = argv.indexOf('--no-loss');
  const baseline = noLossAt >= 0 ? baselineAt(argv[noLossAt + 1]!) : null;
  if (baseline && !held) {
    console.error('--no-loss needs --free PART: the parts whose weights are chosen');
    process.exit(2);
  }
  if (held) console.log(`\nfitting ${free!.join(', ')} only; the other weights and the threshold kept`);
  if (baseline) {
    console.log(`chosen on a grid where no set loses against the weights at ${argv[noLossAt + 1]}`);
    console.log(
      `\nthose weights:\n${formatFigures(decide(examples, baseline.w, baseline.threshold, baseline.margin))}`,
    );
  }
  const committed = [PASSAGE_WEIGHTS.bias, ...PART_NAMES.map((n) => PASSAGE_WEIGHTS.weights[n])];
  const decisionOnly = argv.includes('--decision');
  if (decisionOnly) {
    console.log('\nevery weight kept; the threshold and the margin fitted');
    console.log(
      `\nthe committed decision:\n${formatFigures(decide(examples, committed, PASSAGE_WEIGHTS.threshold, PASSAGE_WEIGHTS.margin))}`,
    );
  }
  const fitter = (train: Example[]): { w: number[] } & Decision =>
    decisionOnly
      ? { w: committed, ...bestDecision(train, committed) }
      : baseline
        ? fitNoLoss(train, held!, baseline)
        : fit(train, held);
  const cv = crossValidate(examples, held, fitter);
  const all = fitter(examples);
  for (const set of SETS) {
    const answerable = examples.filter((e) => e.set === set.name && e.answerable);
    const top = answerable.filter(
      (e) => e.rows.map((r) => ({ s: dot(all.w, r.x), l: r.label })).sort((a, b) => b.s - a.s)[0]?.l,
    ).length;
    console.log(`${set.name}: the best scored candidate answers ${top}/${answerable.length}`);
  }
  console.log(
    `\nfitted on all articles (scored on the same):\n${formatFigures(decide(examples, all.w, all.threshold, all.margin))}`,
  );
  console.log(`\ncross-validated (${FOLDS} folds by article):\n${formatFigures(cv)}`);
  const weights: PassageWeights = {
    bias: round(all.w[0]!),
    weights: Object.fromEntries(PART_NAMES.map((n, i) => [n, round(all.w[i + 1]!)])) as PassageWeights['weights'],
    threshold: round(all.threshold),
    margin: round(all.margin),
  };
  console.log(`\n${JSON.stringify(weights, null, 2)}`);
  if (argv.includes('--write')) {
    writeFileSync('src/answer/passage-weights.json', JSON.stringify(weights, null, 2) + '\n');
    console.log('written to src/answer/passage-weights.json');
  }
}

/** The committed weights at a git revision, as the scorer's vector; a part they lack weighs 0. */
function baselineAt(ref: string): { w: number[] } & Decision {
  const file = execFileSync('git', ['show', `${ref}:src/answer/passage-weights.json`], { encoding: 'utf8' });
  const b = JSON.parse(file) as {
    bias: number;
    weights: Partial<Record<string, number>>;
    threshold: number;
    margin?: number;
  };
  // Weights committed before the margin was fitted decided by the threshold alone.
  return { w: [b.bias, ...PART_NAMES.map((n) => b.weights[n] ?? 0)], threshold: b.threshold, margin: b.margin ?? 0 };
}

const round = (v: number) => Math.round(v * 10_000) / 10_000;

await main();
