// The terminal mode of `npm start`: an interactive prompt on a TTY, one answer per line of
// standard input otherwise. A line that starts with a slash command ("/quote Nessar") runs that
// command, as in Discord; anything else is a question, so "Who visited Moscow?" stays a question.
import { createInterface } from 'node:readline';
import type { Engine } from '../answer/engine.js';
import { warmUp } from '../app/warm-up.js';
import { COMMAND_NAMES } from '../answer/result.js';
import { renderText } from './render-text.js';

export function answerLine(engine: Engine, line: string): string {
  const trimmed = line.trim();
  const [first, ...rest] = trimmed.split(/\s+/);
  const command = COMMAND_NAMES.find((c) => `/${c}` === first?.toLowerCase());
  const result = command ? engine.run(command, rest.join(' ').replace(/^"(.*)"$/, '$1')) : engine.run('ask', trimmed);
  return renderText(result);
}

export async function runTerminal(engine: Engine, interactive: boolean): Promise<void> {
  const rl = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, terminal: interactive });
  // Someone at a prompt types for a while: the engine practises meanwhile, so the first answer
  // comes as fast as the later ones. Piped lines are answered at once instead.
  const warming = interactive ? warmUp(engine) : null;
  rl.on('close', () => warming?.stop());
  if (interactive) {
    const s = engine.stats();
    process.stdout.write(`citebot: ${s.documents} article(s), ${s.sentences} sentences, ${s.quotes} quotes. Ask a question, or type a command (${COMMAND_NAMES.map((c) => '/' + c).join(', ')}); Ctrl+D to leave.\n`);
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (line.trim()) process.stdout.write(answerLine(engine, line) + '\n');
    if (interactive) rl.prompt();
  }
}
