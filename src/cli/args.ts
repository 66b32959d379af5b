// Command-line arguments of the CLI: `<command> [input] [--doc ID] [--seeds DIR] [--about TEXT] [--json]`.
import { parseArgs } from 'node:util';

export interface CliArgs {
  command: string | undefined;
  input: string;
  doc?: string;
  seeds?: string;
  about?: string;
  json: boolean;
  offset?: number;
  limit?: number;
  help: boolean;
}

export function parseCliArgs(argv: string[]): CliArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      doc: { type: 'string' },
      seeds: { type: 'string' },
      about: { type: 'string' },
      json: { type: 'boolean', default: false },
      offset: { type: 'string' },
      limit: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const num = (v: string | undefined) => (v === undefined || !/^\d+$/.test(v) ? undefined : Number(v));
  return {
    command: positionals[0],
    input: positionals.slice(1).join(' '),
    doc: values.doc,
    seeds: values.seeds,
    about: values.about,
    json: values.json ?? false,
    offset: num(values.offset),
    limit: num(values.limit),
    help: values.help ?? false,
  };
}

export const USAGE = `citebot: answers about news articles, in the articles' own words.

Usage: npm run --silent cli -- <command> [input] [--doc ID] [--seeds DIR] [--json]
  ask "<question>"              the cited answer
  quote ["<speaker>"] [--about "<topic>"]   quotes (all, in text order, without a speaker)
  who "<name>"                  profile: name, aliases, roles, quotes, mentions
  search "<text>"               ranked passages (--offset N, --limit N)
  facts ["<about>"]             who did what, when and where
  verify "<claimed quote>"      exact, close, misquote or absent
  cite "<text or quote id>"     a citation ready to paste
  sources                       the articles loaded
  batch                         JSON lines {"command","input","doc"?,"about"?} on stdin, one result line each
Options: --doc limits to one article; --seeds (or SEEDS_DIR) picks the folder of articles; --json prints the result object.`;
