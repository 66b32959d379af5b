// `npx tsx bench/misses.ts QUESTIONS.jsonl [--seeds DIR] [--examples N]`
// Why answerable questions are missed, grouped by cause, so work goes to the largest: answered
// by another route (a profile, a quote, yes/no), no candidate passage holding the answer, a
// passage that holds it refused by a requirement (named, rank-passages.ts), outranked by another
// passage, or the best passage below the abstention threshold; and where the cited sentence
// holds the answer but the short answer does not (the wrong span). Also the wh-word of each
// cause, how many of its questions the floor (a bare BM25 pick among the article's sentences,
// always answering) gets right, and how many unanswerable questions were answered anyway. The
// outranked are also tallied by the part of the score (passage-score.ts) that gives the passage
// that won the largest lead over the one holding the answer: where a new or mended part would act.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ask, routeQuestion } from '../src/answer/ask.js';
import { createContext } from '../src/answer/create-engine.js';
import { contributions, PART_NAMES, PASSAGE_WEIGHTS, type PartName } from '../src/answer/passage-score.js';
import { rankPassages } from '../src/answer/rank-passages.js';
import type { Result } from '../src/answer/result.js';
import { openStore } from '../src/app/open.js';
import { Bm25Index } from './bm25.js';
import { listDocuments, readCorpusDoc } from './corpus.js';
import { benchStorePath } from './engine-adapter.js';
import { MAXLEN, norm, passes, type Question } from './qa-score.js';

const argv = process.argv.slice(2);
const opt = (k: string) => (argv.includes(k) ? argv[argv.indexOf(k) + 1] : undefined);
const file = argv[0];
if (!file) {
  console.error('usage: npx tsx bench/misses.ts QUESTIONS.jsonl [--seeds DIR] [--examples N]');
  process.exit(2);
}
const seedsDir = resolve(opt('--seeds') ?? 'seeds');
const examplesShown = Number(opt('--examples') ?? '0');

const { store } = await openStore({ seedsDir, storePath: benchStorePath(seedsDir) });
const ctx = createContext(store.index, store.readDocument);
const questions = readFileSync(file, 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Question);

const holds = (text: string | null | undefined, expect: string[]) =>
  typeof text === 'string' && text.length <= MAXLEN && expect.some((e) => norm(text).includes(norm(e)));
// The floor the issue compares with: a bare BM25 index per article, and one over them all.
const docs = listDocuments(seedsDir).map(readCorpusDoc);
const bm25 = new Map(docs.map((d) => [d.id, new Bm25Index(d.sentences)]));
const bm25All = new Bm25Index(docs.flatMap((d) => d.sentences));
const bm25Right = (g: Question) =>
  holds((g.doc ? bm25.get(g.doc) : bm25All)?.top(g.input)?.sentence.text, g.expect ?? []);
const whOf = (input: string) =>
  /\b(what|which|who|whom|whose|when|where|why|how)\b/i.exec(input)?.[1]?.toLowerCase() ?? 'other';

const causes = new Map<string, { count: number; bm25: number; wh: Map<string, number>; examples: string[] }>();
const count = (cause: string, g: Question, detail: string) => {
  const c = causes.get(cause) ?? { count: 0, bm25: 0, wh: new Map<string, number>(), examples: [] };
  causes.set(cause, c);
  c.count++;
  if (bm25Right(g)) c.bm25++;
  const wh = whOf(g.input);
  c.wh.set(wh, (c.wh.get(wh) ?? 0) + 1);
  if (c.examples.length < examplesShown) c.examples.push(`${g.input} [${g.expect?.[0]}] ${detail}`);
};

/** Outranked questions by the part that gives the winner its largest lead over the right passage. */
const leads = new Map<PartName, number>();

let answerable = 0;
let floor = 0;
let unanswerable = 0;
let answeredWrongly = 0;
for (const g of questions) {
  if (g.command !== 'ask') continue;
  const options = g.doc ? { doc: g.doc } : {};
  const result = ask(ctx, g.input, options);
  if (g.expectFound === false) {
    unanswerable++;
    if (result.found) answeredWrongly++;
    continue;
  }
  if (g.where !== 'answer' && g.where !== 'cited') continue;
  answerable++;
  if (bm25Right(g)) floor++;
  if (passes(g, result)) continue;
  const expect = g.expect ?? [];
  const cited = result.citations[0]?.text;
  if (result.found && g.where === 'answer' && holds(cited, expect)) {
    count('right sentence, wrong span', g, `-> ${result.answer}`);
    continue;
  }
  const base: Result = { ...result, found: false, answer: null, citations: [], quotes: [], facts: [] };
  const route = routeQuestion(ctx, g.input, options, base);
  if ('result' in route) {
    count('answered by another route', g, `-> ${result.answer ?? result.message}`);
    continue;
  }
  const ranked = rankPassages(ctx, route.passage, options, { exhaustive: true, explain: true });
  const right = (r: (typeof ranked)[number]) =>
    holds(r.span ?? ctx.corpus.sentenceText(r.gid), expect) ||
    (g.where === 'cited' && holds(ctx.corpus.sentenceText(r.gid), expect));
  const eligible = ranked.filter((r) => r.meetsConstraints);
  const best = eligible[0];
  const sentence = (gid: number) => ctx.corpus.sentenceText(gid).slice(0, 160);
  if (best && right(best)) {
    count(
      best.score < PASSAGE_WEIGHTS.threshold ? 'below the threshold' : 'other (ask chose otherwise)',
      g,
      `${best.score.toFixed(2)} ${sentence(best.gid)}`,
    );
    continue;
  }
  const outranked = eligible.find(right);
  if (outranked) {
    const won = contributions(best!.parts);
    const lost = contributions(outranked.parts);
    const lead = PART_NAMES.map((n) => [n, won[n] - lost[n]] as const).sort((a, b) => b[1] - a[1]);
    leads.set(lead[0]![0], (leads.get(lead[0]![0]) ?? 0) + 1);
    const shown = lead
      .slice(0, 3)
      .map(([n, v]) => `${n} ${v.toFixed(2)}`)
      .join(', ');
    count('outranked', g, `by ${best!.score.toFixed(2)} ${sentence(best!.gid)} (its lead: ${shown})`);
    continue;
  }
  const refused = ranked.find(right);
  if (refused) {
    count(`refused: ${refused.unmet!.join(' + ')}`, g, sentence(refused.gid));
    continue;
  }
  const long = ranked.find((r) => expect.some((e) => norm(ctx.corpus.sentenceText(r.gid)).includes(norm(e))));
  count(long ? 'sentence longer than a citation may be' : 'no candidate holds it', g, '');
}

const missed = [...causes.values()].reduce((s, c) => s + c.count, 0);
console.log(
  `${file}: ${answerable - missed}/${answerable} answerable answered, ${unanswerable - answeredWrongly}/${unanswerable} unanswerable abstained; a bare BM25 sentence pick ${floor}/${answerable} answerable`,
);
for (const [cause, c] of [...causes].sort((a, b) => b[1].count - a[1].count)) {
  const wh = [...c.wh]
    .sort((a, b) => b[1] - a[1])
    .map(([w, n]) => `${w} ${n}`)
    .join(', ');
  console.log(`${String(c.count).padStart(5)}  ${cause} (${wh}; BM25 alone right on ${c.bm25})`);
  for (const e of c.examples) console.log(`         ${e}`);
}
if (leads.size)
  console.log(
    `outranked, by the part giving the winner its largest lead: ${[...leads]
      .sort((a, b) => b[1] - a[1])
      .map(([n, c]) => `${n} ${c}`)
      .join(', ')}`,
  );
