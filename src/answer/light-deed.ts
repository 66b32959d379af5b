// "Who made a donation to the fund?": a verb that says little ("make", "give", "take") names the
// deed by the noun it acts on, and an article may write that deed as its own verb ("X donated").
import type { Token } from '../nlp/annotate.js';

/** Verbs whose object names the deed done: "made an offer", "gave a speech", "took a decision". */
const DEED_MAKERS = new Set(['make', 'give', 'take']);
/** Words between such a verb and its noun: "made a very large donation". */
const BEFORE_NOUN = /^(DET|ADJ|ADV|NUM)$/;

/** Positions of the nouns the question's deed-making verbs act on. */
export function lightDeedNouns(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !DEED_MAKERS.has(t.lemma)) return;
    let k = i + 1;
    while (tokens[k] && BEFORE_NOUN.test(tokens[k]!.pos)) k++;
    if (tokens[k]?.pos === 'NOUN') out.push(k);
  });
  return out;
}
