// The word a question's "not" bears on. "What antigens do T cells not recognize?" asks what they
// do not recognize; a passage that writes "T cells that recognize antigens that are not bound to
// receptors" has a "not", but on another word: it says what they recognize, the question turned
// around. A passage answers a negated question only if a negative word stands before the word the
// question negates, where it writes that word at all.
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
export function negatedWord(tokens: readonly Token[]): Token | null {
  const at = tokens.findIndex((t) => NEGATOR.test(t.text));
  if (at < 0) return null;
  for (const t of tokens.slice(at + 1)) {
    if (t.pos === 'PUNCT') return null;
    if (PASSED_OVER.has(t.pos) || LIGHT.has(t.lemma)) continue;
    return t;
  }
  return null;
}

/** "cannot", one word, which the test of a negated question reads past; its tokens are "can" and "not". */
const CANNOT = /\bcannot\b/i;

/** A negative word in a sentence: "not", "never", "lacks", "failed", or the "n't" of "didn't". */
const isNegative = (t: Token) => NEGATIVE_WORD.test(t.text.toLowerCase()) || NEGATOR.test(t.text);

/**
 * Whether the question asks what did not happen and the sentence writes the word its negation
 * bears on, each time without a negative word shortly before it: it says what did happen.
 */
export function affirmsTheDeniedWord(corpus: Corpus, q: Question, gid: number): boolean {
  if (!asksWhatDidNotHappen(q) && !(CANNOT.test(q.text) && q.expects !== 'quote' && q.expects !== 'yesno'))
    return false;
  const denied = negatedWord(q.tokens);
  if (!denied) return false;
  const toks = corpus.tokens(gid);
  const written = toks.flatMap((t, i) => (t.lemma === denied.lemma || t.stem === denied.stem ? [i] : []));
  return written.length > 0 && !written.some((i) => toks.slice(Math.max(0, i - NEGATION_REACH), i).some(isNegative));
}
