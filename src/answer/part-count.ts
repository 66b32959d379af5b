// "How many episodes of X are there?" against "a reairing of the first two episodes": a count
// after "the first", "the last" or "the next" picks some of them out, and says nothing of how
// many there are in all.

/** Words before a count that pick a part out of a whole: "the first two", "the last three". */
const PICKING = /\b(first|last|next|final|opening|remaining|other)\s*$/i;

/** Units of time after the count: "the next three hundred years" is a length of time, no part. */
const TIME_UNIT = '(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)';
const TIME_AFTER = new RegExp(`^\\s*${TIME_UNIT}\\b`, 'i');
const TIME_ENDING = new RegExp(`\\b${TIME_UNIT}$`, 'i');

/**
 * Whether the sentence writes the count answered only right after a word picking a part out
 * ("the first two episodes"), a word the question does not give itself.
 */
export function countsOnlyAPart(
  q: { slot: string; tokens: readonly { text: string }[] },
  sentence: string,
  span: string,
): boolean {
  if (q.slot !== 'count') return false;
  const asked = new Set(q.tokens.map((t) => t.text.toLowerCase()));
  let seen = false;
  for (let at = sentence.indexOf(span); at >= 0; at = sentence.indexOf(span, at + 1)) {
    const picked = PICKING.exec(sentence.slice(Math.max(0, at - 20), at));
    const time = TIME_ENDING.test(span) || TIME_AFTER.test(sentence.slice(at + span.length));
    if (!picked || asked.has(picked[1]!.toLowerCase()) || time) return false;
    seen = true;
  }
  return seen;
}
