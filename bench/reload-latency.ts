// `npx tsx bench/reload-latency.ts [--heavy-mb 1.5] [--articles 20]`: how late /ask is answered
// while a /reload rebuilds one heavy article. A question is asked every ASK_EVERY_MS; its latency
// is from when it was due to when its answer was ready, so time the event loop was held counts.
// Three runs in one process, printed side by side:
//   idle       no reload (the baseline);
//   as before  the reload builds the changed article on this thread, then opens the store here
//              (what citebot did for fewer than 20 changed documents);
//   now        the bot's reload: built, indexed and written in a worker thread.
import { appendFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openEngine } from '../src/app/open.js';
import { createBotContext, type EngineSource } from '../src/discord/handling/context.js';
import { appEngineSource } from '../src/discord/setup/engine-loader.js';
import { createLogger } from '../src/discord/setup/log.js';
import { buildDocument } from '../src/store/build-document.js';
import { readSourceFile } from '../src/documents/read.js';

const ASK_EVERY_MS = 50;
const IDLE_MS = 3000;
const { values } = parseArgs({
  options: { 'heavy-mb': { type: 'string', default: '1.5' }, articles: { type: 'string', default: '20' } },
});
const heavyBytes = Number(values['heavy-mb']) * 1024 * 1024;
const articles = Number(values.articles);

const root = mkdtempSync(join(tmpdir(), 'citebot-reload-bench-'));
const seeds = join(root, 'seeds');
mkdirSync(seeds);
const towns = ['Northport', 'Eastley', 'Westmoor', 'Southby', 'Kingsbridge', 'Ashford', 'Redhill', 'Milton'];
for (let i = 0; i < articles; i++) {
  const town = towns[i % towns.length]!;
  const paras = Array.from(
    { length: 12 },
    (_, p) =>
      `The council of ${town} met on day ${p + 1} to discuss the budget for roads and schools. "We will finish the bridge by spring," said the mayor of ${town}. Officials said costs rose by ${p + i} percent.`,
  );
  writeFileSync(
    join(seeds, `article-${i}.txt`),
    `title: ${town} council ${i}\ndate: 2024-01-${String((i % 28) + 1).padStart(2, '0')}\n\n${paras.join('\n\n')}\n`,
  );
}
const heavyPath = join(seeds, 'heavy.txt');
const sentence =
  'The harbour board discussed the dredging of the northern channel and the cost of the new quay on Monday. ';
writeFileSync(heavyPath, `title: Harbour report\n\n${sentence.repeat(Math.ceil(heavyBytes / sentence.length))}\n`);
const store = join(root, 'store.bin');
const log = createLogger({ level: 'error', write: () => undefined });
const questions = [
  'What will the mayor finish by spring?',
  'By how much did costs rise?',
  'Who met to discuss the budget?',
];

interface Figures {
  asks: number;
  p50: number;
  p95: number;
  max: number;
  reloadMs: number;
}

/** Lets the engine's background warm-up end before measuring, as a bot that has been up a while. */
const SETTLE_MS = 1500;
/** Asks measured before the reload starts, so the first late ones are the reload's. */
const LEAD_MS = 200;

async function measure(source: EngineSource, reload: boolean): Promise<Figures> {
  const ctx = createBotContext({ engine: (await source.open()).engine, source, log, commands: () => [] });
  await new Promise((r) => setTimeout(r, SETTLE_MS));
  if (reload) appendFileSync(heavyPath, `Revision ${Date.now()}.\n`);
  const latencies: number[] = [];
  let running = true;
  let due = performance.now() + ASK_EVERY_MS;
  let n = 0;
  const tick = (): void => {
    if (!running) return;
    ctx.engine().run('ask', questions[n++ % questions.length]!);
    latencies.push(Math.max(0, performance.now() - due));
    due += ASK_EVERY_MS;
    setTimeout(tick, Math.max(0, due - performance.now()));
  };
  setTimeout(tick, ASK_EVERY_MS);
  await new Promise((r) => setTimeout(r, LEAD_MS));
  const t0 = performance.now();
  const reloadMs = reload
    ? await ctx.reload().then(() => performance.now() - t0)
    : await new Promise<number>((r) => setTimeout(() => r(IDLE_MS), IDLE_MS));
  // A few more asks after the swap: the new store's first answers count too.
  await new Promise((r) => setTimeout(r, LEAD_MS));
  running = false;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { asks: latencies.length, p50: at(0.5), p95: at(0.95), max: latencies.at(-1) ?? 0, reloadMs };
}

/** The reload as it was: the changed article built on this thread, the store opened here. */
const asBefore: EngineSource = {
  open: async () => {
    const f = readSourceFile(heavyPath);
    if (!('problem' in f)) buildDocument(f);
    const { engine, warnings } = await openEngine({ seedsDir: seeds, storePath: store });
    engine.warm();
    return { engine, warnings };
  },
};

const now = await appEngineSource(seeds, store);
await openEngine({ seedsDir: seeds, storePath: store });
const rows: [string, Figures][] = [
  ['idle (baseline)', await measure(now, false)],
  ['as before', await measure(asBefore, true)],
  ['now', await measure(now, true)],
];
const ms = (x: number) => `${Math.round(x)} ms`.padStart(9);
console.log(
  `/ask latency while /reload rebuilds a ${values['heavy-mb']} MB article (${articles} other articles), one ask every ${ASK_EVERY_MS} ms`,
);
console.log(
  `${'run'.padEnd(16)}${'asks'.padStart(6)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'max'.padStart(9)}${'reload'.padStart(10)}`,
);
for (const [name, f] of rows)
  console.log(
    `${name.padEnd(16)}${String(f.asks).padStart(6)}${ms(f.p50)}${ms(f.p95)}${ms(f.max)}${ms(f.reloadMs).padStart(10)}`,
  );
rmSync(root, { recursive: true, force: true });
process.exit(0);
