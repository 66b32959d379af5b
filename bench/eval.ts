// `npm run eval -- FILE.jsonl [--seeds DIR] [--verbose] [--baseline-only] [--fuse-threshold 0..1]`
// Scores citebot (in-process) and the plain fuse.js baseline on one question set, side by side,
// with the rules of ../shared/tools/score-qa.mjs.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { readCorpus } from './corpus.js';
import { FuseBaseline, FUSE_ABSTAIN_SCORE } from './fuse-baseline.js';
import { benchStorePath, loadOpenEngine } from './engine-adapter.js';
import { addToScore, BUCKETS, emptyScore, formatTally, parseQuestions, passes } from './qa-score.js';
import type { Question, Score, Scorable } from './qa-score.js';

const USAGE =
  'usage: npm run eval -- QUESTIONS.jsonl [--seeds DIR] [--verbose] [--baseline-only] [--fuse-threshold 0..1]';

interface Side {
  name: string;
  score: Score;
  ms: number;
  fails: string[];
}

function score(name: string, questions: Question[], answer: (q: Question) => Scorable): Side {
  const s = emptyScore();
  const fails: string[] = [];
  const t0 = performance.now();
  for (const q of questions) {
    let o: Scorable | null = null;
    try {
      o = answer(q);
    } catch (err) {
      fails.push(`${q.id} threw ${(err as Error).message}`);
    }
    const ok = passes(q, o);
    addToScore(s, q, ok);
    if (!ok && o) {
      const c0 = (o.citations as { text?: string }[] | undefined)?.[0]?.text;
      /* eslint-disable @typescript-eslint/no-base-to-string -- whatever the engine answered is printed as it comes */
      fails.push(
        `${q.id} ${q.command} "${q.input}" -> found=${String(o.found)} answer=${JSON.stringify(String(o.answer ?? '').slice(0, 100))}${o.verdict ? ` verdict=${String(o.verdict)}` : ''} c0=${JSON.stringify(String(c0 ?? '').slice(0, 100))}`,
      );
      /* eslint-enable @typescript-eslint/no-base-to-string */
    }
  }
  return { name, score: s, ms: performance.now() - t0, fails };
}

export function renderTable(sides: Side[], count: number): string {
  const rows = [
    `| | ${sides.map((s) => s.name).join(' | ')} |`,
    `| --- | ${sides.map(() => '---').join(' | ')} |`,
    ...(['overall', ...BUCKETS] as const).map(
      (b) => `| ${b} | ${sides.map((s) => formatTally(s.score[b])).join(' | ')} |`,
    ),
    `| ms / question | ${sides.map((s) => (s.ms / Math.max(1, count)).toFixed(2)).join(' | ')} |`,
  ];
  return rows.join('\n');
}

/** A question set shipped with its documents (`squad-dev/seeds/`) needs no --seeds. */
function defaultSeeds(questionFile: string): string {
  const beside = join(dirname(questionFile), 'seeds');
  if (existsSync(beside) && statSync(beside).isDirectory()) return beside;
  return process.env.SEEDS_DIR ?? 'seeds';
}

/** The file as given, else a bare name from tests/fixtures/ ("seed-dev.jsonl"), else null. */
function findQuestionFile(base: string, file: string): string | null {
  const given = resolve(base, file);
  if (existsSync(given) && statSync(given).isFile()) return given;
  const fixture = resolve(import.meta.dirname ?? '.', '..', 'tests', 'fixtures', file);
  return existsSync(fixture) && statSync(fixture).isFile() ? fixture : null;
}

async function main(): Promise<number> {
  const argv = process.argv.slice(2);
  const opt = (k: string): string | undefined => {
    const i = argv.indexOf(k);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const base = process.env.INIT_CWD ?? process.cwd();
  const file = argv.find(
    (a, i) => !a.startsWith('--') && argv[i - 1] !== '--seeds' && argv[i - 1] !== '--fuse-threshold',
  );
  if (!file) {
    console.error(USAGE);
    return 2;
  }
  const questionFile = findQuestionFile(base, file);
  if (!questionFile) {
    console.error(
      `eval: no question file ${file} (the repository's own is tests/fixtures/seed-dev.jsonl: npm run eval -- tests/fixtures/seed-dev.jsonl)`,
    );
    return 2;
  }
  const seedsDir = resolve(base, opt('--seeds') ?? defaultSeeds(questionFile));
  const questions = parseQuestions(readFileSync(questionFile, 'utf8'), (m) => console.warn(`${file}: ${m}`));
  const docs = readCorpus(seedsDir);
  console.log(`${questions.length} questions from ${questionFile}; ${docs.length} documents from ${seedsDir}`);

  const sides: Side[] = [];
  if (!argv.includes('--baseline-only')) {
    const openEngine = await loadOpenEngine();
    if (!openEngine) {
      console.log('citebot: src/app/open.ts has no openEngine yet; baseline only');
    } else {
      const t0 = performance.now();
      const { engine, rebuilt } = await openEngine({
        seedsDir,
        storePath: benchStorePath(seedsDir),
        onWarning: (m) => console.warn(m),
      });
      console.log(
        `citebot: store ${rebuilt ? 'built' : 'loaded'} in ${((performance.now() - t0) / 1000).toFixed(2)} s`,
      );
      sides.push(score('citebot', questions, (q) => engine.run(q.command, q.input, q.doc ? { doc: q.doc } : {})));
    }
  }
  const tb = performance.now();
  const threshold = Number(opt('--fuse-threshold') ?? FUSE_ABSTAIN_SCORE);
  const fuse = new FuseBaseline(docs, threshold);
  console.log(
    `fuse baseline: ${docs.reduce((n, d) => n + d.sentences.length, 0)} sentences indexed in ${(performance.now() - tb).toFixed(0)} ms; abstains above score ${threshold}`,
  );
  sides.push(score('plain fuse.js', questions, (q) => fuse.run(q.command, q.input, q.doc ? { doc: q.doc } : {})));

  console.log('');
  console.log(renderTable(sides, questions.length));
  if (argv.includes('--verbose')) {
    for (const s of sides) {
      console.log(`\n${s.name} failures:`);
      for (const f of s.fails) console.log(`  FAIL ${f}`);
    }
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]).replace(/\.ts$/, '') === resolve(import.meta.dirname ?? '.', 'eval')) {
  process.exitCode = await main();
}
