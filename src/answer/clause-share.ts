// How much of the question one clause of a sentence holds. A sentence that has every word asked
// spread over three clauses ("The duke, who ruled Normandy, founded the abbey that the monks
// later left") relates them less surely than one whose single clause holds them together: the
// question's arguments are then the arguments of one verb.
import { stemOf } from '../nlp/annotate.js';
import { OPENERS } from './clauses.js';

/** A question word as coverage weighs it: its weight, and the stems that stand for it with their shares. */
export interface ClauseWord {
  weight: number;
  optional: boolean;
  stems: string[];
  shares: number[];
}

/** Marks that end a clause: commas, semicolons, colons, brackets, dashes, quotation marks. */
const BREAKS = /[,;:()[\]"“”«»–—]|\s-\s/u;

/**
 * The sentence cut into clauses as stems: at the marks that end one and before the words that open
 * one (clauses.ts's conjunctions and relative words). Cut from the text, not from its article's
 * stored tokens: decoding those for each candidate cost a fifth of ask's time.
 */
function clauseStems(text: string): Set<string>[] {
  const out: Set<string>[] = [];
  for (const part of text.toLowerCase().split(BREAKS)) {
    let clause = new Set<string>();
    for (const word of part.split(/[^\p{L}\p{N}]+/u)) {
      if (!word) continue;
      if (OPENERS.has(word) && clause.size) {
        out.push(clause);
        clause = new Set();
      }
      clause.add(stemOf(word));
    }
    if (clause.size) out.push(clause);
  }
  return out;
}

/**
 * Of the question's weighed words the sentence holds (those not optional, each counted at its
 * best stand-in's share), the largest share that stand inside one clause. 1 when one clause
 * holds all the sentence matches; 0 for a sentence without a word asked. How many words the
 * sentence holds at all is coverage's to weigh, not this part's.
 */
export function clauseShare(words: readonly ClauseWord[], text: string): number {
  const asked = words.filter((w) => !w.optional && w.weight > 0);
  if (!asked.length) return 0;
  const clauses = clauseStems(text);
  const shareIn = (w: ClauseWord, stems: (st: string) => boolean) => {
    let best = 0;
    for (let k = 0; k < w.stems.length; k++) if (w.shares[k]! > best && stems(w.stems[k]!)) best = w.shares[k]!;
    return best;
  };
  let whole = 0;
  for (const w of asked) whole += w.weight * shareIn(w, (st) => clauses.some((c) => c.has(st)));
  if (!whole) return 0;
  let most = 0;
  for (const c of clauses) {
    let got = 0;
    for (const w of asked) got += w.weight * shareIn(w, (st) => c.has(st));
    most = Math.max(most, got / whole);
  }
  return most;
}
