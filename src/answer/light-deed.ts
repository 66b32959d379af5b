// "Who made a donation to the fund?": a verb that says little ("make", "give", "take") names the
// deed by the noun it acts on, and an article may write that deed as its own verb ("X donated").
import type { Token } from '../nlp/annotate.js';
import type { Question } from './question.js';

/** Verbs whose object names the deed done: "made an offer", "gave a speech", "took a decision". */
const DEED_MAKERS = new Set(['make', 'give', 'take']);
/** Words between such a verb and its noun: "made a very large donation". */
const BEFORE_NOUN = /^(DET|ADJ|ADV|NUM)$/;
/** Possessives, which the tagger may read as pronouns: "made its third offer". */
const POSSESSIVE = /^(its|his|her|their|our|my|your)$/i;

/** Positions of the nouns the question's deed-making verbs act on. */
export function lightDeedNouns(tokens: readonly Token[]): number[] {
  const out: number[] = [];
  tokens.forEach((t, i) => {
    if (t.pos !== 'VERB' || !DEED_MAKERS.has(t.lemma)) return;
    let k = i + 1;
    while (tokens[k] && (BEFORE_NOUN.test(tokens[k]!.pos) || POSSESSIVE.test(tokens[k]!.text))) k++;
    if (tokens[k]?.pos === 'NOUN') out.push(k);
  });
  return out;
}

/**
 * The deed-making verbs whose noun an answer must write: "take" makes idioms ("take place", "take
 * part") that an article tells in other words ("the siege of 1097").
 */
const NOUN_NAMED_DEEDS = new Set(['make', 'give']);

/**
 * Whether the question names its deed by a noun after a verb that says little ("when did X make
 * its third offer") that the sentence never writes, nor anything standing for it: "made sales of
 * $19bn last year" tells another deed. Where no article writes the noun, nothing is refused.
 */
export function lacksTheDeedNoun(q: Question, stems: () => ReadonlySet<string>): boolean {
  const p = q.predicate;
  if (p?.kind !== 'verb' || !NOUN_NAMED_DEEDS.has(p.lemma)) return false;
  // The sentence's stems are built once, and only when a noun is to be looked for.
  let written: ReadonlySet<string> | undefined;
  return lightDeedNouns(q.tokens).some((i) => {
    const group = q.groups.find((g) => g.at === i);
    return !!group && group.stems.size > 0 && ![...group.stems.keys()].some((st) => (written ??= stems()).has(st));
  });
}
