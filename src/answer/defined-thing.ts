// Questions that ask what a thing is in other words than "what is X": "what is the definition
// of X", "what does X mean", "what is X used for", "what kind of company is X". The sentence
// defining X answers them as it answers "what is X" (an encyclopaedia's "The Parthenon is a
// temple ... dedicated to Athena" says what it was for; "X is an American software corporation"
// what kind of company it is); and "what is X" where the tagger took a word of X for a verb.
import type { Question } from './question.js';

/** Parts of speech a thing's name may hold: "the North American Free Trade Agreement", "am 2201". */
const NAME_PART = /^(DET|ADJ|NOUN|PROPN|NUM|X|SYM)$/;

/** The words naming the thing, or null when the tokens are not one noun phrase. */
function thing(tokens: Question['tokens']): string[] | null {
  const words = tokens.filter((t) => t.pos !== 'PUNCT');
  if (!words.length) return null;
  // A verb or a preposition inside says more about the thing than what it is ("the role of X in Y").
  // A participle before a noun names a kind of thing ("a hung jury").
  const modifier = (k: number) => words[k]!.pos === 'VERB' && /^(NOUN|PROPN)$/.test(words[k + 1]?.pos ?? '');
  if (
    !words.every(
      (t, k) =>
        NAME_PART.test(t.pos) || modifier(k) || (/^[\p{L}\p{N}-]+$/u.test(t.text) && !/^(VERB|ADP|AUX)$/.test(t.pos)),
    )
  )
    return null;
  const named = words.filter((t) => t.pos !== 'DET').map((t) => t.text.toLowerCase());
  return named.length ? named : null;
}

/**
 * The words of the thing a definition question asks about, for the forms `Form.defines` does not
 * read; null for any other question.
 */
export function definedThing(q: Question): string[] | null {
  const toks = q.tokens.filter((t) => t.pos !== 'PUNCT' || t.text === "'s");
  const low = toks.map((t) => t.text.toLowerCase());
  if (low[0] === 'define') return thing(toks.slice(1));
  if (low[0] !== 'what') return null;
  const copula = /^(is|are|was|were)$/.test(low[1] ?? '');
  // "what is the definition of X", "what is the meaning of X".
  if (copula && /^(definition|meaning)$/.test(low[low[2] === 'the' ? 3 : 2] ?? '') && low.includes('of'))
    return thing(toks.slice(low.indexOf('of') + 1));
  // "what does X mean".
  if (/^(does|do)$/.test(low[1] ?? '') && low[low.length - 1] === 'mean') return thing(toks.slice(2, -1));
  // "what is X used for".
  if (copula && low.length >= 5 && low[low.length - 1] === 'for' && low[low.length - 2] === 'used')
    return thing(toks.slice(2, -2));
  // "what kind of company is X": X's defining sentence says what kind it is.
  if (/^(kind|type|sort)$/.test(low[1] ?? '') && low[2] === 'of' && /^(is|are|was|were)$/.test(low[4] ?? ''))
    return thing(toks.slice(5));
  // "what is trades skills course": the tagger reads a plural noun before another noun as a verb,
  // which keeps the form from reading "what is X"; as a modifier it is still part of the name.
  if (copula) return thing(toks.slice(2));
  return null;
}
