// The measure a "how" + adjective question asks: "how fast" a speed, "how old" an age, "how tall"
// a length. Only an amount written in that measure answers it: "how fast were the winds" is not
// answered by "40,000 homes" in the sentence that gives the winds' speed.
import type { Tok } from '../corpus/corpus.js';

export type Measure = 'speed' | 'age' | 'length' | 'extent' | 'duration' | 'weight' | 'temperature' | 'share' | 'size';

/**
 * The adjectives after "how" that ask a measure; "how high" and "how far" also ask shares and
 * times, so they are not here, and "how quickly" asks a manner ("within a week", "at an exponential rate").
 */
const MEASURE_OF: Record<string, Measure> = {
  fast: 'speed',
  old: 'age',
  tall: 'length',
  // "How long is the river": a time or a length, never a sum of money; with a deed asked, a time (below).
  long: 'extent',
  deep: 'length',
  wide: 'length',
  heavy: 'weight',
  // "How big is the fire": an area, a length, a sum or a count of it, never a count of another thing (amount-span.ts).
  big: 'size',
  large: 'size',
  hot: 'temperature',
  cold: 'temperature',
  warm: 'temperature',
};

/** What each measure is written in, right after its number ("90mph", "70 miles per hour", "35C"). */
const WRITTEN_IN: Record<Measure, RegExp> = {
  // A speed, or a rate of growth ("how fast did sales grow": 3%).
  speed: /^\s*(mph\b|kph\b|km\/h|knots?\b|(miles?|kilometres?|kilometers?) (an|per|a) hour\b|per ?cent\b|pct\b|%)/i,
  // An age, or how long ago ("emails three months old", "fossils 500 million years old"): not a
  // span of time ("every four years").
  age: /^\s*(million|billion|thousand|hundred)?\s*(-\s*)?(years?|months?|weeks?|days?|decades?|centuries)[\s-]*(old|of age|ago)\b/i,
  length: /^\s*(miles?|km|kilometres?|kilometers?|metres?|meters?|m|cm|mm|ft|feet|foot|inch(es)?|yards?)\b/i,
  extent:
    /^\s*(million|billion|thousand|hundred)?\s*(-\s*)?((years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)\b(?![\s-]*(old|of age|ago)\b)|(miles?|km|kilometres?|kilometers?|metres?|meters?|m|cm|mm|ft|feet|foot|inch(es)?|yards?)\b)/i,
  // A stretch of time, not a point in it ("two years ago") nor an age; so for an extent.
  duration:
    /^\s*(million|billion|thousand|hundred)?\s*(-\s*)?(years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)\b(?![\s-]*(old|of age|ago)\b)/i,
  weight: /^\s*(kg|kilos?|kilograms?|tons?|tonnes?|lbs?|pounds|grams?|g|ounces?|oz)\b/i,
  temperature: /^\s*(°\s*[cf]?|c|f|degrees?|celsius|fahrenheit)\b/i,
  // Any amount may give a size (writtenIn).
  size: /(?:)/,
  // A share, read from the amount's first word: it may open with a bound ("about 3 percent").
  share: /\d\s*(%|per ?cent\b|pct\b)/i,
};

/** Signs of money written before a number. */
const CURRENCY = /[£$€¥]/;

/** "What percentage of ...": a share, which a count or a fraction ("2/3") does not give as asked. */
const SHARE_WORD = /^(percentage|percent)$/i;

/**
 * The measure the question asks, from the word after "how" (or "what percentage"); null when it
 * asks none. "How long" with a deed asked (`deedAsked`: "how long will the warning last", "how
 * long was she jailed"; not "how long is the river") asks a time: "30mm" in the sentence that
 * gives the warning is the rain's.
 */
export function measureAsked(tokens: readonly { text: string }[], whAt: number, deedAsked: boolean): Measure | null {
  const wh = tokens[whAt]?.text.toLowerCase();
  if ((wh === 'what' || wh === 'which') && SHARE_WORD.test(tokens[whAt + 1]?.text ?? '')) return 'share';
  // "What age were they": an age, as "how old" asks.
  if ((wh === 'what' || wh === 'which') && /^age$/i.test(tokens[whAt + 1]?.text ?? '')) return 'age';
  if (wh !== 'how') return null;
  const measure = MEASURE_OF[tokens[whAt + 1]?.text.toLowerCase() ?? ''] ?? null;
  // "How long ago": a time back from now, written as an age is ("3 billion years ago").
  if (measure === 'extent' && /^ago$/i.test(tokens[whAt + 2]?.text ?? '')) return 'age';
  return measure === 'extent' && deedAsked ? 'duration' : measure;
}

/** Words between "aged" and its number: "aged between 40 and 69", "aged over 60". */
const AGE_BOUND = /^(between|over|under|about|around|nearly|almost|roughly|from|up|to)$/i;

/**
 * Whether the amount whose number is token `at` is written in the measure: by the words right
 * after the number, or, for an age, "aged" before it or commas around it after a name (`from`:
 * where the amount starts).
 */
export function writtenIn(measure: Measure, toks: readonly Tok[], from: number, at: number, text: string): boolean {
  // A size may be a sum ("how big a bonus": £44,000): what it may not be, amount-span.ts tells.
  if (measure === 'size') return true;
  let before = from - 1;
  // "aged between 40 and 69", "aged over 60".
  while (before > 0 && AGE_BOUND.test(toks[before]!.text)) before--;
  if (measure === 'age' && /^aged?$/i.test(toks[before]?.text ?? '')) return true;
  if (measure === 'age' && from === at && setOffAge(toks, at)) return true;
  const last = toks[Math.min(at + 6, toks.length - 1)]!.end;
  // "£2.3m" is a sum of money, whose "m" is millions, not metres.
  if (measure !== 'share' && CURRENCY.test(text.slice(toks[from]!.start, toks[at]!.start))) return false;
  if (measure === 'share') return WRITTEN_IN.share.test(text.slice(toks[from]!.start, last));
  const after = text.slice(toks[at]!.end, last);
  return WRITTEN_IN[measure].test(after);
}

/** "Graham Pelling, 61, from Dunmore": an age set off by commas right after a name, which counts nothing. */
export function setOffAge(toks: readonly Tok[], at: number): boolean {
  return (
    /^\d{1,3}$/.test(toks[at]!.text) &&
    toks[at - 1]?.text === ',' &&
    toks[at - 2]?.pos === 'PROPN' &&
    toks[at + 1]?.text === ','
  );
}
