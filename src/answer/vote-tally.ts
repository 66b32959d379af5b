// A vote's result is written as a pair: "approved the repair by seven votes to two", "backed by
// councillors by 41 votes to 9". The first number is the side the clause's verb takes (those who
// approved, or those who rejected), the second the other side; so "how many voted for the plan"
// is the first after "approved" and the second after "rejected", and never the other.
import type { Tok } from '../corpus/corpus.js';
import type { Question } from './question.js';

type Side = 'for' | 'against';

/** Question words that ask one side of a vote. */
const SIDE_ASKED = new Map<string, Side>([
  ['for', 'for'],
  ['favour', 'for'],
  ['favor', 'for'],
  ['support', 'for'],
  ['back', 'for'],
  ['approve', 'for'],
  ['against', 'against'],
  ['oppose', 'against'],
  ['reject', 'against'],
]);

/** Verbs whose clause's tally counts the side for, or against, what it is done to. */
const SIDE_OF_VERB = new Map<string, Side>([
  ['approve', 'for'],
  ['back', 'for'],
  ['pass', 'for'],
  ['support', 'for'],
  ['endorse', 'for'],
  ['adopt', 'for'],
  ['agree', 'for'],
  ['reject', 'against'],
  ['oppose', 'against'],
  ['block', 'against'],
  ['defeat', 'against'],
  ['veto', 'against'],
]);

/** Words between the tally and the verb it belongs to, at most: "approved the repair of the bridge on Tuesday by ...". */
const VERB_REACH = 12;

/**
 * The count of the side a "how many ... voted for / against" question asks, from a tally in
 * the sentence ("by 41 votes to 9"), or null when the question asks no side or the sentence
 * has no tally whose side its verb tells.
 */
export function tallyAnswer(q: Question, toks: readonly Tok[]): string | null {
  const asked = askedSide(q);
  if (!asked) return null;
  for (let i = 0; i < toks.length; i++) {
    const tally = tallyAt(toks, i);
    if (!tally) continue;
    const verb = toks
      .slice(Math.max(0, i - VERB_REACH), i)
      .reverse()
      .find((t) => t.pos === 'VERB' && SIDE_OF_VERB.has(t.lemma));
    if (!verb) continue;
    return SIDE_OF_VERB.get(verb.lemma) === asked ? tally.first : tally.second;
  }
  return null;
}

/** The side a question asks: "voted for", "opposed", "in favour"; null when it asks none. */
function askedSide(q: Question): Side | null {
  const voting = q.tokens.some((t) => t.lemma === 'vote');
  for (const t of q.tokens) {
    const side = SIDE_ASKED.get(t.lemma.toLowerCase()) ?? SIDE_ASKED.get(t.text.toLowerCase());
    // "for" and "against" ask a side only of a vote: "how many came for the match" does not.
    if (side && (t.pos === 'VERB' || voting)) return side;
  }
  return null;
}

/** "by 41 votes to 9", "by seven votes to two", "by 41 to 9" starting at `i` (the "by"). */
function tallyAt(toks: readonly Tok[], i: number): { first: string; second: string } | null {
  if (toks[i]?.text.toLowerCase() !== 'by' || toks[i + 1]?.pos !== 'NUM') return null;
  let k = i + 2;
  if (/^votes?$/i.test(toks[k]?.text ?? '')) k++;
  if (toks[k]?.text.toLowerCase() !== 'to' || toks[k + 1]?.pos !== 'NUM') return null;
  return { first: toks[i + 1]!.text, second: toks[k + 1]!.text };
}
