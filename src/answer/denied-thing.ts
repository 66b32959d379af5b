// A thing the question asks of, written only as what the passage denies. "What cells do plants
// have?" against "plants lack phagocytic cells", "What makes detection more likely?" against
// "thus avoiding detection": the passage says the thing is not there, or does not happen, so it
// answers no question that takes it as given. The mirror of denied-deed.ts for nouns: a verb that
// denies its object ("lack", "avoid", "prevent") stands where that file reads a "not".
import type { Corpus } from '../corpus/corpus.js';
import { NEGATIVE_WORD } from './contrast.js';
import type { Question } from './question.js';

/** Words that deny the thing after them: "lacking sufficient protein", "precludes the need", "without a permit". */
const DENYING =
  /^(?:lack\w*|fail\w*|refus\w*|reject\w*|den(?:y|ies|ied|ying)|prevent\w*|prohibit\w*|forb[ai]d\w*|avoid\w*|preclud\w*|stop\w*|block\w*|inhibit\w*|suppress\w*|without)$/;
/** Words from a denying word to the noun it denies: "lack any true hox genes". */
const DENIED_REACH = 3;

/** Whether the question takes a noun as given that the sentence writes once, as what a denying word denies. */
export function deniesTheThingAsked(corpus: Corpus, q: Question, gid: number): boolean {
  // A question that denies something itself asks what is not there; words typed with no question
  // word ("Dunn said present rules shold any crash") ask nothing of a thing.
  if (
    q.expects === 'yesno' ||
    q.wh === 'other' ||
    q.tokens.some((t) => {
      const w = t.text.toLowerCase();
      return NEGATIVE_WORD.test(w) || DENYING.test(w) || /^n['’]t$/.test(w);
    }) ||
    // A denying word typed with a slip ("avod") is read as the word it stands for.
    q.groups.some((g) => [...g.stems.keys()].some((st) => DENYING.test(st)))
  )
    return false;
  const asked = new Set(q.tokens.filter((t) => t.pos === 'NOUN').map((t) => t.stem));
  if (!asked.size) return false;
  const toks = corpus.tokens(gid);
  return toks.some((t, j) => {
    if (!DENYING.test(t.text.toLowerCase())) return false;
    // The first noun after the denying word is the thing it denies ("avoiding detection by T cells": detection).
    const noun = toks.slice(j + 1, j + 1 + DENIED_REACH).find((x) => x.pos === 'NOUN');
    return !!noun && asked.has(noun.stem) && toks.filter((x) => x.stem === noun.stem).length === 1;
  });
}
