// The terminal CLI: `npm run --silent cli -- <command> [input] [options]`.
import { COMMAND_NAMES } from '../answer/result.js';
import { parseCliArgs, USAGE, type CliArgs } from './args.js';
import { runBatch } from './batch.js';
import { openForCli } from './open-for-cli.js';
import { renderText } from './render-text.js';

async function main(argv: string[]): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    process.stderr.write(`${(e as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help || !args.command) {
    process.stdout.write(USAGE + '\n');
    return args.help ? 0 : 2;
  }
  if (args.command !== 'batch' && !COMMAND_NAMES.includes(args.command as never)) {
    process.stderr.write(`Unknown command “${args.command}”.\n\n${USAGE}\n`);
    return 2;
  }
  const { engine } = await openForCli(args.seeds);
  if (args.command === 'batch') {
    await runBatch(engine, (line) => process.stdout.write(line + '\n'));
    return 0;
  }
  const result = engine.run(args.command, args.input, {
    doc: args.doc,
    about: args.about,
    offset: args.offset,
    limit: args.limit,
  });
  process.stdout.write((args.json ? JSON.stringify(result, null, 2) : renderText(result)) + '\n');
  return result.error ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`citebot: ${(e as Error).message}\n`);
    process.exitCode = 1;
  },
);
