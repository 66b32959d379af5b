// The word a question's "not" bears on. "What antigens do T cells not recognize?" asks what they
// do not recognize; a passage that writes "T cells that recognize antigens that are not bound to
// receptors" has a "not", but on another word: it says what they recognize, the question turned
// around. A passage answers a negated question only if a negative word stands before the word the
// question negates, where it writes that word at all. "What has no power to tax?" denies a thing
// the same way: "the council has the power to tax" says what has it, and "What cells are unable to
// remember ...?" denies "remember" as "not" would.
import type { Token } from '../nlp/annotate.js';
import type { Corpus } from '../corpus/corpus.js';
import { asksWhatDidNotHappen, NEGATION_REACH, NEGATIVE_WORD } from './contrast.js';
import type { Question } from './question.js';

const NEGATOR = /^(?:not|never|n['’]t)$/i;
/** Words between a negation and the word it bears on: "did not often depend", "is not yet a". */
const PASSED_OVER = new Set(['ADV', 'AUX', 'DET', 'PART', 'ADP', 'PRON', 'CCONJ', 'SCONJ', 'NUM']);
/** Verbs too light to carry what is denied: "do not have a duty" denies the duty. */
const LIGHT = new Set(['be', 'have', 'do', 'get', 'make', 'take', 'give']);

/** The question's word its first negation bears on, or null (none, or the question ends first: "that 1 does not?"). */
function negatedWord(tokens: readonly Token[]): Token | null {
  const at = tokens.findIndex((t) => NEGATOR.test(t.text));
  if (at < 0) return null;
  for (const t of tokens.slice(at + 1)) {
    if (t.pos === 'PUNCT') return null;
    if (PASSED_OVER.has(t.pos) || LIGHT.has(t.lemma)) continue;
    return t;
  }
  return null;
}

/**
 * Words that deny the verb after their "to" as "not" does: "what cells are unable to remember",
 * "what toxins fail to enter" ask what does not happen.
 */
export const DENYING = /^(?:unable|fail|fails|failed|refuse|refuses|refused|decline|declines|declined)$/i;

/** Where a question denies a verb with "unable to", "fail to", "refused to": the denying word's index, or -1. */
export const denialByTo = (tokens: readonly Token[]): number =>
  tokens.findIndex((t, i) => DENYING.test(t.text) && /^to$/i.test(tokens[i + 1]?.text ?? ''));

/** The verb a question denies with "unable to", "fail to", "refused to" (an adverb between), or null; not a light one ("fail to do"). */
function deniedVerb(tokens: readonly Token[]): Token | null {
  const at = denialByTo(tokens);
  if (at < 0) return null;
  const verb = tokens.slice(at + 2).find((t) => t.pos !== 'ADV');
  return verb?.pos === 'VERB' && !LIGHT.has(verb.lemma) ? verb : null;
}

/** The determiner that denies the noun after it: "has no power", "no shared medium". */
const NO = /^no$/i;
/** Nouns after "no" that deny nothing: "no matter what", "no doubt". */
const NO_IDIOMS = new Set(['matter', 'doubt']);

/**
 * The noun a question's "no" denies ("What has no power to tax?": power), past the words that
 * describe it ("no shared physical medium"), or null: "no longer" and "no one" deny no thing.
 */
function deniedNoun(tokens: readonly Token[]): Token | null {
  const at = tokens.findIndex((t) => NO.test(t.text));
  if (at < 0) return null;
  for (const t of tokens.slice(at + 1)) {
    if (t.pos === 'NOUN') return NO_IDIOMS.has(t.lemma) ? null : t;
    if (!/^(ADJ|ADV|VERB|PROPN)$/.test(t.pos)) return null;
  }
  return null;
}

/** "cannot", one word, which the test of a negated question reads past; its tokens are "can" and "not". */
const CANNOT = /\bcannot\b/i;

/** A negative word in a sentence: "not", "never", "lacks", "failed", or the "n't" of "didn't". */
const isNegative = (t: Token) => NEGATIVE_WORD.test(t.text.toLowerCase()) || NEGATOR.test(t.text);

/**
 * The word a question denies: the one its "not" bears on when it asks what did not happen, or
 * the noun its "no" denies ("what has no power"); null when it denies none. Not in what someone
 * said, nor in a yes/no question, which asks either way.
 */
export function deniedWordOf(q: Question): Token | null {
  if (asksWhatDidNotHappen(q) || (CANNOT.test(q.text) && q.expects !== 'quote' && q.expects !== 'yesno'))
    return negatedWord(q.tokens);
  return q.expects === 'quote' || q.expects === 'yesno' ? null : (deniedVerb(q.tokens) ?? deniedNoun(q.tokens));
}

/**
 * Whether the question asks what did not happen (or what has no such thing) and the sentence writes the word its negation
 * bears on, each time without a negative word shortly before it: it says what did happen.
 */
export function affirmsTheDeniedWord(corpus: Corpus, q: Question, gid: number): boolean {
  const denied = deniedWordOf(q);
  if (!denied) return false;
  const toks = corpus.tokens(gid);
  // A verb "unable to" or "fail to" denies is written as a verb: "the answer" writes no answering.
  const asVerb = denied === deniedVerb(q.tokens);
  const written = toks.flatMap((t, i) =>
    (t.lemma === denied.lemma || t.stem === denied.stem) && (!asVerb || t.pos === 'VERB') ? [i] : [],
  );
  return written.length > 0 && !written.some((i) => toks.slice(Math.max(0, i - NEGATION_REACH), i).some(isNegative));
}
