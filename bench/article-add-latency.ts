// Does /article add hold up other members' answers? (not a test) The real bot process against the
// local Discord stand-in; a local web server serves a long article page. Measures /ask answer
// times alone, then while /article add fetches, reads and indexes that page.
//
//   npx tsx bench/article-add-latency.ts [--paragraphs 400]
import { parseArgs } from 'node:util';
import {
  FakeDiscord,
  answerLatency,
  isAnswered,
  replyText,
  type InteractionRecord,
} from '../tests/support/fake-discord/index.js';
import { copySeeds, deployCommands, startReadyBot } from '../tests/support/bot-process.js';
import { LIGHTHOUSE, startWebServer } from '../tests/support/web-pages.js';

const { values: args } = parseArgs({ options: { paragraphs: { type: 'string', default: '400' } } });
const PARAGRAPHS = Math.min(5000, Math.max(1, Number(args.paragraphs) || 400));
/** Time between two /ask while the add runs: often enough to see any stall of the event loop. */
const ASK_EVERY_MS = 100;
const BASELINE_ASKS = 30;

/** The test article with its body paragraphs repeated (numbered, so each is its own sentence) into a long page. */
function longPage(): string {
  const paras = [...LIGHTHOUSE.matchAll(/<p>([^<]{80,})<\/p>/g)].map((m) => m[1]!);
  const body = Array.from(
    { length: PARAGRAPHS },
    (_, i) => `<p>In part ${i + 1} of the record: ${paras[i % paras.length]}</p>`,
  ).join('\n');
  return LIGHTHOUSE.replace('</article>', `${body}</article>`);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]! : NaN;
};
const summary = (xs: number[]) =>
  `n=${xs.length} p50 ${pct(xs, 50).toFixed(0)} ms, p90 ${pct(xs, 90).toFixed(0)} ms, max ${Math.max(...xs).toFixed(0)} ms`;

const page = longPage();
const web = await startWebServer({ '/news/long-record': page });
const fake = await FakeDiscord.start({ heartbeatIntervalMs: 5000 });
const seeds = copySeeds();
const env = { fake, seedsDir: seeds.dir, extra: { CITEBOT_ALLOW_PRIVATE_URLS: '1' } };
let users = 0;
const ask = () =>
  fake.send(fake.slash('ask', { question: 'Who visited Moscow?' }, { user: fake.newUser(`asker${++users}`) }));
try {
  await deployCommands(env);
  const bot = await startReadyBot(env);
  try {
    const alone: number[] = [];
    for (let i = 0; i < BASELINE_ASKS; i++) alone.push(answerLatency(await fake.waitForAnswer(ask(), 30_000))!);

    const payload = fake.slash('article', {}, { moderator: true }) as unknown as { data: { options: unknown[] } };
    payload.data.options = [
      { name: 'add', type: 1, options: [{ name: 'url', type: 3, value: `${web.url}/news/long-record` }] },
    ];
    const t0 = performance.now();
    const add = fake.send(payload as never);
    const during: InteractionRecord[] = [];
    while (!isAnswered(add)) {
      during.push(ask());
      await new Promise((r) => setTimeout(r, ASK_EVERY_MS));
    }
    const addMs = performance.now() - t0;
    await Promise.all(during.map((r) => fake.waitForAnswer(r, 60_000)));
    console.log(`page: ${(page.length / 1024).toFixed(0)} KB, ${PARAGRAPHS + 10} paragraphs`);
    console.log(`/article add answered in ${addMs.toFixed(0)} ms: ${replyText(add).trim().split('\n')[0]}`);
    console.log(`/ask alone:                ${summary(alone)}`);
    console.log(`/ask during /article add:  ${summary(during.map((r) => answerLatency(r)!))}`);
  } finally {
    await bot.stop();
  }
} finally {
  await fake.stop();
  await web.close();
  seeds.cleanup();
}
