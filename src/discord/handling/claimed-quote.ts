// What a right-clicked message claims was said: the words it puts in quotation marks, with the
// speaker it names right before them ("Nessar said: “...”"), else the whole message.
import { ALL_PERSONS, pronouns, wordIn } from '../../text/function-words.js';

/** "he said": a pronoun, not a speaker worth naming. */
const NAMES_NOBODY = wordIn(pronouns(ALL_PERSONS, ['subject']));

const QUOTED = /[“"«„]([^“”"«»„]{2,})[”"»“]/gu;
/** "Nessar said:", "the minister told reporters," right before the quotation: kept so /verify checks the speaker too. */
const SPEAKER_BEFORE =
  /((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+(?:said|says|told \S+|stated|added|claimed|wrote|tweeted)\s*[:,]?\s*$/u;

export function claimedQuote(message: string): string {
  let best: RegExpExecArray | null = null;
  for (const m of message.matchAll(QUOTED)) if (!best || m[1]!.length > best[1]!.length) best = m;
  if (!best) return message.trim();
  const words = best[1]!.trim();
  const speaker = SPEAKER_BEFORE.exec(message.slice(0, best.index));
  return speaker && !NAMES_NOBODY.test(speaker[1]!) ? `${speaker[1]} said ${words}` : words;
}
