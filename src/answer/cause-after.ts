// "Why was the launch delayed?" against "The launch has been postponed for a week after engineers
// found a fuel leak": news gives the cause of a deed done to something as what happened just
// before it, in a clause after "after". Only a clause (a verb of its own) right after the deed
// asked: "closed after two years" is a length, "after the war" a time.
import type { Tok } from '../corpus/corpus.js';

/** Tokens between the deed asked and its "after" at most: "closed the line between X and Y after". */
const AFTER_REACH = 10;

/** The "after" clause following one of the asked deed's positions (`verbAt`), as written; null when none. */
export function causeAfterDeed(toks: readonly Tok[], text: string, verbAt: readonly number[]): string | null {
  for (const v of verbAt) {
    for (let i = v + 1; i < toks.length && i - v <= AFTER_REACH; i++) {
      const t = toks[i]!;
      if (/^[,;.]$/.test(t.text) || (t.pos === 'VERB' && i > v + 1)) break;
      if (t.text.toLowerCase() !== 'after') continue;
      let end = i + 1;
      while (end < toks.length && !/^[,;.]$/.test(toks[end]!.text)) end++;
      const clause = toks.slice(i + 1, end);
      if (!clause.some((x) => x.pos === 'VERB' && !/ing$/i.test(x.text))) return null;
      return text.slice(t.start, toks[end - 1]!.end);
    }
  }
  return null;
}
