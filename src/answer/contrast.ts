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
import { lowerPieces, textWords } from '../text/words.js';
import { PREVIOUS } from './time-span.js';
import { gradedTheOtherWay, gradesIn, orderedTheOtherWay, ordersAWord } from './degree.js';

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
/** Prefixes each the other's opposite: "overrepresented" / "underrepresented". */
const OPPOSITE_PREFIXES: readonly [string, string][] = [['over', 'under']];

function negated(text: string): boolean {
  return NEGATION.test(text.toLowerCase());
}

/**
 * A question about what did not happen: "who did she not work for", "what isn’t covered", "none
 * of them" ("whether or not" asks both ways); what was not said too ("what does the report not
 * state"), which a passage saying what was said does not answer.
 */
const ASKED_NEGATION = /\b(?:not|never|none|nobody|neither)\b|n['’]t\b/;
const EITHER_WAY = /\bor not\b|\bnot only\b/;
export function asksWhatDidNotHappen(q: Question): boolean {
  const asked = q.text.toLowerCase();
  return q.expects !== 'yesno' && ASKED_NEGATION.test(asked) && !EITHER_WAY.test(asked);
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

/**
 * The words that are `word` with a negating prefix added or taken off ("dependent" <->
 * "independent"), or its prefix turned to the opposite one ("overrepresented" <->
 * "underrepresented"), the root at least 4 letters: one set look-up per word of a sentence
 * instead of a comparison with each prefix.
 */
function prefixOpposites(word: string): Set<string> {
  const out = new Set<string>();
  for (const p of NEGATING_PREFIXES) {
    if (word.length >= 4) out.add(p + word);
    if (word.startsWith(p) && word.length - p.length >= 4) out.add(word.slice(p.length));
  }
  for (const [a, b] of OPPOSITE_PREFIXES)
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const)
      if (word.startsWith(from) && word.length - from.length >= 4) out.add(to + word.slice(from.length));
  return out;
}

/** Shortest root a word written another way shares with the question's: "south" of "southern", "outer" of "outermost". */
const ROOT_MIN = 4;

/**
 * Whether a sentence word is the question's word in another form, one the start of the other:
 * "the south" says what "southern" asks, whatever opposite stands beside it ("the outer and the
 * inner core" for "the outermost layer").
 */
const sameRoot = (word: string, asked: string) =>
  word.length >= ROOT_MIN && word.length !== asked.length && (asked.startsWith(word) || word.startsWith(asked));

/** A question word whose opposite in a passage sets the passage against the question. */
interface Opposable {
  stem: string;
  /** Lower-cased as written. */
  word: string;
  /** Stems of its antonyms. */
  antonymStems: string[];
  /** Its forms with a negating prefix added or taken off (prefixOpposites). */
  prefixed: Set<string>;
  /** Stems of the paraphrases that stand for it in the articles ("loss" for "lose"), none of them its opposite. */
  standIns: string[];
}

/** What contrastParts needs of a question, worked out once for all its candidate passages. */
interface AskedContrast {
  antonyms: AntonymSource;
  /** The question grades a quality ("the highest"): a passage may grade it the other way. */
  grades: boolean;
  /** The question orders a word by a preposition ("after the war"): a passage may order it the other way. */
  orders: boolean;
  negated: boolean;
  /** The question's words, in order, that may have an opposite: content words, no adverbs or time words. */
  opposable: Opposable[];
}

const askedContrasts = new WeakMap<Question, AskedContrast>();

function askedContrast(q: Question, antonyms: AntonymSource): AskedContrast {
  const known = askedContrasts.get(q);
  if (known?.antonyms === antonyms) return known;
  const opposable: Opposable[] = [];
  for (const [i, t] of q.tokens.entries()) {
    // Adverbs and time words date or grade the deed ("did they last visit", "first proved"):
    // their opposites say another time, which the time asked settles, not another thing. Not
    // "the last line of defence", which names another thing; nor an "adverb" right before a noun,
    // the tagger's slip for an adjective ("in later vertebrates").
    if (
      (t.pos === 'ADV' && q.tokens[i + 1]?.pos !== 'NOUN') ||
      (PREVIOUS.test(t.text) && q.tokens[i - 1]?.pos !== 'DET') ||
      STOP_WORDS.has(t.lemma) ||
      !isContentTerm(t.stem, t.pos)
    )
      continue;
    const word = t.text.toLowerCase();
    // A comparative's opposite is one too ("higher doses" / "lower doses"), which its lemma's ("low") does not stem to.
    const antonymStems = [...new Set([...antonyms(t.lemma), ...antonyms(word)])].map(stemOf);
    opposable.push({
      stem: t.stem,
      word,
      antonymStems,
      prefixed: prefixOpposites(word),
      // Its paraphrases only (the word's own forms weigh 1), and not one WordNet also gives as its
      // opposite ("mother" shares a sense of "father" as verbs).
      standIns: [...(q.groups.find((g) => g.at === i)?.stems ?? [])]
        .filter(([st, w]) => w < 1 && !antonymStems.includes(st))
        .map(([st]) => st),
    });
  }
  const asked = {
    antonyms,
    // "Which is more costly, A or B?" offers a choice, which "B is less costly than A" answers.
    grades: gradesIn(q.tokens).length > 0 && !q.tokens.some((t) => t.lemma === 'or'),
    orders: ordersAWord(q.tokens),
    negated: negated(q.text),
    opposable,
  };
  askedContrasts.set(q, asked);
  return asked;
}

/** A sentence's lowerPieces (an empty piece between two marks keeps the places) and each piece's stem ('' for an empty one). */
export interface SentencePieces {
  pieces: string[];
  stems: string[];
}

/** A sentence's pieces (lowerPieces) stemmed, where the caller has not. */
function stemmedPieces(text: string): SentencePieces {
  const pieces = lowerPieces(text);
  return { pieces, stems: pieces.map((w) => (w ? stemOf(w) : '')) };
}

/**
 * Nouns of time: the word before one dates the deed ("rejected her claim last year"), so it is no
 * opposite of a word that picks a thing ("the first tribunal").
 */
const TIME_NOUNS = new Set(['year', 'month', 'week', 'night', 'time', 'season', 'term', 'summer', 'winter']);

/** Whether a word of the sentence has stem `st` (`untimed`: one not right before a noun of time). */
function holdsStem({ pieces, stems }: SentencePieces, st: string, untimed = false): boolean {
  for (let i = 0; i < pieces.length; i++)
    if (pieces[i] && stems[i] === st && !(untimed && TIME_NOUNS.has(pieces[i + 1] ?? ''))) return true;
  return false;
}

/**
 * The question's words, as written, that the sentence does not hold but holds the opposite of.
 * The opposite is looked for first: few sentences hold one, and the rest is then not read.
 */
function opposedIn(asked: AskedContrast, sentence: SentencePieces): string[] {
  const { pieces } = sentence;
  // A sentence that writes the word asked, as itself or a word standing for it ("made a loss" for
  // "lose"), says it whatever opposite it also writes ("compared with a profit").
  const opposed = (t: Opposable) =>
    (t.antonymStems.some((st) => holdsStem(sentence, st, true)) || pieces.some((s) => !!s && t.prefixed.has(s))) &&
    !holdsStem(sentence, t.stem) &&
    !pieces.includes(t.word) &&
    !t.standIns.some((st) => holdsStem(sentence, st)) &&
    !pieces.some((s) => !!s && sameRoot(s, t.word));
  return asked.opposable.filter(opposed).map((t) => t.word);
}

/** The question's words, as written, whose opposite the sentence holds in their place ("lower" for "higher"). */
export function opposedWords(corpus: Corpus, q: Question, gid: number, antonyms: AntonymSource): string[] {
  return opposedIn(askedContrast(q, antonyms), stemmedPieces(corpus.sentenceText(gid)));
}

/** `sentence`: the sentence's words already stemmed, when the caller has them. */
export function contrastParts(
  corpus: Corpus,
  q: Question,
  gid: number,
  antonyms: AntonymSource,
  sentence?: SentencePieces,
): ContrastParts {
  const asked = askedContrast(q, antonyms);
  const text = corpus.sentenceText(gid);
  // The sentence's tokens are read only for a question that grades or orders a word at all.
  const turned =
    (asked.grades && gradedTheOtherWay(q.tokens, corpus.tokens(gid), antonyms)) ||
    (asked.orders && orderedTheOtherWay(q.tokens, corpus.tokens(gid)));
  return {
    // "What did X say about Y?" asks their words whatever their polarity: a "not" in them is what they said.
    negationClash: q.expects !== 'quote' && asked.negated !== negated(text) ? 1 : 0,
    opposite: turned || opposedIn(asked, sentence ?? stemmedPieces(text)).length > 0 ? 1 : 0,
  };
}
