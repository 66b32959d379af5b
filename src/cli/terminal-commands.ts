// What a terminal line asks for: leaving, help, a slash command with its input and options, or
// a question (the default: "Who visited Moscow?" stays a question). Pure, so it is tested alone.
import { COMMAND_NAMES, type CommandName, type QueryOptions } from '../answer/result.js';

export type TerminalLine =
  | { kind: 'empty' }
  | { kind: 'quit' }
  | { kind: 'help' }
  | { kind: 'unknown'; command: string; suggestion: string | null }
  | { kind: 'command'; command: CommandName; input: string; options: QueryOptions }
  | { kind: 'question'; text: string; options: QueryOptions };

/** Commands only the terminal has, beside the engine's. */
const TERMINAL_COMMANDS = ['help', 'quit', 'exit', 'more'] as const;
const ALL = [...COMMAND_NAMES, ...TERMINAL_COMMANDS];

export function parseTerminalLine(line: string): TerminalLine {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  if (/^\/?(quit|exit|q)$/i.test(text)) return { kind: 'quit' };
  if (/^\/?(help|\?|commands)$/i.test(text)) return { kind: 'help' };
  if (!text.startsWith('/')) {
    const { rest, options } = takeOptions(text);
    return { kind: 'question', text: rest, options };
  }
  const m = /^\/(\S*)\s*([\s\S]*)$/.exec(text)!;
  const name = m[1]!.toLowerCase();
  if (name === 'more') return { kind: 'question', text: 'more', options: {} };
  if (name === 'ask') {
    const { rest, options } = takeOptions(m[2]!);
    return { kind: 'question', text: unquote(rest), options };
  }
  const command = COMMAND_NAMES.find((c) => c === name);
  if (!command) return { kind: 'unknown', command: name, suggestion: nearest(name) };
  const { rest, options } = takeOptions(m[2]!);
  let input = rest;
  if (command === 'quote' && options.about === undefined) {
    // "/quote Nessar about Iran", or "/quote about Iran" for anyone's quotes on Iran.
    const about = /^(?:(.*?)\s+)?about\s+(.+)$/i.exec(rest);
    if (about) {
      input = about[1] ?? '';
      options.about = unquote(about[2]!.trim());
    }
  }
  return { kind: 'command', command, input: unquote(input.trim()), options };
}

/** `--doc ID` and `--about TEXT` anywhere in the line, as the CLI takes them. */
function takeOptions(text: string): { rest: string; options: QueryOptions } {
  const options: QueryOptions = {};
  const rest = text
    .replace(/(?:^|\s)--(doc|about)(?:=|\s+)("[^"]*"|\S+)/gi, (_m, key: string, value: string) => {
      options[key.toLowerCase() as 'doc' | 'about'] = unquote(value);
      return ' ';
    })
    .replace(/\s+/g, ' ')
    .trim();
  return { rest, options };
}

const unquote = (s: string): string => s.replace(/^["“](.*)["”]$/s, '$1');

/** The known command nearest to a typed one ("/qoute" → "quote"), by edit distance, a prefix counting as nearest. */
export function nearest(name: string): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of ALL) {
    const d = c.startsWith(name) && name.length >= 2 ? 0 : distance(name, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return best;
}

/** Edit distance with adjacent swaps (Damerau, restricted). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/** `/help`: every command with an example. `speaker` makes the examples real for the loaded articles. */
export function helpText(speaker: string | null): string {
  const who = speaker ?? 'a name';
  const surname = speaker?.split(/\s+/).pop() ?? 'a name';
  return [
    'Type a question in plain words, or a command:',
    `  <question>                  the cited answer, e.g.  what did ${surname} say?`,
    `  more                        the next passages of the last answer (also "tell me more")`,
    `  and <name>?                 the last question again about someone else; "he", "she", "they" mean the last answer's names`,
    `  /quote [speaker] [about X]  quotes, e.g.  /quote ${surname} about the talks`,
    `  /who <name>                 a profile, e.g.  /who ${who}`,
    `  /search <words>             ranked passages, e.g.  /search peace agreement`,
    `  /facts [about]              who did what, when and where, e.g.  /facts ${surname}`,
    `  /verify "<claimed quote>"   exact, close, misquote or absent, e.g.  /verify "we signed an agreement"`,
    `  /cite <words or quote id>   a citation ready to paste, e.g.  /cite peace agreement`,
    `  /sources                    the articles loaded`,
    `  /help                       this list`,
    `  quit, exit or Ctrl+C        leave (Ctrl+C on a half-typed line clears it)`,
    'Options on any line: --doc ID (one article), --about TEXT (for /quote).',
  ].join('\n');
}
