// Where quotations stand in a text: the marks that open and close them (curly, straight, mismatched,
// ''), per paragraph, and which quoted runs are titles rather than anyone's words.
import type { Span } from '../../text/span.js';

/**
 * Opening marks, with the two apostrophes some newspapers write for a quotation mark, and a closing
 * curly mark set where an opening one belongs (”Fear. I am afraid ...”), taken as one only there.
 */
export const OPENER = /[“„«"”]|''/g;

/**
 * The marks that close each opening mark, the one that matches first: a straight and a curly mark
 * close each other only when the matching one does not come, a slip that is common in copy.
 */
export const CLOSERS_FOR: Record<string, string[]> = {
  '“': ['”', '"'],
  '„': ['“', '”'],
  '«': ['»'],
  '"': ['"', '”'],
  '”': ['”', '"'],
  "''": ["''"],
};

/** Where the quotation that opens before `from` closes, by the closers in order of preference, before `limit`; `limit` when none. */
export function nextCloser(
  text: string,
  closers: string[],
  from: number,
  limit: number,
): { at: number; length: number } {
  for (const c of closers) {
    let at = text.indexOf(c, from);
    // A closing curly mark that shuts a quotation nested inside ("… what he calls “hell” than …",
    // "PENCE: … “Shark Tank.” But …") is not this one's.
    while (c === '”' && at >= 0 && at < limit && opensBefore(text, from, at)) at = text.indexOf(c, at + 1);
    if (at >= 0 && at < limit) return { at, length: c.length };
  }
  return { at: limit, length: 0 };
}

/** Whether a curly quotation opened between `from` and `at` is still open at `at`: the mark there is its close. */
function opensBefore(text: string, from: number, at: number): boolean {
  let open = 0;
  for (let k = from; k < at; k++) {
    if (text[k] === '“') open++;
    else if (text[k] === '”' && open > 0) open--;
  }
  return open > 0;
}

/** A closing curly mark opens a quotation only at the start of a line or after a space, before a word. */
function opensWithCloser(text: string, i: number): boolean {
  return (i === 0 || /\s/.test(text[i - 1]!)) && /\p{L}/u.test(text[i + 1] ?? '');
}

/** A quoted run of at most this many capitalised words ("Morning Joe") is a title, not speech. */
export const TITLE_MAX_WORDS = 4;

/** Short, every word capitalised, no sentence inside: a title or a name in quotation marks. */
export function isTitle(text: string, q: Quotation): boolean {
  // American style sets the comma inside the marks: “War On Drugs,” is still a title.
  const words = text.slice(q.start, q.end).replace(/,$/, '').split(/\s+/).filter(Boolean);
  if (words.length > TITLE_MAX_WORDS || /[.!?,;:]$/.test(words[words.length - 1] ?? '')) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}(]/u.test(w) || (i > 0 && /^(of|the|and|a|an|in|on|to|for)$/.test(w)));
}

/** A quotation: its marks at open and close (close is past the closing mark), its words start..end; closed unless left open. */
export interface Quotation extends Span {
  open: number;
  close: number;
  closed: boolean;
}

/** A line break, then a line that opens with a quotation mark. */
const LINE_OPENER = /\n[ \t\u00a0]*(?:[“„«"]|'')/g;

/** Quoted spans per paragraph; an opening mark never closed runs to the paragraph's end. */
export function findQuotedSpans(text: string, paragraphs: { start: number; end: number }[]): Quotation[] {
  const spans: Quotation[] = [];
  // The first opening mark at or after `searchedFrom` (text.length if none), kept between calls
  // so that text without quotes is read once, not once per paragraph.
  let searchedFrom = Infinity;
  let opener = -1;
  const nextOpener = (from: number): number => {
    if (opener < from || from < searchedFrom) {
      OPENER.lastIndex = searchedFrom = from;
      opener = OPENER.exec(text)?.index ?? text.length;
    }
    return opener;
  };
  // Likewise the next line that opens with a quotation mark.
  let lineSearchedFrom = Infinity;
  let lineOpener = -1;
  const nextLineOpener = (from: number): number => {
    if (lineOpener < from || from < lineSearchedFrom) {
      LINE_OPENER.lastIndex = lineSearchedFrom = from;
      lineOpener = LINE_OPENER.exec(text)?.index ?? text.length;
    }
    return lineOpener;
  };
  for (const p of paragraphs) {
    let i = p.start;
    while (i < p.end) {
      i = nextOpener(i);
      if (i >= p.end) break;
      const ch = text.startsWith("''", i) ? "''" : text[i]!;
      const straight = ch === '"' || ch === "''";
      if ((straight && /\w/.test(text[i - 1] ?? '')) || (ch === '”' && !opensWithCloser(text, i))) {
        i += ch.length;
        continue;
      }
      // Where paragraphs are set off by single line breaks, a quotation left open at a line's end
      // stops there when the next line opens a quotation of its own.
      const limit = Math.min(p.end, nextLineOpener(i + ch.length));
      const closer = nextCloser(text, CLOSERS_FOR[ch]!, i + ch.length, limit);
      let j = closer.at;
      if (j >= limit) j = limit;
      // A straight mark after a space and before a word opens the next quotation ("... shortly.
      // "Comparing ..."): the one before was left open, a slip the next mark must not close.
      const reopens = straight && j < limit && /\s/.test(text[j - 1]!) && /\w/.test(text[j + closer.length] ?? '');
      let start = i + ch.length;
      let end = j;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start)
        spans.push({
          open: i,
          close: reopens ? end : Math.min(j + Math.max(closer.length, 1), limit),
          start,
          end,
          closed: !reopens && j < limit,
        });
      i = reopens ? j : j + Math.max(closer.length, 1);
    }
  }
  return spans;
}

/** Whether `offset` lies in one of the spans, which come sorted and disjoint: a binary search. */
export function inSpan(spans: Quotation[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = spans[mid]!;
    if (offset < q.open) hi = mid - 1;
    else if (offset >= q.close) lo = mid + 1;
    else return true;
  }
  return false;
}
