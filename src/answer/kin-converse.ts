// Kinship both ways: "Ada, sister of Tomas" says Tomas is Ada's brother, so "who was Ada's
// brother?" is answered by a passage that writes "sister", which is otherwise the opposite word.
// Only the relations that are their own converse: a sibling's sibling, a spouse's spouse ("mother
// of X" makes X no one's father).
import type { Token } from '../nlp/annotate.js';
import { isPossessiveMark } from '../text/words.js';

/** Kin nouns of a relation that holds both ways, each with the other sex's. */
const SYMMETRIC_KIN = new Map([
  ['brother', 'sister'],
  ['sister', 'brother'],
  ['husband', 'wife'],
  ['wife', 'husband'],
]);

/** Words of the owner's name at most before the kin noun it is given: "Ada Maria Berg, sister of". */
const NAME_WORDS = 3;

/**
 * The one whose kin the question asks for ("ada" of "who was Ada's brother"), lower case, when the
 * kin noun at `at` is of a relation that holds both ways; else null.
 */
export function kinOwner(tokens: readonly Token[], at: number): string | null {
  if (!SYMMETRIC_KIN.has(tokens[at]?.lemma ?? '') || !isPossessiveMark(tokens[at - 1]?.text ?? '')) return null;
  return tokens[at - 2]?.text.toLowerCase() ?? null;
}

/**
 * Whether a sentence's words (lower case, in order) give the owner the other kin noun of the
 * relation asked, of someone else: "Ada, sister of Tomas", "Tomas's sister Ada". That one is then
 * the owner's kin of the relation asked.
 */
export function namesOwnerAsKin(owner: string, kin: string, words: readonly string[]): boolean {
  const other = SYMMETRIC_KIN.get(kin);
  // The owner's name may run to a few words: "Ada Berg, sister of", "'s sister Ada Berg".
  const before = (i: number) => words.slice(Math.max(0, i - NAME_WORDS), i).includes(owner);
  const after = (i: number) => words.slice(i + 1, i + 1 + NAME_WORDS).includes(owner);
  return words.some(
    (w, i) => w === other && ((before(i) && words[i + 1] === 'of') || (words[i - 1] === 's' && after(i))),
  );
}
