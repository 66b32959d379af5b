// `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise answers in the terminal
// against the bundled articles. `npm start -- --seeds DIR` (and --doc, --help) as the CLI takes them.
import dotenv from 'dotenv';
import { importTs } from './app/import-ts.js';
import { parseStartArgs, START_USAGE } from './cli/start-args.js';

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
    // The bot reads its commands from commands/*.ts while it starts: it runs through tsx.
    const { startBot } = await importTs<typeof import('./discord/entry/bot.js')>(
      new URL('./discord/entry/bot.ts', import.meta.url),
    );
    await startBot();
    return;
  }
  // The terminal's modules, the engine's among them, are loaded only when it is the terminal.
  const [{ openForCli }, { styleFor }, { runTerminal }] = await Promise.all([
    import('./cli/open-for-cli.js'),
    import('./cli/style.js'),
    import('./cli/terminal.js'),
  ]);
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
