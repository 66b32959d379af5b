// Numbers written as words, one home for every reader that compares numbers ("six" and "6").

/** Words that are numbers without digits; multiplicatives included: "doubled" is not "tripled". */
export const NUMBER_WORDS = new Set([
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'hundred',
  'thousand',
  'million',
  'billion',
  'trillion',
  'dozen',
  'half',
  'quarter',
  'double',
  'triple',
  'quadruple',
  'halve',
  'twice',
  'thrice',
  'treble',
  'first',
  'second',
  'third',
]);

/** Number words as digits, so that "six" and "6" align. */
export const SMALL_NUMBER_DIGITS = new Map(
  ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(
    (w, i) => [w, String(i)],
  ),
);
