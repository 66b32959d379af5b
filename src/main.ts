// `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise answers in the terminal
// against the bundled articles. `npm start -- --seeds DIR` (and --doc, --help) as the CLI takes them.
import dotenv from 'dotenv';
import { parseStartArgs, START_USAGE } from './cli/start-args.js';
import { openForCli } from './cli/open-for-cli.js';
import { styleFor } from './cli/style.js';
import { runTerminal } from './cli/terminal.js';

async function main(argv: string[]): Promise<void> {
  dotenv.config({ quiet: true });
  let args: ReturnType<typeof parseStartArgs>;
  try {
    args = parseStartArgs(argv);
  } catch (e) {
    process.stderr.write(`citebot: ${(e as Error).message}\n${START_USAGE}\n`);
    process.exitCode = 2;
    return;
  }
  if (args.help) {
    process.stdout.write(START_USAGE + '\n');
    return;
  }
  // The flag wins over SEEDS_DIR, for the bot as for the terminal.
  if (args.seeds) process.env.SEEDS_DIR = args.seeds;
  if (process.env.DISCORD_TOKEN?.trim() && !args.terminal) {
    const { startBot } = await import('./discord/entry/bot.js');
    await startBot();
    return;
  }
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  if (interactive && !args.terminal)
    process.stderr.write('DISCORD_TOKEN is not set: answering in the terminal (see README to run the bot).\n');
  const { engine } = await openForCli(args.seeds);
  await runTerminal(engine, interactive, styleFor(process.stdout), args.doc);
}

main(process.argv.slice(2)).catch((e) => {
  process.stderr.write(`citebot: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
