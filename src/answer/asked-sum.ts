// "What does a season ticket cost?", "what is the price of the new bridge?": a sum is asked,
// which a passage writing no amount at all does not give, however well it matches the words
// ("The high cost of the bridge delayed the work").
import type { Question } from './question.js';

/** Nouns that, as what "what" asks, ask a sum: "what is the fare", "what price". */
const PRICE_NOUNS = new Set(['cost', 'price', 'fee', 'fare']);

/** Words that write a sum of money, or none to pay: "40 dollars", "entry is free". */
const MONEY_WORDS =
  /\b(?:dollars?|pounds?|euros?|cents?|pence|penny|yen|yuan|rupees?|francs?|usd|gbp|eur|free|\d+(?:bn|m|k))\b/i;

/** Whether a "what" question asks a sum: its verb is "cost", or its wh-phrase or copula names a price. */
export function asksASum(q: Question): boolean {
  if (q.wh !== 'what') return false;
  if (q.predicate?.kind === 'verb' && q.predicate.lemma === 'cost') return true;
  let k = q.whAt + 1;
  if (q.tokens[k]?.lemma === 'be') k++;
  while (q.tokens[k] && /^(DET|ADJ)$/.test(q.tokens[k]!.pos)) k++;
  const t = q.tokens[k];
  return !!t && t.pos === 'NOUN' && PRICE_NOUNS.has(t.lemma.toLowerCase());
}

/**
 * Whether the sentence writes no sum of money: no currency sign before a number, nor a word of
 * money. A bare number may be anything else ("the F-35", "in 2005").
 */
export function writesNoSum(sentence: string): boolean {
  return !/[$£€¥]\s?\d/.test(sentence) && !MONEY_WORDS.test(sentence);
}
