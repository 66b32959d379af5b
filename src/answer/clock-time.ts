// "What time will the ceremony start?" asks for a time of day ("at 6 pm", "at noon"): a date or a
// year says which day, not what time, and a passage that gives only those does not answer it.
// "What time period", "what time of year" ask for a stretch of time instead.

/** A time of day as written: "6 pm", "6:30", "10 a.m.", "noon", "midnight", "9 o'clock". */
const CLOCK = /\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b|\b\d{1,2}:\d\d\b|\bo['’]clock\b|\b(?:noon|midnight)\b/i;

export const isClockTime = (text: string): boolean => CLOCK.test(text);

/** Whether the question asks "what time" with nothing after "time" that makes it a stretch ("period", "of year"). */
export function asksClockTime(tokens: readonly { text: string; pos: string }[]): boolean {
  return tokens.some(
    (t, i) =>
      /^what$/i.test(t.text) &&
      /^time$/i.test(tokens[i + 1]?.text ?? '') &&
      !/^(NOUN|PROPN|ADP)$/.test(tokens[i + 2]?.pos ?? ''),
  );
}
