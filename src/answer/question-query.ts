// The question as a query, as every command searches with it (`ask`, `search`, `verify`, the
// topic of `quote` and `facts`, autocomplete): its key terms (stems, with typo corrections,
// paraphrases and a name's aliases at lower weight), grouped by the question word they stand
// for; the entities it names and the names the articles never mention; and the words and phrases
// a passage must hold.
import { measureAsked } from './measure-asked.js';
import { DIGIT_GROUP, digitGroups, SPEECH_VERBS, isContentTerm } from '../extract/lexicon.js';
import { STOP_WORDS } from '../nlp/stop-words.js';
import { nameKey } from '../text/name-key.js';
import { inSetPhrase, phraseNounsSaying } from './idioms.js';
import { PREVIOUS } from './time-span.js';
import { isYear } from '../text/dates.js';
import { SMALL_NUMBER_DIGITS } from '../text/number-words.js';
import { stemOf, type Token } from '../nlp/annotate.js';
import type { Corpus, Entity } from '../corpus/corpus.js';
import type { Query, TextIndex } from '../search/text-index.js';
import { irregularForms } from './irregular.js';
import { CORPUS_CACHES } from '../caches.js';
import {
  answerKind,
  DATE_NOUNS,
  NUMBER_NOUNS,
  PERSON_NOUNS,
  PLACE_NOUNS,
  type Expect,
  type Wh,
} from './question-kind.js';
import { namesIn } from './question-names.js';
import { DERIVED_NAME_WEIGHT, nameDerivedFrom } from './name-forms.js';
import { questionTokens } from './question-tokens.js';
import { entityNameWords, lowerWords, textWords } from '../text/words.js';

/**
 * One question word as searched: the stems that may stand for it (itself, corrections,
 * paraphrases) with weights; `name` when the word is part of a name the question gives,
 * `speech` for a verb of saying, `essential` (set by `ask`'s reading) for what "what is the
 * capital of X" asks about X, which a passage must say; `at`, the question token it stands for.
 */
export interface TermGroup {
  weight: number;
  stems: Map<string, number>;
  optional?: boolean;
  name?: boolean;
  speech?: boolean;
  essential?: boolean;
  at?: number;
  /**
   * A verb's stems of the article verbs one step more general ("state" for "declare"): never
   * weighed, since the article may say more than it, but the deed asked where a sentence must do
   * it to give the short answer.
   */
  broader?: string[];
}

export interface QuestionQuery extends Query {
  text: string;
  tokens: Token[];
  /** Index of the wh-word among the tokens, or -1. */
  whAt: number;
  /** The wh-word, and the kind of answer asked: it weighs the words ("what country": "country" is optional). */
  wh: Wh;
  expects: Expect;
  /** Stems to search for, with weights (1 for the words asked, less for corrections and paraphrases). */
  terms: Map<string, number>;
  /** One group per question word. */
  groups: TermGroup[];
  /** Entities the question names, best first. */
  focus: Entity[];
  /** Capitalised names (and years) in the question that the articles never mention. */
  unknownNames: string[];
  /**
   * Words the answer's passage must contain: the names and numbers the question gives, each with
   * the alternatives that name the same thing ("Russia" is also "Moscow"). A passage about someone
   * else, or another year, does not answer it however many other words match.
   */
  required: string[][];
  /** Titles and phrases the question quotes ("On the Computational Complexity of Algorithms"), lower-cased words: the passage must hold them as written. */
  phrases: string[];
}

/** "What country", "which year": the noun names the kind of answer, not words of the passage. */
const ANSWER_NOUNS = new Set([
  ...DATE_NOUNS,
  ...PLACE_NOUNS,
  ...NUMBER_NOUNS,
  ...PERSON_NOUNS,
  'type',
  'kind',
  'name',
  'sort',
]);
/** "How much will it cost?": words that name the amount asked for, which the passage rarely repeats. */
const MEASURE_WORDS = new Set([
  'cost',
  'price',
  'worth',
  'spend',
  'pay',
  'value',
  'amount',
  'total',
  'sum',
  'big',
  'large',
  'many',
  'much',
]);
/** Verbs that carry little of a question's meaning. */
const LIGHT_VERBS = new Set([
  'be',
  'have',
  'do',
  'make',
  'get',
  'take',
  'give',
  'use',
  'locate',
  'know',
  'become',
  'happen',
  'occur',
  'call',
  'consider',
]);
/** A word the articles use in at most this many sentences may be a typo of theirs... */
const RARE_WORD = 2;
/** ...for a spelling they use at least this many times as often. */
const COMMON_SPELLING = 20;
/**
 * Weights of the article words WordNet relates to a question word, well below the word itself
 * (1): higher finds more passages that say it another way, and more that only look like an
 * answer to a question the articles do not answer. Measured on the dev sets, 0.3 for both kept
 * the unanswerable questions' abstentions about level while answering more; at 0.6 or 0.7 the
 * answered gained fewer than the abstentions lost.
 */
/**
 * English's own irregular plurals ("gunmen", "children", "feet"), which only count their singular;
 * not the borrowed ones ("alumni", "media", "criteria"), written as words of their own.
 */
const NATIVE_PLURAL = /(men|children|feet|teeth|geese|mice)$/i;
const DERIVED_WEIGHT = 0.3;
const SYNONYM_WEIGHT = 0.3;
/** The most a paraphrase weighs in a word's group: above it, the word itself or a spelling of it. */
export const PARAPHRASE_WEIGHT = Math.max(DERIVED_WEIGHT, SYNONYM_WEIGHT);

/**
 * "which party won nine seats": a small number, which the index does not keep as a word and the
 * passage may write either way ("9 seats"). Not one, as often a pronoun ("which one").
 */
const isSmallNumber = (w: string) =>
  w !== 'one' && w !== '1' && (SMALL_NUMBER_DIGITS.has(w) || [...SMALL_NUMBER_DIGITS.values()].includes(w));

/** Whether wink read the word as an inflected form of another: it knows the word. */
const isInflected = (t: Token) => /^\p{Ll}+$/u.test(t.text) && t.lemma !== t.text;

/** "The 1950's": a decade typed with an apostrophe, which the articles write "1950s". */
function decadeWritten(tokens: readonly Token[], at: number): string[] {
  const t = tokens[at]!;
  return /^\d{3}0$/.test(t.text) && /^['’]s$/.test(tokens[at + 1]?.text ?? '') ? [`${t.text}s`] : [];
}

export function queryOf(raw: string, corpus: Corpus, index: TextIndex): QuestionQuery {
  const { text, tokens: typed, whAt } = questionTokens(raw, (w) => index.hasWord(w));
  const phrases = [...text.matchAll(/["“]([^"”]+)["”]/g)]
    .map((m) => phraseWords(m[1]!))
    .filter((p) => p.split(' ').length >= 2);
  const { focus, unknownNames, names, nameWords } = namesIn(typed, whAt, corpus, index);
  const tokens = namesNotVerbs(typed, new Set(focus.flatMap(entityNameWords)));
  // A year the articles never write ("coined in 1774" where they say 1777): nothing confirms it.
  tokens.forEach((t, i) => {
    if (isYear(t.text) && ![t.text, ...decadeWritten(tokens, i)].some((w) => index.hasWord(w)))
      unknownNames.push(t.text);
  });
  const aliasWords = (word: string) =>
    focus
      .filter((e) => [e.name, ...e.aliases].some((n) => lowerWords(n).includes(word)))
      .flatMap(entityNameWords)
      // Short words are too common to require, save an acronym the articles write ("BA").
      .filter((w) => w.length >= 3 || focus.some((e) => e.aliases.filter(isAcronym).includes(w.toUpperCase())));
  const focusNameWords = new Set(focus.flatMap(entityNameWords));
  const required = [
    ...names
      .flatMap((n) => n.split(' '))
      .filter((w) => w.length >= 3 && !/^(of|for|the)$/i.test(w) && index.hasWord(w))
      .map((w) => w.toLowerCase())
      .map((w) => [w, ...aliasWords(w)]),
    ...tokens.flatMap((t, i) =>
      (t.pos === 'NUM' || /^\d+(st|nd|rd|th|s)?$/i.test(t.text)) &&
      (index.hasWord(t.text) || isSmallNumber(t.text.toLowerCase()))
        ? [[t.text.toLowerCase(), ...decadeWritten(tokens, i)]]
        : [],
    ),
    // A lower-case question names things too ("the oecd's forecast for the uk"): a word that is one
    // of its entities' names is required as a capitalised one would be.
    ...(names.length
      ? []
      : tokens
          .map((t) => t.text.toLowerCase())
          .filter((w) => w.length >= 2 && !STOP_WORDS.has(w) && index.hasWord(w) && focusNameWords.has(w))
          .map((w) => [w, ...aliasWords(w)])),
  ];
  const { wh, expects } = answerKind(tokens, whAt, focus, nameWords, (w) => index.hasWord(w));
  const terms = new Map<string, number>();
  const groups: TermGroup[] = [];
  const joinedNumbers = spacedNumbers(tokens, index);
  const seen = new Set<string>();
  // Each typed word with its spelling corrections: "britsh airways" names "British Airways" in full.
  const wordsOf = (t: Token) => [nameKey(t.text), ...(index.hasWord(t.text) ? [] : index.correct(t.text).keys())];
  const typedWords = new Set(tokens.flatMap(wordsOf));
  // Worked out once per question rather than per word: a long question names many entities.
  const nameRuns = names.map((n) => ({ n, words: n.split(' ') }));
  const focusNames = focus.map((e) => {
    const all = [e.name, ...e.aliases];
    const keys = all.map(nameKey);
    // Which of its names are typed in full does not depend on the word: found once, not per word.
    return {
      e,
      all,
      keys,
      typedNames: keys.map((k) => k.split(' ')).filter((words) => typedInFull(words, typedWords)),
    };
  });
  tokens.forEach((t, i) => {
    if (
      i === whAt ||
      !isContentTerm(t.stem, t.pos) ||
      STOP_WORDS.has(t.lemma) ||
      (expects !== 'quote' && t.lemma === 'do') ||
      seen.has(t.stem) ||
      inSetPhrase(tokens, i)
    )
      return;
    seen.add(t.stem);
    // Speech verbs and adverbs say less about where the answer is than nouns and other verbs.
    // Words naming the kind of answer ("what country", "how much ... cost") help when the passage
    // has them and cost nothing when it does not.
    const optional =
      (i === whAt + 1 && ANSWER_NOUNS.has(t.lemma)) ||
      (expects === 'number' && MEASURE_WORDS.has(t.lemma)) ||
      // "How old is X": the measure is written as a number ("X, 24,"), seldom as its adjective,
      // and only an amount in it answers; "how high" asks no one measure, so "high" is kept.
      (expects === 'number' && i === whAt + 1 && measureAsked(tokens, whAt, false) !== null) ||
      (expects === 'place' && PLACE_NOUNS.has(t.lemma)) ||
      // "Where does X come from" asks what "where is X from" asks: "come" is no word to find.
      (expects === 'place' && t.lemma === 'come' && /^from$/i.test(tokens[i + 1]?.text ?? '')) ||
      (expects === 'date' && DATE_NOUNS.has(t.lemma)) ||
      // "When was the previous visit": which visit is asked is the time's to tell ("the first
      // visit since May"), seldom a word the passage writes.
      (expects === 'date' && PREVIOUS.test(t.text));
    const weight = optional
      ? 0.3
      : (t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma) && expects !== 'speaker') ||
          t.pos === 'ADV' ||
          LIGHT_VERBS.has(t.lemma)
        ? 0.5
        : 1;
    const stems = new Map<string, number>();
    if (index.hasStem(t.stem)) stems.set(t.stem, 1);
    // A word wink reads as an inflection ("rarest" of "rare") is English, not a typo for "arrest".
    else if (!index.hasWord(t.text) && !isInflected(t))
      index.correct(t.text).forEach((w, c) => {
        if (!stems.has(c)) stems.set(c, w);
      });
    for (const st of formsOf(t.lemma, index)) if (!stems.has(st)) stems.set(st, 1);
    // A plural of English's own irregular kind ("men", "children") asks of what the articles also
    // write in the singular: "a 24-year-old man and a 31-year-old man" are the men asked about.
    const single = t.pos === 'NOUN' && NATIVE_PLURAL.test(t.text) ? stemOf(t.lemma) : t.stem;
    if (single !== t.stem && !stems.has(single) && index.hasStem(single)) stems.set(single, 1);
    // A word the articles use once or twice may be their typo for what the question misspells
    // too ("visted"): a far more common spelling one or two edits away also stands for it.
    if (index.hasStem(t.stem) && t.text === t.text.toLowerCase() && index.documentFrequency(t.stem) <= RARE_WORD) {
      index.correct(t.text).forEach((w, c) => {
        if (!stems.has(c) && index.documentFrequency(c) >= COMMON_SPELLING * index.documentFrequency(t.stem))
          stems.set(c, w);
      });
    }
    for (const n of joinedNumbers.get(i) ?? []) if (!stems.has(n)) stems.set(n, 1);
    // A number may stand in the articles as one group of a longer one ("945" of "2,945,000").
    for (const group of /^\d+$/.test(t.text) ? [DIGIT_GROUP + t.text] : digitGroups(t.text))
      if (!stems.has(group) && index.hasStem(group)) stems.set(group, 0.5);
    // A word derived from a name ("soilers") stands for the name's word ("Soil").
    const derivedFrom = /^(NOUN|PROPN|ADJ)$/.test(t.pos)
      ? nameDerivedFrom(t.text, [tokens[i - 1]?.text ?? '', tokens[i + 1]?.text ?? ''], corpus)
      : null;
    if (derivedFrom && !stems.has(stemOf(derivedFrom)) && index.hasStem(stemOf(derivedFrom)))
      stems.set(stemOf(derivedFrom), DERIVED_NAME_WEIGHT);
    // A name stands for its entity: "Russia" also matches a passage that says "Moscow". Only an
    // entity the question names in full: "Canadian" is not "Canadian Tire". A word of a longer
    // name counts only when it is as distinctive as the word asked: "New York" does not make
    // every "new" stand for "York".
    const run = nameRuns.find((r) => r.words.includes(t.text))?.n;
    const keys = new Set([nameKey(t.text), ...(run ? [nameKey(run)] : [])]);
    let typed: string[] | undefined;
    for (const { e, all, keys: nameKeys, typedNames } of focusNames) {
      const written = nameKeys.some((k) => keys.has(k));
      // A name typed in full in lower case stands for the acronym the articles write for it.
      if (!written && !typedNames.some((words) => (typed ??= wordsOf(t)).some((w) => words.includes(w)))) continue;
      for (const n of written ? all : e.aliases.filter(isAcronym))
        for (const w of n.split(/\s+/)) {
          const st = stemOf(w);
          if (stems.has(st) || !index.hasStem(st) || STOP_WORDS.has(st)) continue;
          if (n.includes(' ') && index.documentFrequency(st) > index.documentFrequency(t.stem)) continue;
          stems.set(st, 0.8);
        }
    }
    // Words of the articles that WordNet says may mean the one asked ("purchase" for "buy"). A verb
    // with its particle means what the pair means: "set up" is "found", not the "put" of "set".
    for (const [st, w] of paraphraseStems(corpus, index, t.lemma, phrasalLemma(tokens, i)))
      if (!stems.has(st)) stems.set(st, w);
    // A verb no article writes, nor any word WordNet relates to it, may be written as a phrase
    // news uses for it: "thanked" as "expressed appreciation". (Only then: "talks" would stand
    // for every "meet" the articles also write.)
    for (const noun of t.pos === 'VERB' && stems.size === 0 ? phraseNounsSaying(t.lemma) : []) {
      const st = stemOf(noun);
      if (!stems.has(st) && index.hasStem(st)) stems.set(st, SYNONYM_WEIGHT);
    }
    const name = focus.length > 0 && (!!run || focusNameWords.has(t.text.toLowerCase()));
    const broader = t.pos === 'VERB' ? broaderStems(corpus, index, t.lemma, stems) : [];
    groups.push({
      weight,
      stems,
      optional,
      name,
      speech: t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma),
      at: i,
      ...(broader.length ? { broader } : {}),
    });
    // forEach: a for-of over a map's entries makes an array of each.
    stems.forEach((w, st) => terms.set(st, Math.max(terms.get(st) ?? 0, w * weight)));
  });
  return { text, tokens, whAt, wh, expects, terms, groups, focus, unknownNames, required, phrases };
}

const paraphraseCaches = new WeakMap<TextIndex, Map<string, readonly (readonly [string, number])[]>>();

/**
 * The stems, with their weights, of the article words WordNet relates to a lemma (or to the verb
 * and particle pair, when WordNet has that): those it derives first, then its synonyms, each with
 * its irregular forms, only those the articles use, in that order. Cached per index
 * (src/caches.ts, CORPUS_CACHES.paraphraseStems): questions share their common words, and a word
 * may have dozens of paraphrases to stem.
 */
function paraphraseStems(
  corpus: Corpus,
  index: TextIndex,
  lemma: string,
  phrasal: string | null,
): readonly (readonly [string, number])[] {
  let cache = paraphraseCaches.get(index);
  if (!cache) {
    cache = new Map();
    paraphraseCaches.set(index, cache);
  }
  const key = phrasal ? `${lemma}\u0000${phrasal}` : lemma;
  let out = cache.get(key);
  if (out) return out;
  const asPhrasal = phrasal ? corpus.paraphrasesOf(phrasal) : null;
  const { synonyms, derived } =
    asPhrasal && (asPhrasal.synonyms.length || asPhrasal.derived.length) ? asPhrasal : corpus.paraphrasesOf(lemma);
  const found: [string, number][] = [];
  for (const [related, w] of [
    [derived, DERIVED_WEIGHT],
    [synonyms, SYNONYM_WEIGHT],
  ] as const) {
    for (const word of related) {
      const st = stemOf(word);
      if (index.hasStem(st)) found.push([st, w]);
      for (const form of formsOf(word, index)) found.push([form, w]);
    }
  }
  out = found;
  if (cache.size > CORPUS_CACHES.paraphraseStems.size) cache.clear();
  cache.set(key, out);
  return out;
}

/**
 * The stems, and irregular forms' stems, of the article verbs one step more general than a lemma
 * (Corpus.broaderOf) not already among its stems; not a light one, which says too little to be the
 * deed asked ("dub" is a way to "call", but "called X" names no dubbing).
 */
function broaderStems(corpus: Corpus, index: TextIndex, lemma: string, stems: ReadonlyMap<string, number>): string[] {
  const out = new Set<string>();
  for (const word of corpus.broaderOf(lemma).filter((w) => !LIGHT_VERBS.has(w)))
    for (const st of [stemOf(word), ...formsOf(word, index)]) if (!stems.has(st) && index.hasStem(st)) out.add(st);
  return [...out];
}

/** Particles that make a phrasal verb with the verb before them, as WordNet writes them ("in" and
 * "on" are left out: after a verb they are far more often prepositions, "lives in London"). */
const PARTICLES = new Set(['up', 'out', 'off', 'away', 'down', 'over', 'back']);

/** WordNet's lemma for the verb at i and the particle after it ("set_up"), or null. */
function phrasalLemma(tokens: readonly Token[], i: number): string | null {
  const particle = tokens[i + 1]?.text.toLowerCase();
  return tokens[i]!.pos === 'VERB' && particle && PARTICLES.has(particle) ? `${tokens[i]!.lemma}_${particle}` : null;
}

/**
 * "was dowling the treasurer", "who represented dowling": a name typed in lower case reads to the
 * tagger as a verb in "-ing"; a word of a name the question gives is that name.
 */
function namesNotVerbs(tokens: Token[], nameWords: ReadonlySet<string>): Token[] {
  return tokens.map((t) =>
    t.pos === 'VERB' && t.text.endsWith('ing') && nameWords.has(t.text) ? { ...t, pos: 'PROPN', lemma: t.text } : t,
  );
}

/** Stems of a word's irregular forms that the articles use ("lead" -> "led"). */
function formsOf(lemma: string, index: TextIndex): readonly string[] {
  const forms = irregularForms(lemma);
  return forms.length ? forms.map(stemOf).filter((st) => index.hasStem(st)) : forms;
}

/** A word's stems as typed or as a slip corrected ("arested" for "arrest"), not its paraphrases. */
export function typedStems(group: TermGroup): string[] {
  const paraphrase = Math.max(DERIVED_WEIGHT, SYNONYM_WEIGHT);
  return [...group.stems].filter(([, w]) => w > paraphrase).map(([st]) => st);
}

/** A phrase as its lower-cased words, for comparing quoted words whatever the punctuation. */
export function phraseWords(text: string): string {
  return textWords(text).join(' ');
}

/**
 * Numbers typed with spaces where the article has separators: "2 987 000" is "2,987,000" and
 * "4 10 dlrs" may be "4.10 dlrs". Each digit group of such a run also stands for the number the
 * articles write, when they write it.
 */
function spacedNumbers(tokens: Token[], index: TextIndex): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const digits = (i: number) => /^\d+$/.test(tokens[i]?.text ?? '');
  for (let i = 0; i < tokens.length; i++) {
    if (!digits(i) || !digits(i + 1)) continue;
    const forms: [string, number][] = [[`${tokens[i]!.text}.${tokens[i + 1]!.text}`, i + 1]];
    let thousands = tokens[i]!.text;
    for (let j = i + 1; digits(j) && tokens[j]!.text.length === 3 && tokens[i]!.text.length <= 3; j++) {
      thousands += `,${tokens[j]!.text}`;
      forms.push([thousands, j]);
    }
    for (const [form, last] of forms) {
      const st = stemOf(form);
      if (!index.hasStem(st)) continue;
      for (let k = i; k <= last; k++) out.set(k, [...(out.get(k) ?? []), st]);
    }
  }
  return out;
}

const isAcronym = (name: string) => /^\p{Lu}{2,}$/u.test(name);

/** Whether a name of two words or more (its key's words) is typed in full, lower-case or misspelt. */
function typedInFull(words: string[], typed: Set<string>): boolean {
  return words.length >= 2 && words.every((w) => typed.has(w));
}
