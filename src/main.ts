// `npm start`: the Discord bot when DISCORD_TOKEN is set, otherwise answers in the terminal
// against the bundled articles.
import dotenv from 'dotenv';
import { openForCli } from './cli/open-for-cli.js';
import { runTerminal } from './cli/terminal.js';

async function main(): Promise<void> {
  dotenv.config({ quiet: true });
  if (process.env.DISCORD_TOKEN?.trim()) {
    const { startBot } = await import('./discord/bot.js');
    await startBot();
    return;
  }
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  if (interactive) process.stderr.write('DISCORD_TOKEN is not set: answering in the terminal (see README to run the bot).\n');
  const { engine } = await openForCli(undefined);
  await runTerminal(engine, interactive);
}

main().catch((e) => {
  process.stderr.write(`citebot: ${(e as Error).message}\n`);
  process.exitCode = 1;
});
