// What sets a passage against the question even when most of its words match: a negation on
// one side only, or a word
// whose opposite stands where the question's word should ("the minority of seats" against "the
// majority of seats"). Questions written to look answerable are mostly an answerable one with
// one such change; word overlap alone cannot see it.
import { STOP_WORDS, isContentTerm } from '../extract/lexicon.js';
import { stemOf } from '../nlp/annotate.js';
import type { Corpus } from '../corpus/corpus.js';
import type { AntonymSource } from './antonyms.js';
import type { Question } from './question.js';
import { textWords } from '../text/words.js';

export interface ContrastParts {
  /** 1 when exactly one of the question and the sentence is negated. */
  negationClash: number;
  /** 1 when a question word is missing and its opposite is in the sentence. */
  opposite: number;
}

const NEGATION = /\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot|without)\b|n['’]t\b/;
/** Prefixes that turn a word into its opposite: "dependent" / "independent". */
const NEGATING_PREFIXES = ['in', 'un', 'non', 'dis', 'im', 'il', 'ir'];

function negated(text: string): boolean {
  return NEGATION.test(text.toLowerCase());
}

/** One word is the other with a negating prefix. */
function prefixOpposite(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && NEGATING_PREFIXES.some((p) => long === p + short);
}

export function contrastParts(corpus: Corpus, q: Question, gid: number, antonyms: AntonymSource): ContrastParts {
  const text = corpus.sentenceText(gid);
  const words = textWords(text);
  const wordSet = new Set(words);
  const stems = new Set(words.map(stemOf));
  let opposite = 0;
  for (const t of q.tokens) {
    const w = t.text.toLowerCase();
    if (STOP_WORDS.has(t.lemma) || !isContentTerm(t.stem, t.pos) || stems.has(t.stem) || wordSet.has(w)) continue;
    if (antonyms(t.lemma).some((a) => stems.has(stemOf(a))) || words.some((s) => prefixOpposite(w, s))) {
      opposite = 1;
      break;
    }
  }
  return {
    // "What did X say about Y?" asks their words whatever their polarity: a "not" in them is what they said.
    negationClash: q.expects !== 'quote' && negated(q.text) !== negated(text) ? 1 : 0,
    opposite,
  };
}
