// `npm run bench -- [CORPUS.jsonl] [--sizes 0,1,100,1000,1400,all] [--probes 300] [--names 150]
//                   [--fuse-max 12000] [--fuse-budget 60] [--no-quality | --quality-only]`
// Builds, loads and queries citebot over growing corpora (the seed article plus N Reuters
// articles), beside a bare BM25 index and plain fuse.js, and prints one markdown table.
// Every measurement runs in its own child process so its memory figure is its own.
import { spawnSync } from 'node:child_process';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importFolder } from '../src/import/folder.js';
import { importJsonl } from '../src/import/jsonl.js';
import { readCorpus } from './corpus.js';
import { makeNames, makePrefixes, makeProbes } from './queries.js';
import { fmtLatency } from './stats.js';
import type { BaselineResult, BuildResult, ProbeFile, QaResult, ServeResult } from './scale-child.js';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const CHILD = fileURLToPath(new URL('./scale-child.ts', import.meta.url));
/** How `npm start` runs TypeScript: bundled ahead (src/app/launch.mjs), not through tsx's loader. */
const LAUNCH = fileURLToPath(new URL('../src/app/launch.mjs', import.meta.url));
const WORK = join(tmpdir(), 'citebot-scale');
const MB = 1024 * 1024;

/** The node flags `npm start` runs with (package.json): the engine is measured as it serves. */
function nodeFlags(script: string): string[] {
  const words = script.trim().split(/\s+/);
  const flags: string[] = [];
  if (words[0] !== 'node') return flags;
  for (let i = 1; i < words.length && words[i]!.startsWith('--'); i++) {
    if (words[i] === '--import') i++;
    else flags.push(words[i]!);
  }
  return flags;
}
const SERVE_FLAGS = nodeFlags(
  (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.start ??
    '',
);

interface Options {
  corpus: string;
  sizes: number[];
  probes: number;
  names: number;
  fuseMax: number;
  fuseBudgetMs: number;
  quality: boolean;
  /** Skip the size rows; answer the quality sets only (stores from an earlier run are reused). */
  qualityOnly: boolean;
  seedDev: string;
  squadDir: string;
}

function parseOptions(argv: string[]): Options {
  const opt = (k: string): string | undefined => {
    const i = argv.indexOf(k);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const flags = new Set(['--no-quality', '--quality-only']);
  const positional = argv.filter(
    (a, i) => !a.startsWith('--') && !(argv[i - 1]?.startsWith('--') && !flags.has(argv[i - 1]!)),
  );
  const base = process.env.INIT_CWD ?? process.cwd();
  const shared = resolve(REPO, '..', 'shared');
  const sizes = (opt('--sizes') ?? '0,1,100,1000,1400,all')
    .split(',')
    .map((s) => (s.trim() === 'all' ? Infinity : Number(s)));
  if (sizes.some((n) => !(n >= 0))) throw new Error('--sizes takes whole numbers or "all", e.g. --sizes 0,1,100');
  return {
    corpus: resolve(
      base,
      positional[0] ?? process.env.REUTERS_JSONL ?? join(shared, 'corpora/reuters21578/articles.jsonl'),
    ),
    sizes,
    probes: Number(opt('--probes') ?? 300),
    names: Number(opt('--names') ?? 150),
    fuseMax: Number(opt('--fuse-max') ?? 12000),
    fuseBudgetMs: Number(opt('--fuse-budget') ?? 60) * 1000,
    quality: !argv.includes('--no-quality'),
    qualityOnly: argv.includes('--quality-only'),
    seedDev: resolve(base, opt('--seed-dev') ?? join(shared, 'eval/seed-dev.jsonl')),
    squadDir: resolve(base, opt('--squad') ?? join(shared, 'eval/squad-dev')),
  };
}

function child<T>(args: string[]): T {
  const r = spawnSync(process.execPath, [...SERVE_FLAGS, LAUNCH, CHILD, ...args], {
    cwd: REPO,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * MB,
  });
  const line = r.stdout.split('\n').find((l) => l.startsWith('@@RESULT '));
  if (!line) throw new Error(`benchmark child ${args[0]} failed (exit ${r.status}): ${r.stdout.slice(-400)}`);
  const value = JSON.parse(line.slice('@@RESULT '.length)) as T & { error?: string };
  if (value.error) console.error(`bench: ${args[0]} failed: ${value.error.split('\n').slice(0, 4).join(' | ')}`);
  return value;
}

const label = (n: number): string =>
  n === 0 ? 'seed' : `seed + ${Number.isFinite(n) ? n.toLocaleString('en-US') : 'all'}`;
const dirName = (n: number): string => (n === 0 ? 'seed' : `seed+${Number.isFinite(n) ? n : 'all'}`);

/** The seed article plus the first N corpus articles, imported once and reused (imports are idempotent). */
async function prepare(
  corpus: string,
  n: number,
  extraSeeds: string[] = [],
): Promise<{ seeds: string; store: string; root: string }> {
  const root = join(WORK, dirName(n) + extraSeeds.map(() => '+extra').join(''));
  const seeds = join(root, 'seeds');
  mkdirSync(seeds, { recursive: true });
  const quiet = { onWarning: () => {} };
  await importFolder(join(REPO, 'seeds'), seeds, quiet);
  for (const extra of extraSeeds) await importFolder(extra, seeds, quiet);
  if (n > 0)
    await importJsonl(corpus, seeds, { ...quiet, source: 'Reuters', ...(Number.isFinite(n) ? { limit: n } : {}) });
  return { seeds, store: join(root, 'store.json'), root };
}

interface SizeRow {
  n: number;
  docs: number;
  sentences: number;
  bytes: number;
  build: BuildResult;
  serve: ServeResult;
  base: BaselineResult;
}

const mb = (bytes: number | undefined): string =>
  bytes === undefined ? '–' : (bytes / MB).toFixed(bytes < 0.1 * MB ? 3 : bytes < 10 * MB ? 2 : 0);
const secs = (ms: number | undefined): string =>
  ms === undefined || !Number.isFinite(ms) ? '–' : (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const pct = (x: number | undefined): string => (x === undefined || !Number.isFinite(x) ? '–' : x.toFixed(3));

function renderTable(rows: SizeRow[]): string {
  const head = [
    'corpus',
    'docs',
    'sentences',
    'text MB',
    'approach',
    'build s',
    'build MB/s',
    'store MB',
    'load s',
    'first answer s',
    'RSS MB',
    'ask p50 / p99 ms',
    'quote',
    'who',
    'search',
    'autocomplete',
    'top-1 search',
    'top-1 ask',
  ];
  const out = [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`];
  for (const r of rows) {
    const c = [label(r.n), r.docs.toLocaleString('en-US'), r.sentences.toLocaleString('en-US'), mb(r.bytes)];
    const b = r.build;
    const s = r.serve;
    if (b.engine && !b.error && !s.error) {
      out.push(
        `| ${[
          ...c,
          '**citebot**',
          secs(b.buildMs),
          b.buildMs ? (r.bytes / MB / (b.buildMs / 1000)).toFixed(2) : '–',
          mb(b.storeBytes),
          secs(s.loadMs),
          secs(s.firstAnswerMs),
          mb(s.maxRss),
          fmtLatency(s.latency?.ask),
          fmtLatency(s.latency?.quote),
          fmtLatency(s.latency?.who),
          fmtLatency(s.latency?.search),
          fmtLatency(s.latency?.autocomplete),
          pct(s.top1?.search),
          pct(s.top1?.ask),
        ].join(' | ')} |`,
      );
    } else {
      out.push(
        `| ${[...c, 'citebot', b.engine ? 'failed' : 'engine not built yet', ...Array<string>(12).fill('–')].join(' | ')} |`,
      );
    }
    out.push(
      `| ${[...c, 'bare BM25 (floor)', secs(r.base.bm25.buildMs), (r.bytes / MB / (r.base.bm25.buildMs / 1000)).toFixed(2), '–', '–', '–', '–', '–', '–', '–', fmtLatency(r.base.bm25.search), '–', pct(r.base.bm25.top1), '–'].join(' | ')} |`,
    );
    const f = r.base.fuse;
    if (f && !f.skipped) {
      // fuse.js may get through only the first probes in its budget: citebot on those same probes, side by side.
      const same = s.searchHits?.slice(0, f.search.n);
      const citebotSame = same?.length ? ` (citebot ${pct(same.filter(Boolean).length / same.length)})` : '';
      out.push(
        `| ${[...c, `plain fuse.js (n=${f.search.n})`, secs(f.buildMs), '–', '–', '–', '–', '–', '–', '–', '–', fmtLatency(f.search), '–', pct(f.top1) + citebotSame, '–'].join(' | ')} |`,
      );
    } else if (f) {
      out.push(`| ${[...c, 'plain fuse.js', `skipped: ${f.skipped}`, ...Array<string>(12).fill('–')].join(' | ')} |`);
    }
  }
  return out.join('\n');
}

function compare(name: string, alone: QaResult, inside: QaResult): string {
  if (alone.error || inside.error || !alone.answers.length) return `| ${name} | failed | failed | – |`;
  const passed = (r: QaResult): number => r.answers.filter((a) => a.pass).length;
  const same = alone.answers.filter((a, i) => inside.answers[i]?.digest === a.digest).length;
  const differ = alone.answers.filter((a, i) => inside.answers[i]?.digest !== a.digest).map((a) => a.id);
  const total = alone.answers.length;
  return `| ${name} | ${passed(alone)}/${total} | ${passed(inside)}/${total} | ${same}/${total}${differ.length ? ` (differ: ${differ.slice(0, 12).join(', ')}${differ.length > 12 ? ', …' : ''})` : ''} |`;
}

async function quality(o: Options, largest: number): Promise<string> {
  const notes: string[] = [];
  const lines = [
    `| question set | alone: correct | inside seed + ${Number.isFinite(largest) ? largest.toLocaleString('en-US') : 'all'}: correct | identical answers |`,
    '| --- | --- | --- | --- |',
  ];
  const seedOnly = await prepare(o.corpus, 0);
  const big = await prepare(o.corpus, largest);
  if (existsSync(o.seedDev)) {
    const alone = child<QaResult>(['qa', seedOnly.seeds, seedOnly.store, o.seedDev]);
    if (!alone.engine) return 'quality check: engine not built yet';
    const inside = child<QaResult>(['qa', big.seeds, big.store, o.seedDev]);
    lines.push(compare('seed-dev (no --doc)', alone, inside));
    // The seed set is small: show what changed, so a regression can be read off the output.
    alone.answers.forEach((a, i) => {
      const b = inside.answers[i];
      if (b && b.digest !== a.digest)
        notes.push(
          `- ${a.id}: alone ${a.pass ? 'pass' : 'FAIL'} ${a.shown}; inside ${b.pass ? 'pass' : 'FAIL'} ${b.shown}`,
        );
    });
  }
  const squadQs = join(o.squadDir, 'questions.jsonl');
  if (existsSync(squadQs)) {
    const squadSeeds = join(o.squadDir, 'seeds');
    const alone = await prepareFolder('squad', squadSeeds);
    console.error(`bench: quality: building squad-dev inside ${label(largest)}`);
    const bigSquad = await prepare(o.corpus, largest, [squadSeeds]);
    const a1 = child<QaResult>(['qa', alone.seeds, alone.store, squadQs]);
    const i1 = child<QaResult>(['qa', bigSquad.seeds, bigSquad.store, squadQs]);
    lines.push(compare('squad-dev (with --doc)', a1, i1));
    const a2 = child<QaResult>(['qa', alone.seeds, alone.store, squadQs, '--no-doc']);
    const i2 = child<QaResult>(['qa', bigSquad.seeds, bigSquad.store, squadQs, '--no-doc']);
    lines.push(compare('squad-dev (no --doc)', a2, i2));
  }
  return [...lines, ...(notes.length ? ['', 'seed-dev answers that differ inside the corpus:', ...notes] : [])].join(
    '\n',
  );
}

async function prepareFolder(name: string, src: string): Promise<{ seeds: string; store: string }> {
  const root = join(WORK, name);
  const seeds = join(root, 'seeds');
  await importFolder(src, seeds, { onWarning: () => {} });
  return { seeds, store: join(root, 'store.json') };
}

async function main(): Promise<number> {
  const o = parseOptions(process.argv.slice(2));
  if (!existsSync(o.corpus) && o.sizes.some((n) => n > 0)) {
    console.error(`bench: corpus ${o.corpus} not found; give its path (npm run bench -- FILE.jsonl) or --sizes 0`);
    return 1;
  }
  const rows: SizeRow[] = [];
  for (const n of o.qualityOnly ? [] : o.sizes) {
    console.error(`bench: ${label(n)}: importing`);
    const { seeds, store, root } = await prepare(o.corpus, n);
    const docs = readCorpus(seeds);
    const names = makeNames(docs, o.names);
    const probeFile: ProbeFile = {
      probes: makeProbes(docs, o.probes),
      names,
      prefixes: makePrefixes(names),
      fuseMaxSentences: o.fuseMax,
      fuseBudgetMs: o.fuseBudgetMs,
    };
    const probePath = join(root, 'probes.json');
    writeFileSync(probePath, JSON.stringify(probeFile));
    const sentences = docs.reduce((k, d) => k + d.sentences.length, 0);
    const bytes = docs.reduce((k, d) => k + d.bytes, 0);
    console.error(`bench: ${label(n)}: ${docs.length} documents, ${sentences} sentences; building the store`);
    const build = child<BuildResult>(['build', seeds, store]);
    console.error(`bench: ${label(n)}: serving`);
    const serve =
      build.engine && !build.error ? child<ServeResult>(['serve', seeds, store, probePath]) : { engine: false };
    console.error(`bench: ${label(n)}: baselines`);
    const base = child<BaselineResult>(['baseline', seeds, probePath]);
    rows.push({ n, docs: docs.length, sentences, bytes, build, serve, base });
  }
  const cpu = cpus();
  // Other work on the machine slows every figure; the load average says how much there was.
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ');
  const out = [
    `citebot scale benchmark, ${new Date().toISOString().slice(0, 10)}; ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(0)} GB RAM, Node ${process.version}; load average at the end ${load} (1 / 5 / 15 min).`,
    `Latencies are p50 / p99 in ms over ${o.probes} generated questions (a corpus sentence with a quarter of its words dropped and one typo) and ${o.names} names; top-1 = the first citation is that sentence.`,
    `Each engine runs as \`npm start\` runs it (node ${SERVE_FLAGS.join(' ')}) and is timed after the practice the bot does while it connects: ${
      rows
        .map((r) =>
          r.serve.warmUp ? `${label(r.n)} ${r.serve.warmUp.steps} questions in ${secs(r.serve.warmUp.ms)} s` : null,
        )
        .filter(Boolean)
        .join(', ') || 'none'
    }. Commands are timed one per turn of the event loop, as the bot takes them (each is its own event), so what the engine does when idle between commands is outside the timings; the process's CPU over the timed pass, those turns included: ${
      rows
        .map((r) => (r.serve.timedCpuMs !== undefined ? `${label(r.n)} ${secs(r.serve.timedCpuMs)} s` : null))
        .filter(Boolean)
        .join(', ') || 'none'
    }.`,
    '',
    ...(rows.length ? [renderTable(rows)] : []),
  ];
  for (const r of rows) {
    const w = r.build.warnings ?? [];
    if (w.length) out.push('', `${label(r.n)}: ${w.length} build warning(s), e.g. ${w.slice(0, 3).join('; ')}`);
  }
  if (o.quality) {
    const largest = Math.max(...o.sizes);
    if (largest > 0) out.push('', await quality(o, largest));
  }
  console.log(out.join('\n'));
  return 0;
}

process.exitCode = await main();
