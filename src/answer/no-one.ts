// "Was anyone seriously injured?" against "No-one was seriously injured": a question of anyone at
// all doing or undergoing a deed is settled No by a clause that says no one did, written with
// the claim's words. A clause that narrows the deed by an adverb the question does not give ("no
// one was seriously hurt" for "was anyone hurt") leaves the plain deed open.
import type { Tok } from '../corpus/corpus.js';
import type { ClauseFrame } from '../extract/clause-frames.js';
import type { Claim, ClaimWord } from './claim.js';

/** Subjects that ask of anyone at all. */
const ANYONE = new Set(['anyone', 'anybody', 'anything']);
/** A subject that says no one at all ("No-one", "no one", "nobody", "none", "nothing"). */
const NO_ONE = /^(no\s*-?\s*one|nobody|none|nothing)$/i;

/**
 * The clause of the sentence that says no one did what the claim asks of anyone; null when none
 * does. `matches` tells whether a token writes a claim word.
 */
export function noOneClause(
  claim: Claim,
  toks: readonly Tok[],
  text: string,
  clauses: readonly ClauseFrame[],
  matches: (w: ClaimWord, t: Tok) => boolean,
): ClauseFrame | null {
  const subject = claim.words.filter((w) => w.role === 'subject');
  if (claim.negated || claim.modal || claim.speaker || subject.length !== 1 || !ANYONE.has(subject[0]!.lemma))
    return null;
  const said = claim.words.filter((w) => w.role !== 'subject');
  if (!said.some((w) => !w.light)) return null;
  return (
    clauses.find((c) => {
      if (!c.subject || c.negated) return false;
      // "No-one" is read as "one" after a determiner: the subject is read from the clause's opening.
      const opening = text.slice(toks[c.from]!.start, toks[c.subject[1] - 1]!.end);
      if (!NO_ONE.test(opening.trim())) return false;
      const own = toks.slice(c.subject[1], c.to);
      const narrows = own.some((t) => t.pos === 'ADV' && !said.some((w) => matches(w, t)));
      return !narrows && said.every((w) => own.some((t) => matches(w, t)));
    }) ?? null
  );
}
