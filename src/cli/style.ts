// How terminal text looks: colour only on a terminal and never when NO_COLOR is set
// (https://no-color.org), and lines wrapped to the terminal's width with their indent kept.
import pc from 'picocolors';

export interface Style {
  answer(s: string): string;
  quote(s: string): string;
  source(s: string): string;
  note(s: string): string;
  warn(s: string): string;
}

export const PLAIN: Style = { answer: (s) => s, quote: (s) => s, source: (s) => s, note: (s) => s, warn: (s) => s };

/** Colour when writing to a terminal, unless NO_COLOR says otherwise (any value, even empty). */
export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  if (!stream.isTTY || 'NO_COLOR' in env || env.TERM === 'dumb') return PLAIN;
  const c = pc.createColors(true);
  return { answer: c.bold, quote: (s) => s, source: c.dim, note: c.cyan, warn: c.yellow };
}

/** Narrowest width worth wrapping to: below it, wrapping makes text harder to read, not easier. */
const MIN_WRAP = 30;
// Colour codes take no room on screen.
// eslint-disable-next-line no-control-regex -- the escape character is what is matched
const ANSI = /\u001b\[[0-9;]*m/g;
const visible = (s: string): number => s.replace(ANSI, '').length;

/** Wraps each line at word boundaries to `width`, continuing with the line's own indent. */
export function wrap(text: string, width: number | undefined): string {
  if (!width || width < MIN_WRAP) return text;
  return text
    .split('\n')
    .map((line) => {
      if (visible(line) <= width) return line;
      const indent = /^\s*/.exec(line)![0];
      const out: string[] = [];
      let current = '';
      for (const word of line.slice(indent.length).split(/ +/)) {
        const candidate = current ? `${current} ${word}` : word;
        if (current && visible(indent) + visible(candidate) > width) {
          out.push(indent + current);
          current = word;
        } else current = candidate;
      }
      if (current) out.push(indent + current);
      return out.join('\n');
    })
    .join('\n');
}
