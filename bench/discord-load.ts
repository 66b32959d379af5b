// Load run for the Discord bot (not a test): the real bot process against the local stand-in for
// Discord on 127.0.0.1. A burst of interactions at once, then a steady rate for a while; every
// interaction must be acknowledged within Discord's 3 s and answered. Prints p50/p99 time to the
// first response (the acknowledgement), time to the answer, and the bot's resident memory.
//
//   npm run bench:discord -- [--seconds 60] [--burst 200] [--rate 20]
import { parseArgs } from 'node:util';
import {
  FakeDiscord,
  acceptedCallback,
  ackLatency,
  answerLatency,
  isAnswered,
  type InteractionRecord,
} from '../tests/support/fake-discord/index.js';
import { copySeeds, deployCommands, startReadyBot, type BotProcess } from '../tests/support/bot-process.js';

const { values: args } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' },
    burst: { type: 'string', default: '200' },
    rate: { type: 'string', default: '20' },
    /** How long to wait for stragglers after the last interaction is sent. */
    drain: { type: 'string', default: '30' },
  },
});

function positiveInt(name: string, raw: string | undefined, max: number): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > max) {
    console.error(`--${name} must be an integer between 0 and ${max} (got ${raw})`);
    process.exit(2);
  }
  return n;
}

// Upper bounds keep a typo from turning the bench into an unbounded loop.
const SECONDS = positiveInt('seconds', args.seconds, 3600);
const BURST = positiveInt('burst', args.burst, 10_000);
const RATE = positiveInt('rate', args.rate, 1000);
const DRAIN_MS = positiveInt('drain', args.drain, 600) * 1000;
const ACK_LIMIT_MS = 3000;

const QUESTIONS = [
  'Who visited Moscow?',
  'Who headed the delegation?',
  'What did Stanikzai say?',
  'Who is Zamir Kabulov?',
  'What did the Russian foreign ministry say?',
  'Who is Omar Nessar?',
  'When did the Taliban last visit Moscow?',
  'What is the capital of France?',
];

/** A mix like a busy server's: mostly /ask, some lookups and autocomplete. */
function makeInteraction(fake: FakeDiscord, i: number) {
  // Distinct users: the bench measures the bot's throughput, not its per-user cooldown.
  const user = fake.newUser(`load${i}`);
  switch (i % 10) {
    case 0:
      return fake.autocomplete('quote', 'speaker', ['stanik', 'kabul', 'ness'][i % 3]!, {}, { user });
    case 1:
      return fake.slash('quote', { speaker: 'Stanikzai' }, { user });
    case 2:
      return fake.slash('search', { text: 'peace deal' }, { user });
    case 3:
      return fake.slash('who', { name: 'Kabulov' }, { user });
    case 4:
      return fake.slash('verify', { text: 'We signed a peace agreement with the American side' }, { user });
    default:
      return fake.slash('ask', { question: QUESTIONS[i % QUESTIONS.length]! }, { user });
  }
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitUntilSettled(records: InteractionRecord[], timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let pending = records;
  while (pending.length > 0 && Date.now() < deadline) {
    await sleep(100);
    pending = pending.filter((r) => !isAnswered(r));
  }
}

function summarize(name: string, records: InteractionRecord[]) {
  const acks = records
    .map(ackLatency)
    .filter((v): v is number => v !== null)
    .sort((a, b) => a - b);
  const answers = records
    .map(answerLatency)
    .filter((v): v is number => v !== null)
    .sort((a, b) => a - b);
  const late = records.filter((r) => (ackLatency(r) ?? Infinity) > ACK_LIMIT_MS).length;
  const unanswered = records.filter((r) => !isAnswered(r)).length;
  const refused = records.filter(
    (r) => r.callbacks.some((c) => c.status >= 400) || r.webhookCalls.some((w) => w.status >= 400),
  ).length;
  const f = (n: number) => (Number.isNaN(n) ? '-' : `${Math.round(n)} ms`);
  console.log(
    `${name.padEnd(8)} n=${String(records.length).padEnd(5)} ack p50 ${f(percentile(acks, 50)).padEnd(8)} p99 ${f(percentile(acks, 99)).padEnd(8)} max ${f(acks.at(-1) ?? NaN).padEnd(8)}` +
      ` | answer p50 ${f(percentile(answers, 50)).padEnd(8)} p99 ${f(percentile(answers, 99)).padEnd(8)} | late(>3s) ${late} unanswered ${unanswered} refused ${refused}`,
  );
  return { late, unanswered, refused };
}

async function main(): Promise<number> {
  // The fake's own 3 s cut-off is off so a late acknowledgement is measured rather than lost.
  const fake = await FakeDiscord.start({ ackDeadlineMs: null });
  const seeds = copySeeds();
  let bot: BotProcess | undefined;
  const rss: number[] = [];
  let sampler: NodeJS.Timeout | undefined;
  try {
    const deploy = await deployCommands({ fake, seedsDir: seeds.dir });
    if (deploy.exit.code !== 0) throw new Error(`deploy-commands failed:\n${deploy.output}`);
    bot = await startReadyBot({ fake, seedsDir: seeds.dir, cooldownSeconds: 0 });
    const idleRss = bot.rssKiB();
    sampler = setInterval(() => {
      const v = bot?.rssKiB();
      if (v) rss.push(v);
    }, 250);
    console.log(
      `bot pid ${bot.pid} ready; burst ${BURST}, then ${RATE}/s for ${SECONDS} s; fake Discord at ${fake.apiBase}`,
    );

    let seq = 0;
    const burst: InteractionRecord[] = [];
    for (let i = 0; i < BURST; i++) burst.push(fake.send(makeInteraction(fake, seq++)));
    await waitUntilSettled(burst, DRAIN_MS);

    const steady: InteractionRecord[] = [];
    const total = RATE * SECONDS;
    const start = Date.now();
    for (let i = 0; i < total; i++) {
      // Scheduled against the start time so slow sends do not stretch the run.
      const due = start + (i * 1000) / RATE;
      const wait = due - Date.now();
      if (wait > 0) await sleep(wait);
      steady.push(fake.send(makeInteraction(fake, seq++)));
    }
    await waitUntilSettled(steady, DRAIN_MS);

    console.log('');
    summarize('burst', burst);
    summarize('steady', steady);
    const all = summarize('all', [...burst, ...steady]);
    const mib = (kib: number | null | undefined) => (kib ? `${(kib / 1024).toFixed(1)} MiB` : 'n/a');
    console.log(
      `bot RSS (VmRSS): idle ${mib(idleRss)}, peak ${mib(rss.length ? Math.max(...rss) : null)}, end ${mib(bot.rssKiB())}`,
    );
    const failed = all.late + all.unanswered + all.refused;
    console.log(
      failed === 0
        ? 'OK: every interaction acknowledged within 3 s and answered'
        : `FAIL: ${failed} interactions late, unanswered or refused`,
    );
    if (failed > 0) {
      const example = [...burst, ...steady].find((r) => !acceptedCallback(r) || !isAnswered(r));
      if (example)
        console.log(
          'example failure:',
          JSON.stringify({
            data: example.payload.data,
            callbacks: example.callbacks.map((c) => ({ type: c.type, status: c.status })),
          }),
        );
    }
    return failed === 0 ? 0 : 1;
  } finally {
    if (sampler) clearInterval(sampler);
    await bot?.stop();
    await fake.stop();
    seeds.cleanup();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench:discord failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
