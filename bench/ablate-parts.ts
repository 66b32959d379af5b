// `FIT_CACHE=FILE npx tsx bench/ablate-parts.ts [PART,PART...]`
// Fits the passage scorer without the named parts, on the candidates `npm run fit-weights` kept
// in FIT_CACHE, and prints the fitted and cross-validated figures: whether a part earns its place.
import { existsSync, readFileSync } from 'node:fs';
import { crossValidate, decide, fit, objective, type Example, type SetFigures } from './choice-fit.js';
import { PART_NAMES } from '../src/answer/passage-score.js';

const cache = process.env.FIT_CACHE;
if (!cache || !existsSync(cache)) {
  console.error('give FIT_CACHE=FILE, as kept by `FIT_CACHE=FILE npm run fit-weights`');
  process.exit(2);
}
const drops = (process.argv[2] ?? '').split(',').filter(Boolean);
const unknown = drops.filter((d) => !PART_NAMES.includes(d as never));
if (unknown.length) {
  console.error(`no such part: ${unknown.join(', ')} (parts: ${PART_NAMES.join(', ')})`);
  process.exit(2);
}
const keep = PART_NAMES.flatMap((n, i) => (drops.includes(n) ? [] : [i]));
const examples = (JSON.parse(readFileSync(cache, 'utf8')) as Example[]).map((e) => ({
  ...e,
  rows: e.rows.map((r) => ({ ...r, x: keep.map((i) => r.x[i]!) })),
}));
const cv = crossValidate(examples);
const all = fit(examples);
const rate = ([a, b]: [number, number]) => (b ? ((100 * a) / b).toFixed(1) : '-');
const line = (m: Map<string, SetFigures>) =>
  [...m].map(([s, f]) => `${s} ${rate(f.answered)}/${rate(f.abstained)}`).join(', ') +
  `; shortfall ${(-objective(m)).toFixed(2)}`;
console.log(
  `without [${drops.join(', ')}] (answered/abstained %)\n  fitted: ${line(decide(examples, all.w, all.threshold, all.margin))}\n  cross-validated: ${line(cv)}`,
);
