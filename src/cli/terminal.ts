// The terminal mode of `npm start`: an interactive prompt on a TTY, one answer per line of
// standard input otherwise. A session keeps a conversation, so "what did he say" and "more"
// follow the last answer; commands, help and leaving are read before anything is asked.
import { createInterface } from 'node:readline';
import type { Engine } from '../answer/engine.js';
import { warmUp } from '../app/warm-up.js';
import { ContextMemory } from '../conversation/context.js';
import { converse } from '../conversation/converse.js';
import { MemoryStore } from '../state/memory-store.js';
import { plural } from '../app/plural.js';
import { renderText } from './render-text.js';
import { PLAIN, wrap, type Style } from './style.js';
import { helpText, parseTerminalLine } from './terminal-commands.js';

/** How many quoted names the help looks through for a person to use in its examples. */
const HELP_SPEAKERS_TRIED = 10;

/** The terminal has one conversation: the session's. */
const SESSION = 'terminal';
/** Passages an answer shows at first; "more" gives the next ones. */
const FIRST_PASSAGES = 1;

export class TerminalSession {
  private readonly memory = new ContextMemory(new MemoryStore());

  constructor(
    private readonly engine: Engine,
    private readonly style: Style = PLAIN,
    /** `npm start -- --doc ID`: every answer from this article unless a line names another. */
    private readonly doc?: string,
  ) {}

  /** A person quoted in the articles, for the help's examples ("what did Nessar say?"); an organisation would read oddly by its last word. */
  private exampleSpeaker(): string | null {
    const speakers = this.engine.suggestSpeakers('', HELP_SPEAKERS_TRIED).map((c) => c.value);
    return speakers.find((name) => this.engine.run('who', name).entity?.type === 'person') ?? speakers[0] ?? null;
  }

  /** The reply to one line, or null when the line asks to leave. */
  async answer(line: string): Promise<string | null> {
    const parsed = parseTerminalLine(line);
    switch (parsed.kind) {
      case 'empty':
        return '';
      case 'quit':
        return null;
      case 'help':
        return helpText(this.exampleSpeaker());
      case 'unknown':
        return this.style.warn(
          `There is no /${parsed.command} command.${parsed.suggestion ? ` Did you mean /${parsed.suggestion}?` : ''} Type /help for the list.`,
        );
      case 'command':
        return renderText(
          this.engine.run(parsed.command, parsed.input, { doc: this.doc, ...parsed.options }),
          this.style,
        );
      case 'question': {
        const turn = await converse(this.engine, this.memory, SESSION, parsed.text, {
          doc: parsed.options.doc ?? this.doc,
          shown: FIRST_PASSAGES,
        });
        if (turn.kind === 'reply') return turn.text;
        const body = renderText(turn.result, this.style, turn.more ? turn.result.citations.length : undefined);
        return turn.reading ? `${this.style.note(`${turn.reading}:`)}\n${body}` : body;
      }
    }
  }
}

export async function runTerminal(
  engine: Engine,
  interactive: boolean,
  style: Style = PLAIN,
  doc?: string,
): Promise<void> {
  const rl = createInterface({
    input: process.stdin,
    output: interactive ? process.stdout : undefined,
    terminal: interactive,
  });
  const session = new TerminalSession(engine, style, doc);
  const width = (): number | undefined => (interactive ? process.stdout.columns : undefined);
  // Someone at a prompt types for a while: the engine practises meanwhile, so the first answer
  // comes as fast as the later ones. Piped lines are answered at once instead.
  const warming = interactive ? warmUp(engine) : null;
  rl.on('close', () => warming?.stop());
  if (interactive) {
    // Ctrl+C clears a half-typed line, as in a shell; on an empty line it leaves.
    rl.on('SIGINT', () => {
      if (rl.line.length > 0) {
        rl.write(null, { ctrl: true, name: 'e' });
        rl.write(null, { ctrl: true, name: 'u' });
        process.stdout.write('^C\n');
        rl.prompt();
      } else {
        process.stdout.write('\n');
        rl.close();
      }
    });
    const s = engine.stats();
    process.stdout.write(
      wrap(
        `citebot: ${plural(s.documents, 'article')}, ${plural(s.sentences, 'sentence')}, ${plural(s.quotes, 'quote')}. ` +
          `Ask a question, or type /help for the commands. quit, exit, Ctrl+C or Ctrl+D to leave.`,
        width(),
      ) + '\n',
    );
    rl.setPrompt('> ');
    rl.prompt();
  }
  for await (const line of rl) {
    const reply = await session.answer(line);
    if (reply === null) break;
    if (reply) process.stdout.write(wrap(reply, width()) + '\n');
    if (interactive) rl.prompt();
  }
  rl.close();
}
