// "When did the robbery happen?" against "Two men were arrested on Tuesday on suspicion of
// robbery": an event named only as what someone is suspected, accused or convicted of is the
// charge, and the sentence's date is the arrest's or the trial's, not the event's.
import type { Tok } from '../corpus/corpus.js';

/** Words a charge follows: "on suspicion of", "accused of", "charged with", "jailed for". */
const CHARGE_WORDS = new Set([
  'suspicion',
  'suspected',
  'accused',
  'convicted',
  'guilty',
  'charged',
  'arrested',
  'jailed',
  'sentenced',
  'cleared',
  'acquitted',
]);
const CHARGE_PREPOSITIONS = new Set(['of', 'with', 'for']);

/**
 * Whether the sentence writes the asked event noun (`asked`: the question's nouns, as lemmas)
 * only as a charge: each time right after a charge word and its preposition.
 */
export function namedOnlyAsCharge(toks: readonly Tok[], asked: ReadonlySet<string>): boolean {
  const at = toks.flatMap((t, i) => (t.pos === 'NOUN' && asked.has(t.lemma) ? [i] : []));
  return (
    at.length > 0 &&
    at.every(
      (i) =>
        CHARGE_PREPOSITIONS.has(toks[i - 1]?.text.toLowerCase() ?? '') &&
        CHARGE_WORDS.has(toks[i - 2]?.text.toLowerCase() ?? ''),
    )
  );
}
