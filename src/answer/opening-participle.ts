// "Sentencing him on Tuesday, Judge Ann Roe said ...": a sentence that opens on a participle
// leaves its doer unwritten in that clause; the subject after its comma did it, though that
// subject is also the one who speaks. Saying is then no sign the name only reports the deed.
import type { Tok } from '../corpus/corpus.js';

/** Words that may stand between the comma and the name: a title, an article ("the judge, Ann Roe"). */
const BEFORE_NAME = /^(DET|ADJ|NOUN|PROPN)$/;

/**
 * Whether the name from token `first` is the subject after the comma of an opening participle
 * clause whose verb is one of `verbStems` ("Sentencing him, Judge Roe said" for "who sentenced him").
 */
export function doesTheOpeningDeed(toks: readonly Tok[], first: number, verbStems: ReadonlySet<string>): boolean {
  const opening = toks[0];
  if (opening?.pos !== 'VERB' || !/ing$/i.test(opening.text) || !verbStems.has(opening.stem)) return false;
  const comma = toks.findIndex((t) => t.text === ',');
  return comma > 0 && comma < first && toks.slice(comma + 1, first).every((t) => BEFORE_NAME.test(t.pos));
}
