// Options of `npm start -- [--seeds DIR] [--terminal] [--help]`.
import { parseArgs } from 'node:util';

export const START_USAGE = `Usage: npm start -- [--seeds DIR] [--doc ID] [--terminal] [--help]
  --seeds DIR   answer from this folder of articles (default: SEEDS_DIR, else seeds/)
  --doc ID      in the terminal, answer from this article only (a line's own --doc wins)
  --terminal    answer in the terminal even when DISCORD_TOKEN is set
Without DISCORD_TOKEN, npm start answers in the terminal; type /help there for the commands.`;

export function parseStartArgs(argv: string[]): { seeds?: string; doc?: string; terminal: boolean; help: boolean } {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      seeds: { type: 'string' },
      doc: { type: 'string' },
      terminal: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  return { seeds: values.seeds, doc: values.doc, terminal: values.terminal ?? false, help: values.help ?? false };
}
