// Checks what a user typed before any work is done, so every bad input gets a clear message.
import type { QueryOptions, Result } from './result.js';

export const MAX_INPUT_CHARS = 2000;
const NEEDS_INPUT = new Set(['ask', 'who', 'search', 'verify', 'cite']);
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Characters that change how text is shown but not what it says: bidirectional overrides and
 * isolates, zero-width spaces and joiners, the BOM, the soft hyphen. Echoed back, a right-to-left override makes
 * an answer's title read backwards; they are taken out of what users type before anything else.
 */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c]/g;

export function withoutInvisibles(s: string): string {
  return s.replace(INVISIBLE, '');
}

/**
 * What a user typed, read as plain text: compatibility forms folded (full-width letters as a
 * phone keyboard may type them, ligatures) and invisibles taken out, so "ｗｈｏ" asks "who".
 */
export function typedText(s: string): string {
  return withoutInvisibles(s.normalize('NFKC'));
}

/** The most of a user's input an error result repeats back. */
export const MAX_ECHO_CHARS = 200;

export function inputProblem(
  command: string,
  input: string,
  options: QueryOptions,
  docIds: (id: string) => boolean,
  docList: () => string[],
): string | null {
  if (CONTROL.test(input) || (options.about && CONTROL.test(options.about))) {
    const ch = (CONTROL.exec(input) ?? CONTROL.exec(options.about ?? ''))![0];
    return `The input contains a control character (U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}); type plain text.`;
  }
  if (input.length > MAX_INPUT_CHARS)
    return `The input is too long (${input.length} characters; at most ${MAX_INPUT_CHARS}).`;
  if ((options.about ?? '').length > MAX_INPUT_CHARS)
    return `The topic is too long (at most ${MAX_INPUT_CHARS} characters).`;
  if (NEEDS_INPUT.has(command) && !/[\p{L}\p{N}]/u.test(input)) {
    return input.trim()
      ? `“${input.trim().slice(0, 40)}” has no words to look for.`
      : `${command} needs some text: for example ${EXAMPLES[command]}.`;
  }
  if (options.doc !== undefined && !docIds(options.doc)) {
    const known = docList();
    return `No article with the id “${options.doc.slice(0, 80)}”. Loaded: ${known.slice(0, 10).join(', ')}${known.length > 10 ? ` and ${known.length - 10} more` : ''}.`;
  }
  return null;
}

const EXAMPLES: Record<string, string> = {
  ask: 'ask "Who visited Moscow?"',
  who: 'who "Stanikzai"',
  search: 'search "peace deal"',
  verify: 'verify "We signed a peace agreement"',
  cite: 'cite "We signed a peace agreement"',
};

/** An input too long to use is named, not repeated: only its start is echoed back. */
export function errorResult(command: string, input: string, message: string): Result {
  const echo = withoutInvisibles(input.length > MAX_ECHO_CHARS ? `${input.slice(0, MAX_ECHO_CHARS)}…` : input);
  return {
    command: command.slice(0, MAX_ECHO_CHARS),
    input: echo,
    found: false,
    answer: null,
    citations: [],
    quotes: [],
    facts: [],
    message,
    error: true,
  };
}

/** Absolute paths (POSIX or Windows) in a message, each reduced to its last part. */
const ABSOLUTE_PATH = /(?<![\w:/.\\])(?:[A-Za-z]:\\|\/)(?:[^\s/\\:'"“”]+[/\\])+([^\s/\\:'"“”]+)/g;

/** A message as people outside the server may see it: file names, never the server's folders. */
export function withoutPaths(message: string): string {
  return message.replace(ABSOLUTE_PATH, '$1');
}
