// How well a passage answers a question, as named parts and one score: a reader can see why an
// answer won, and the fitting script (bench/fit-weights.ts) learns the weights from the public
// question sets instead of anyone tuning them by hand. The score is a logit: above the fitted
// threshold, the passage is taken as the answer; below, the articles do not say. What the
// question requires (the names and numbers it gives, the attribute "what is the capital of X"
// asks for) is not weighed here: a passage without it is never the answer (rank-passages.ts).
import fitted from './passage-weights.json' with { type: 'json' };

/** What is known of a passage from the index alone, before its article is read. */
export interface IndexParts {
  /** Share of the question's weighed words the sentence holds (a word of the sentence before counts half). */
  coverage: number;
  /** Share of the question's words its paragraph holds. */
  paragraph: number;
  /** The passage's BM25 score over the most the question's words could give: a score of the passage alone, not of its rivals. */
  retrieval: number;
  /** Rarity of the rarest question word neither the sentence nor the one before holds, over the most a word can have. */
  rareMissed: number;
  /** The sentence's length against the corpus's average, at most LENGTH_CAP: a long sentence matches many words by chance. */
  length: number;
  /** How many words the question weighs, over QUESTION_WORDS_SCALE: the same for all its passages, it moves only whether to answer. */
  questionSize: number;
  /** How many of the question's words neither the sentence nor the one before holds, over MISSED_WORDS_SCALE, at most 1: each word left out may be the one that changes what is asked. */
  wordsMissed: number;
  /**
   * For a sentence opening by pointing back ("It rises 90 metres."), the share of the question's
   * weighed words the sentence before adds when its words count in full rather than half.
   */
  carried: number;
  /** 1 for an article's first sentence: a news lead sums the story up, an encyclopaedia's first sentence defines its subject. */
  opening: number;
}

/** What the article's own record adds. */
export interface RecordParts {
  /** A clause of the sentence has the question's verb and shares a word with its subject or object. */
  predicate: number;
  /** The question asks for a person, date, place or number, and the sentence holds one that is not the question's own. */
  slotFilled: number;
  /** The sentence names an entity the question is about. */
  focus: number;
  /** Share of the question's neighbouring words that stand near each other, in the question's order, in the sentence. */
  sequence: number;
  /** Of the question's weighed words the sentence holds, the largest share one of its clauses holds, with its subject and object (clause-share.ts). */
  clause: number;
  /** The noun the question names its answer by, written with a word the question does not give that says which one: "Irish culture" for "what culture" (kind-head.ts). */
  kindWritten: number;
  /** Exactly one of the question and the sentence is negated. */
  negationClash: number;
  /** A question word is missing and its opposite stands in the sentence. */
  opposite: number;
}

export type PassageParts = IndexParts & RecordParts;
export type PartName = keyof PassageParts;

export const INDEX_PARTS = [
  'coverage',
  'paragraph',
  'retrieval',
  'rareMissed',
  'length',
  'questionSize',
  'wordsMissed',
  'carried',
  'opening',
] as const satisfies readonly (keyof IndexParts)[];
export const RECORD_PARTS = [
  'predicate',
  'slotFilled',
  'focus',
  'sequence',
  'clause',
  'kindWritten',
  'negationClash',
  'opposite',
] as const satisfies readonly (keyof RecordParts)[];
export const PART_NAMES: readonly PartName[] = [...INDEX_PARTS, ...RECORD_PARTS];

/** Sentences past three times the average length are all just long. */
export const LENGTH_CAP = 3;
/** A question of this many weighed words has a questionSize of 1. */
export const QUESTION_WORDS_SCALE = 10;
/** A passage missing this many of the question's words (or more) has a wordsMissed of 1. */
export const MISSED_WORDS_SCALE = 4;

/** The range each record part may take: the ceiling takes whichever end its weight favours. */
const RECORD_RANGE: Record<keyof RecordParts, readonly [number, number]> = {
  predicate: [0, 1],
  slotFilled: [0, 1],
  focus: [0, 1],
  sequence: [0, 1],
  clause: [0, 1],
  kindWritten: [0, 1],
  negationClash: [0, 1],
  opposite: [0, 1],
};

export interface PassageWeights {
  bias: number;
  weights: Record<PartName, number>;
  /** The least score (a logit) a passage needs to be given as the answer. */
  threshold: number;
  /**
   * How far below the best score another passage with another answer still makes the answer a
   * toss-up, so that the articles are taken not to settle it (close-rival.ts).
   */
  margin: number;
}

export const PASSAGE_WEIGHTS: PassageWeights = fitted;

/** Each part's share of a passage's score, by name. */
export function contributions(parts: PassageParts, w: PassageWeights = PASSAGE_WEIGHTS): Record<PartName, number> {
  const out = {} as Record<PartName, number>;
  for (const name of PART_NAMES) out[name] = w.weights[name] * parts[name];
  return out;
}

export function passageScore(parts: PassageParts, w: PassageWeights = PASSAGE_WEIGHTS): number {
  let s = w.bias;
  for (const name of PART_NAMES) s += w.weights[name] * parts[name];
  return s;
}

/**
 * The most passageScore() can give a passage whose index parts are known, whatever its record
 * holds. `never`: record parts the question can give none of its passages (an untyped question
 * fills no slot), which stay at 0.
 */
export function passageCeiling(
  parts: IndexParts,
  w: PassageWeights = PASSAGE_WEIGHTS,
  never: ReadonlySet<keyof RecordParts> = NO_PARTS,
): number {
  let s = w.bias;
  for (const name of INDEX_PARTS) s += w.weights[name] * parts[name];
  for (const name of RECORD_PARTS) {
    const [low, high] = never.has(name) ? [0, 0] : RECORD_RANGE[name];
    s += Math.max(w.weights[name] * low, w.weights[name] * high);
  }
  return s;
}

/** No record part left out. */
export const NO_PARTS: ReadonlySet<keyof RecordParts> = new Set();
