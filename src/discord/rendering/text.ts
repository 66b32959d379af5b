// Text as Discord shows it: the one way this bot shortens text to fit a limit (at a word
// boundary, with an ellipsis, never splitting a surrogate pair), block quotes, and markdown
// escaped. Lengths are JS string lengths (UTF-16 units), which is never less than what Discord counts.
const ELLIPSIS = '…';

/** Cuts `text` to at most `max` characters, preferring the last word boundary, and marks the cut. */
export function truncate(text: string, max: number): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  if (max === 1) return ELLIPSIS;
  let cut = max - ELLIPSIS.length;
  // Do not leave half of a surrogate pair at the end.
  if (isHighSurrogate(text.charCodeAt(cut - 1))) cut -= 1;
  const head = text.slice(0, cut);
  // Back up to whitespace when it does not throw away more than a third of the room.
  const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'), head.lastIndexOf('\t'));
  const body = space >= Math.floor(cut * 0.66) ? head.slice(0, space) : head;
  return body.replace(/\s+$/u, '') + ELLIPSIS;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Prefixes every line with "> " so Discord renders the text as a block quote. */
export function blockQuote(text: string): string {
  return text
    .split('\n')
    .map((line) => `> ${line}`)
    .join('\n');
}

/** Escapes Discord markdown so article and user text shows as written, not as formatting. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\*_~`|[\]>#-]/g, (ch: string, offset: number, all: string) => {
    // Hyphens, hashes and ">" only format at the start of a line; elsewhere leave them readable.
    if (ch === '-' || ch === '#' || ch === '>') {
      const atLineStart = offset === 0 || all[offset - 1] === '\n';
      return atLineStart ? '\\' + ch : ch;
    }
    return '\\' + ch;
  });
}
