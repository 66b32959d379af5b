// Checks what a user typed before any work is done, so every bad input gets a clear message.
import type { QueryOptions, Result } from './result.js';

export const MAX_INPUT_CHARS = 2000;
const NEEDS_INPUT = new Set(['ask', 'who', 'search', 'verify', 'cite']);
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export function inputProblem(command: string, input: string, options: QueryOptions, docIds: (id: string) => boolean, docList: () => string[]): string | null {
  if (CONTROL.test(input) || (options.about && CONTROL.test(options.about))) {
    const ch = (CONTROL.exec(input) ?? CONTROL.exec(options.about ?? ''))![0];
    return `The input contains a control character (U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}); type plain text.`;
  }
  if (input.length > MAX_INPUT_CHARS) return `The input is too long (${input.length} characters; at most ${MAX_INPUT_CHARS}).`;
  if ((options.about ?? '').length > MAX_INPUT_CHARS) return `The topic is too long (at most ${MAX_INPUT_CHARS} characters).`;
  if (NEEDS_INPUT.has(command) && !/[\p{L}\p{N}]/u.test(input)) {
    return input.trim() ? `“${input.trim().slice(0, 40)}” has no words to look for.` : `${command} needs some text: for example ${EXAMPLES[command]}.`;
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

export function errorResult(command: string, input: string, message: string): Result {
  return { command, input, found: false, answer: null, citations: [], quotes: [], facts: [], message, error: true };
}
