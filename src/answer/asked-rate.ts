// "How many people cross the border annually?": a rate is asked, which a passage giving a total
// ("about 11 million live there") does not give, however well it matches the other words. Only
// an amount written by the year, the day or the like answers it ("40,000 a year", "daily").

/** A rate in words: "annually", "per year", "a day", "each week", "every month". */
const RATE =
  /\b(?:annual(?:ly)?|yearly|daily|weekly|monthly|hourly|(?:per|a|an|each|every)\s+(?:year|annum|month|week|day|night|hour|minute|second|season))\b/i;

/** Whether a "how many" or "how much" question asks its amount as a rate. */
export function asksARate(q: { wh: string; tokens: readonly { text: string }[]; whAt: number; text: string }): boolean {
  const next = q.tokens[q.whAt + 1]?.text.toLowerCase();
  return q.wh === 'how' && (next === 'many' || next === 'much') && RATE.test(q.text);
}

/** Whether the sentence writes no rate at all. */
export function writesNoRate(sentence: string): boolean {
  return !RATE.test(sentence);
}
