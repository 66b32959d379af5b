// Numbers a sentence writes that count nothing, so never answer "how many": an age ("adults aged
// 18–49" counts no episodes, nor "X, 48, of Ashby" anything), "one" standing for a noun
// already named ("the other one"), and a share of something ("by almost a fifth").
import type { Tok } from '../corpus/corpus.js';
import { setOffAge } from './measure-asked.js';
import { FRACTION_WORD } from '../extract/amounts.js';

/** Words before a number that make it an age: "aged 18", "ages 18 to 49", "age 65". */
const AGE_WORD = /^(aged?|ages)$/i;

/** People whose age "over" or "under" and a bare number after them give: "people over 65". */
const PEOPLE_NOUNS = /^(people|adults|children|men|women|those|patients|pensioners|anyone|everyone)$/i;

/** Words before "one" that still count it: "only one", "at least one", "exactly one". */
const COUNTING_ONE = /^(only|just|least|most|about|exactly|nearly|almost|over|under|than|some|any|no|each|every)$/i;

/** Whether the number at token `at` (its amount starting at `from`) counts nothing: an age, or "one" as a pronoun. */
export function countsNothing(toks: readonly Tok[], from: number, at: number): boolean {
  // The second number of a range is an age too: "aged 18–49", "ages 18 to 49", "aged between 18 and 49".
  let k = from;
  while (/^([–-]|to|and)$/i.test(toks[k - 1]?.text ?? '') && /^\d/.test(toks[k - 2]?.text ?? '')) k -= 2;
  if (/^between$/i.test(toks[k - 1]?.text ?? '')) k--;
  if (AGE_WORD.test(toks[k - 1]?.text ?? '') || (from === at && setOffAge(toks, at))) return true;
  // "people over 65", "children under 12": the number after them is their age, when nothing follows it.
  if (
    /^(over|under)$/i.test(toks[from - 1]?.text ?? '') &&
    PEOPLE_NOUNS.test(toks[from - 2]?.text ?? '') &&
    toks[at + 1]?.pos !== 'NOUN'
  )
    return true;
  const t = toks[at]!;
  const next = toks[at + 1];
  // "one" after a determiner or an adjective with no noun after it stands for a noun named
  // before: "the other one", "a white one".
  const prev = toks[at - 1];
  return (
    /^one$/i.test(t.text) &&
    !!prev &&
    /^(DET|ADJ)$/.test(prev.pos) &&
    !COUNTING_ONE.test(prev.text) &&
    !/^(NOUN|ADJ|PROPN|NUM)$/.test(next?.pos ?? '') &&
    !/^of$/i.test(next?.text ?? '')
  );
}

/** Whether the number written from token `at` to `end` is a fraction ("almost a fifth", "two-thirds"): a share, never how many. */
export function isFraction(toks: readonly Tok[], at: number, end: number): boolean {
  return toks.slice(at, end + 1).some((t) => FRACTION_WORD.test(t.text));
}
