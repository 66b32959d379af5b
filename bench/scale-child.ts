// One measurement in a fresh process, so memory figures belong to that measurement alone.
// Modes:
//   build SEEDS STORE              build the store from nothing
//   serve SEEDS STORE PROBES.json  load the store, time every command
//   baseline SEEDS PROBES.json     the bare BM25 floor and plain fuse.js
//   qa SEEDS STORE QUESTIONS [--no-doc]  answer a question set, for the quality check
// Prints one line `@@RESULT {json}` on stdout.
import { readFileSync, rmSync, statSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { warmUp } from '../src/app/warm-up.js';
import { loadOpenEngine } from './engine-adapter.js';
import { readCorpus } from './corpus.js';
import { Bm25Index } from './bm25.js';
import { FuseBaseline } from './fuse-baseline.js';
import { hits } from './queries.js';
import { latency } from './stats.js';
import { parseQuestions, passes } from './qa-score.js';
import type { Latency } from './stats.js';
import type { Sentence } from './corpus.js';

export interface ProbeFile {
  probes: { query: string; target: Sentence }[];
  names: string[];
  prefixes: string[];
  fuseMaxSentences: number;
  fuseBudgetMs: number;
}

export interface BuildResult {
  engine: boolean;
  buildMs?: number;
  storeBytes?: number;
  maxRss?: number;
  rebuilt?: boolean;
  warnings?: string[];
  error?: string;
}
export interface ServeResult {
  engine: boolean;
  loadMs?: number;
  firstAnswerMs?: number;
  /** The background practice after the first answer (src/app/warm-up.ts): its length and questions asked. */
  warmUp?: { ms: number; steps: number };
  rebuilt?: boolean;
  rssAfterLoad?: number;
  maxRss?: number;
  stats?: Record<string, number>;
  latency?: Record<'ask' | 'quote' | 'who' | 'search' | 'autocomplete', Latency>;
  top1?: { ask: number; search: number };
  /** The process's CPU (user and system, all threads) over the timed pass, the turns between commands included. */
  timedCpuMs?: number;
  /** Per probe, whether search's first citation was its sentence: to compare on the probes plain fuse.js got through. */
  searchHits?: boolean[];
  error?: string;
}
export interface BaselineResult {
  sentences: number;
  bm25: { buildMs: number; search: Latency; top1: number };
  fuse: { buildMs: number; search: Latency; top1: number; skipped?: string } | null;
}
export interface QaResult {
  engine: boolean;
  answers: { id: string; pass: boolean; digest: string; shown: string }[];
  error?: string;
}

const emit = (value: unknown): void => {
  process.stdout.write(`@@RESULT ${JSON.stringify(value)}\n`);
};
const maxRss = (): number => process.resourceUsage().maxRSS * 1024;
const quiet = (): void => {};

/** Stores may be one file or a folder; either way, bytes on disk. */
function sizeOnDisk(path: string): number {
  const st = statSync(path, { throwIfNoEntry: false });
  if (!st) return 0;
  if (!st.isDirectory()) return st.size;
  return readdirSync(path).reduce((n, f) => n + sizeOnDisk(join(path, f)), 0);
}

/**
 * The next turn of the event loop. A bot takes each command as its own event, so what the process
 * runs when idle (V8's young collection, posted as a task once the nursery is nearly full) runs
 * between commands, not inside the next one; the timed pass does the same, outside the timed region.
 */
const nextEvent = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function timed<T>(samples: number[], fn: () => T): T {
  const t0 = performance.now();
  const v = fn();
  samples.push(performance.now() - t0);
  return v;
}

async function build(seedsDir: string, storePath: string): Promise<BuildResult> {
  const openEngine = await loadOpenEngine();
  if (!openEngine) return { engine: false };
  rmSync(storePath, { recursive: true, force: true });
  const t0 = performance.now();
  const warnings: string[] = [];
  const { rebuilt } = await openEngine({ seedsDir, storePath, onWarning: (m) => warnings.push(m) });
  return {
    engine: true,
    buildMs: performance.now() - t0,
    storeBytes: sizeOnDisk(storePath),
    maxRss: maxRss(),
    rebuilt,
    warnings,
  };
}

async function serve(seedsDir: string, storePath: string, probeFile: string): Promise<ServeResult> {
  const p = JSON.parse(readFileSync(probeFile, 'utf8')) as ProbeFile;
  const openEngine = await loadOpenEngine();
  if (!openEngine) return { engine: false };
  const t0 = performance.now();
  const { engine, rebuilt } = await openEngine({ seedsDir, storePath, onWarning: quiet });
  const loadMs = performance.now() - t0;
  // As the bot does before it takes questions (src/discord/setup/engine-loader.ts).
  engine.warm();
  engine.run('ask', p.probes[0]?.query ?? 'What happened?');
  // performance.now() counts from process start: this is start-up to the first answer, tsx included.
  const firstAnswerMs = performance.now();
  const rssAfterLoad = process.memoryUsage().rss;
  // As the bot goes on doing while the gateway connects: practice in the background.
  const warmUpStart = performance.now();
  const practised = await warmUp(engine).done;
  const warmUpMs = performance.now() - warmUpStart;
  // A few untimed rounds of the probes themselves, as in earlier runs of this benchmark.
  for (const q of p.probes.slice(0, 10)) {
    engine.run('ask', q.query);
    engine.run('search', q.query);
  }
  const lat = {
    ask: [] as number[],
    quote: [] as number[],
    who: [] as number[],
    search: [] as number[],
    autocomplete: [] as number[],
  };
  let askHits = 0;
  const searchHits: boolean[] = [];
  await nextEvent();
  const cpuBefore = process.cpuUsage();
  for (const q of p.probes) {
    const a = timed(lat.ask, () => engine.run('ask', q.query));
    if (a.found && hits(a.citations[0], q.target)) askHits++;
    await nextEvent();
    const s = timed(lat.search, () => engine.run('search', q.query));
    searchHits.push(s.found && hits(s.citations[0], q.target));
    await nextEvent();
  }
  for (const name of p.names) {
    timed(lat.quote, () => engine.run('quote', name));
    await nextEvent();
    timed(lat.who, () => engine.run('who', name));
    await nextEvent();
  }
  for (const prefix of p.prefixes) {
    timed(lat.autocomplete, () => engine.suggestSpeakers(prefix, 25));
    await nextEvent();
  }
  const cpu = process.cpuUsage(cpuBefore);
  const timedCpuMs = (cpu.user + cpu.system) / 1000;
  const n = Math.max(1, p.probes.length);
  return {
    engine: true,
    loadMs,
    firstAnswerMs,
    warmUp: { ms: warmUpMs, steps: practised },
    rebuilt,
    rssAfterLoad,
    maxRss: maxRss(),
    stats: engine.stats(),
    latency: {
      ask: latency(lat.ask),
      quote: latency(lat.quote),
      who: latency(lat.who),
      search: latency(lat.search),
      autocomplete: latency(lat.autocomplete),
    },
    timedCpuMs,
    top1: { ask: askHits / n, search: searchHits.filter(Boolean).length / n },
    searchHits,
  };
}

function baseline(seedsDir: string, probeFile: string): BaselineResult {
  const p = JSON.parse(readFileSync(probeFile, 'utf8')) as ProbeFile;
  const docs = readCorpus(seedsDir);
  const sentences = docs.flatMap((d) => d.sentences);
  let t0 = performance.now();
  const bm25 = new Bm25Index(sentences);
  const bm25Build = performance.now() - t0;
  for (const q of p.probes.slice(0, 10)) bm25.top(q.query);
  const bmLat: number[] = [];
  let bmHits = 0;
  for (const q of p.probes) if (hits(timed(bmLat, () => bm25.top(q.query))?.sentence, q.target)) bmHits++;
  const result: BaselineResult = {
    sentences: sentences.length,
    bm25: { buildMs: bm25Build, search: latency(bmLat), top1: bmHits / Math.max(1, p.probes.length) },
    fuse: null,
  };
  if (sentences.length > p.fuseMaxSentences) {
    result.fuse = {
      buildMs: NaN,
      search: latency([]),
      top1: NaN,
      skipped: `over ${p.fuseMaxSentences.toLocaleString('en-US')} sentences`,
    };
    return result;
  }
  t0 = performance.now();
  const fuse = new FuseBaseline(docs);
  const fuseBuild = performance.now() - t0;
  // Plain fuse scans every sentence per query; past its time budget the remaining probes are
  // dropped and the figures cover the probes it got through (n is reported).
  const fLat: number[] = [];
  let fHits = 0;
  const started = performance.now();
  for (const q of p.probes) {
    if (performance.now() - started > p.fuseBudgetMs && fLat.length >= 20) break;
    if (hits(timed(fLat, () => fuse.search(q.query)[0])?.item, q.target)) fHits++;
  }
  result.fuse = { buildMs: fuseBuild, search: latency(fLat), top1: fHits / Math.max(1, fLat.length) };
  return result;
}

async function qa(seedsDir: string, storePath: string, questionFile: string, noDoc: boolean): Promise<QaResult> {
  const openEngine = await loadOpenEngine();
  if (!openEngine) return { engine: false, answers: [] };
  const { engine } = await openEngine({ seedsDir, storePath, onWarning: quiet });
  const questions = parseQuestions(readFileSync(questionFile, 'utf8'));
  const answers = questions.map((q) => {
    const r = engine.run(q.command, q.input, q.doc && !noDoc ? { doc: q.doc } : {});
    const c0 = r.citations[0];
    // What "the same answer" means: same short answer, same first citation, same verdict, same quotes.
    const digest = JSON.stringify([
      r.found,
      r.answer,
      c0 ? `${c0.doc}:${c0.start}-${c0.end}` : null,
      r.verdict ?? null,
      r.quotes.slice(0, 5).map((x) => `${x.doc}:${x.start}`),
    ]);
    const shown = `found=${r.found} answer=${JSON.stringify((r.answer ?? '').slice(0, 70))}${c0 ? ` [${c0.doc}]` : ''}${r.verdict ? ` verdict=${r.verdict}` : ''}`;
    return { id: q.id, pass: passes(q, r), digest, shown };
  });
  return { engine: true, answers };
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  try {
    if (mode === 'build') emit(await build(args[0]!, args[1]!));
    else if (mode === 'serve') emit(await serve(args[0]!, args[1]!, args[2]!));
    else if (mode === 'baseline') emit(baseline(args[0]!, args[1]!));
    else if (mode === 'qa') emit(await qa(args[0]!, args[1]!, args[2]!, args.includes('--no-doc')));
    else throw new Error(`unknown mode ${mode}`);
  } catch (err) {
    emit({ engine: true, error: (err as Error).stack ?? String(err) });
  }
}

await main();
