// What sets a passage against the question even when most of its words match: a negation on
// one side only, or a word
// whose opposite stands where the question's word should ("the minority of seats" against "the
// majority of seats"). Questions written to look answerable are mostly an answerable one with
// one such change; word overlap alone cannot see it.
import { isContentTerm } from '../extract/lexicon.js';
import { STOP_WORDS } from '../nlp/stop-words.js';
import { stemOf } from '../nlp/annotate.js';
import type { Corpus } from '../corpus/corpus.js';
import type { AntonymSource } from './antonyms.js';
import type { Question } from './question.js';
import { textWords } from '../text/words.js';
import { PREVIOUS } from './time-span.js';
import { asksDegreeOrOrder, gradedTheOtherWay, orderedTheOtherWay } from './degree.js';

export interface ContrastParts {
  /** 1 when exactly one of the question and the sentence is negated. */
  negationClash: number;
  /**
   * 1 when a question word is missing and its opposite is in the sentence, or the sentence grades
   * or orders what the question asks the other way ("the lowest" for "the highest", "before" for "after").
   */
  opposite: number;
}

const NEGATION = /\b(?:not|never|no|none|nobody|nothing|neither|nor|cannot|without)\b|n['’]t\b/;
/** Prefixes that turn a word into its opposite: "dependent" / "independent". */
const NEGATING_PREFIXES = ['in', 'un', 'non', 'dis', 'im', 'il', 'ir'];

function negated(text: string): boolean {
  return NEGATION.test(text.toLowerCase());
}

/** A question about what did not happen: "who did she not work for", "what isn’t covered", "none of them" ("whether or not" asks both ways). */
const ASKED_NEGATION = /\b(?:not|never|none|nobody|neither)\b|n['’]t\b/;
const EITHER_WAY = /\bor not\b|\bnot only\b/;
export function asksWhatDidNotHappen(q: Question): boolean {
  const asked = q.text.toLowerCase();
  return q.expects !== 'quote' && q.expects !== 'yesno' && ASKED_NEGATION.test(asked) && !EITHER_WAY.test(asked);
}

/**
 * Whether the sentence holds the opposite of a word asked ("the minority of seats" for "the
 * majority"), so that it answers another question. Not when the question is negated itself: "wasn't
 * able" is what "unable" says.
 */
export function answersTheOpposite(q: Question, parts: ContrastParts): boolean {
  return parts.opposite === 1 && !asksWhatDidNotHappen(q);
}

/**
 * Words that say something did not happen, or happened the other way: a passage that answers a
 * negated question says so with one of them ("barred from settling", "lacks combs", "was unable").
 */
export const NEGATIVE_WORD =
  /^(?:not|never|no|none|nobody|nothing|neither|nor|cannot|without|lack\w*|fail\w*|refus\w*|reject\w*|den(?:y|ies|ied|ial)|unable|bar(?:s|red)?|ban(?:s|ned)?|prevent\w*|prohibit\w*|forb[ai]d\w*|except\w*|exclud\w*|absen\w*|fewer|unlike|un(?:able|aware|willing|likely|known|successful\w*|lawful\w*|fair\w*|justifi\w*)|in(?:active|capable|correct|valid)\w*|abstain\w*|declin\w*|oppos\w*|resist\w*|avoid\w*|ignor\w*|miss(?:ed|es|ing)?|stop\w*)$/;
/** How many words from a word of the question the negation may stand and still bear on it. */
export const NEGATION_REACH = 5;

/**
 * Whether the question asks what did not happen and the sentence says nothing did not near the
 * words it shares with the question: "who did she not work for" is never answered by "she worked
 * for Acme", which names exactly the wrong one.
 */
export function answersOnlyTheAffirmative(q: Question, text: string): boolean {
  if (!asksWhatDidNotHappen(q)) return false;
  const stems = new Set(q.groups.flatMap((g) => [...g.stems].filter(([, w]) => w >= 0.8).map(([st]) => st)));
  const words = textWords(text);
  // "didn't" reads as "didn" and "t".
  const negative = words.map((w, i) => NEGATIVE_WORD.test(w) || (w === 't' && (words[i - 1] ?? '').endsWith('n')));
  return !words.some((w, i) => stems.has(stemOf(w)) && negative.some((n, j) => n && Math.abs(i - j) <= NEGATION_REACH));
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
  // The sentence's tokens are read only for a question that grades or orders at all.
  const turned =
    asksDegreeOrOrder(q.tokens) &&
    (gradedTheOtherWay(q.tokens, corpus.tokens(gid), antonyms) || orderedTheOtherWay(q.tokens, corpus.tokens(gid)));
  let opposite = turned ? 1 : 0;
  for (const [i, t] of q.tokens.entries()) {
    if (opposite) break;
    const w = t.text.toLowerCase();
    // Adverbs and time words date or grade the deed ("did they last visit", "first proved"):
    // their opposites say another time, which the time asked settles, not another thing. Not
    // "the last line of defence", which names another thing.
    if (
      t.pos === 'ADV' ||
      (PREVIOUS.test(t.text) && q.tokens[i - 1]?.pos !== 'DET') ||
      STOP_WORDS.has(t.lemma) ||
      !isContentTerm(t.stem, t.pos) ||
      stems.has(t.stem) ||
      wordSet.has(w)
    )
      continue;
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
