// How much of the question one clause of a sentence holds. A sentence that has every word asked
// spread over three clauses ("The duke, who ruled Normandy, founded the abbey that the monks
// later left") relates them less surely than one whose single clause holds them together: the
// question's arguments are then the arguments of one verb.
import { OPENERS } from './clauses.js';
import type { SentencePieces } from './contrast.js';

/** A question word as coverage weighs it: its weight, and the stems that stand for it with their shares. */
export interface ClauseWord {
  weight: number;
  optional: boolean;
  /** Each stem's share. */
  shareByStem: ReadonlyMap<string, number>;
}

/** Marks that end a clause: commas, semicolons, colons, brackets, dashes, quotation marks. */
const BREAKS = /[,;:()[\]"“”«»–—]|\s-\s/gu;

/**
 * The clause each word of the sentence stands in (-1 for an empty piece), counting from 0: a
 * clause ends at the marks that end one and before the words that open one (clauses.ts's
 * conjunctions and relative words). Read from the sentence's own words, not from its article's
 * stored tokens: decoding those for each candidate cost a fifth of ask's time. `lower`: the
 * sentence in lower case, whose pieces `pieces` are.
 */
function clausesOf(lower: string, pieces: readonly string[]): { at: Int32Array; count: number } {
  // Where the marks stand: every one lies between two words, as no mark is a letter or digit.
  const marks: number[] = [];
  BREAKS.lastIndex = 0;
  for (let m = BREAKS.exec(lower); m; m = BREAKS.exec(lower)) marks.push(m.index);
  const at = new Int32Array(pieces.length).fill(-1);
  let count = 0;
  let words = 0;
  let pos = 0;
  let mark = 0;
  for (let i = 0; i < pieces.length; i++) {
    const word = pieces[i]!;
    if (!word) continue;
    const start = lower.indexOf(word, pos);
    let broken = false;
    while (mark < marks.length && marks[mark]! < start) {
      broken = true;
      mark++;
    }
    if (words && (broken || OPENERS.has(word))) {
      count++;
      words = 0;
    }
    at[i] = count;
    words++;
    pos = start + word.length;
  }
  return { at, count: words ? count + 1 : count };
}

/**
 * Of the question's weighed words the sentence holds (those not optional, each counted at its
 * best stand-in's share), the largest share that stand inside one clause. 1 when one clause
 * holds all the sentence matches; 0 for a sentence without a word asked. How many words the
 * sentence holds at all is coverage's to weigh, not this part's. `lower`: the sentence in lower
 * case; `sentence`: its pieces (lowerPieces) and their stems.
 */
export function clauseShare(words: readonly ClauseWord[], lower: string, sentence: SentencePieces): number {
  const asked = words.filter((w) => !w.optional && w.weight > 0);
  if (!asked.length) return 0;
  const { at, count } = clausesOf(lower, sentence.pieces);
  // best[j * count + c]: the best share of asked word j in clause c.
  const best = new Float64Array(asked.length * count);
  for (let i = 0; i < at.length; i++) {
    const c = at[i]!;
    if (c < 0) continue;
    const st = sentence.stems[i]!;
    for (let j = 0; j < asked.length; j++) {
      const share = asked[j]!.shareByStem.get(st);
      if (share !== undefined && share > best[j * count + c]!) best[j * count + c] = share;
    }
  }
  let whole = 0;
  for (let j = 0; j < asked.length; j++) {
    let anywhere = 0;
    for (let c = 0; c < count; c++) anywhere = Math.max(anywhere, best[j * count + c]!);
    whole += asked[j]!.weight * anywhere;
  }
  if (!whole) return 0;
  let most = 0;
  for (let c = 0; c < count; c++) {
    let got = 0;
    for (let j = 0; j < asked.length; j++) got += asked[j]!.weight * best[j * count + c]!;
    most = Math.max(most, got / whole);
  }
  return most;
}
