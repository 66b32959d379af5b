// What a question asks: its type, the kind of answer it wants, the names it is about and its
// key terms (stems, with typo corrections and paraphrases at lower weight).
import { DIGIT_GROUP, digitGroups, STOP_WORDS, SPEECH_VERBS, isContentTerm } from '../extract/lexicon.js';
import { nameKey } from '../text/name-key.js';
import { isYear } from '../text/dates.js';
import { annotate, stemOf, type Token } from '../nlp/annotate.js';
import type { Corpus, Entity } from '../corpus/corpus.js';
import { entitiesWithWord, findEntities } from '../search/names.js';
import type { TextIndex } from '../search/text-index.js';
import { irregularForms } from './irregular.js';
import { expandContractions, isOfficeWord, readForm, type Form } from './question-form.js';
import { entityNameWords, lowerWords, textWords } from '../text/words.js';

export type Wh = 'who' | 'what' | 'when' | 'where' | 'why' | 'how' | 'which' | 'yesno' | 'other';
export type Expect =
  'person' | 'date' | 'place' | 'number' | 'reason' | 'quote' | 'speaker' | 'profile' | 'manner' | 'thing' | 'yesno';

export interface Question {
  text: string;
  wh: Wh;
  expects: Expect;
  tokens: Token[];
  /** Stems to search for, with weights (1 for the words asked, less for corrections and paraphrases). */
  terms: Map<string, number>;
  /**
   * One group per question word: the stems that may stand for it (itself, corrections,
   * paraphrases) with weights; `name` when the word is part of a name the question gives,
   * `speech` for a verb of saying, `essential` for what "what is the capital of X" asks about X,
   * which a passage must say; `at`, the question token it stands for.
   */
  groups: {
    weight: number;
    stems: Map<string, number>;
    optional?: boolean;
    name?: boolean;
    speech?: boolean;
    essential?: boolean;
    at?: number;
  }[];
  /** Content lemmas of the question, for matching facts. */
  lemmas: string[];
  /** Main verbs of the question, by lemma. */
  verbs: string[];
  /** Entities the question names, best first. */
  focus: Entity[];
  /** Capitalised names in the question that the articles never mention. */
  unknownNames: string[];
  /**
   * Words the answer's passage must contain: the names and numbers the question gives, each with
   * the alternatives that name the same thing ("Russia" is also "Moscow"). A passage about someone
   * else, or another year, does not answer it however many other words match.
   */
  required: string[][];
  /** Titles and phrases the question quotes ("On the Computational Complexity of Algorithms"), lower-cased words: the passage must hold them as written. */
  phrases: string[];
  /** "the article", "published": the question is about the document itself. */
  aboutDocument: boolean;
  /** The slot its form asks: a title's holder, an acronym, a condition's outcome, a counted noun. */
  form: Form;
}

const WH_WORDS = new Set(['who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'which']);
const DATE_NOUNS = new Set(['year', 'date', 'month', 'day', 'time', 'century', 'decade', 'period', 'era', 'age']);
const PLACE_NOUNS = new Set([
  'country',
  'city',
  'place',
  'region',
  'town',
  'state',
  'area',
  'province',
  'location',
  'continent',
  'capital',
  'island',
  'river',
  'territory',
  'village',
  'nation',
]);
const NUMBER_WORDS = new Set(['many', 'much', 'long', 'old', 'far', 'big', 'large', 'often', 'tall', 'high']);
const NUMBER_NOUNS = new Set([
  'number',
  'percentage',
  'percent',
  'amount',
  'size',
  'price',
  'cost',
  'total',
  'population',
]);
const PERSON_NOUNS = new Set([
  'person',
  'leader',
  'man',
  'woman',
  'king',
  'president',
  'group',
  'organisation',
  'organization',
  'company',
  'official',
  'people',
  'ruler',
  'author',
]);
export const OPINION_VERBS = new Set([
  'think',
  'want',
  'believe',
  'expect',
  'feel',
  'hope',
  'fear',
  'wish',
  'mean',
  'propose',
  'demand',
  'suggest',
]);
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
const DERIVED_WEIGHT = 0.3;
const SYNONYM_WEIGHT = 0.3;
const DOCUMENT_WORDS = new Set(['article', 'story', 'report', 'piece', 'publish', 'write', 'post']);

export function analyseQuestion(raw: string, corpus: Corpus, index: TextIndex): Question {
  const text = raw.trim();
  // "whos X", "who's X": read as "who is X"; the text shown stays as typed.
  const read = expandContractions(text);
  const annotated = annotate(read, 0, read.length).flatMap((s) => s.tokens);
  const lower = annotated.map((t) => t.text.toLowerCase());
  const whAt = lower.findIndex((w) => WH_WORDS.has(w));
  const tokens = withVerbAfterWho(annotated, whAt);
  const wh: Wh =
    whAt >= 0
      ? normaliseWh(lower[whAt]!)
      : tokens[0] &&
          (tokens[0].pos === 'AUX' ||
            /^(is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)$/i.test(tokens[0].text))
        ? 'yesno'
        : 'other';
  const next = whAt >= 0 ? tokens[whAt + 1] : undefined;
  const verbs = tokens.filter((t) => t.pos === 'VERB').map((t) => t.lemma);
  const lemmas = tokens.filter((t, i) => i !== whAt && isContentTerm(t.lemma, t.pos)).map((t) => t.lemma);
  const phrases = [...text.matchAll(/["“]([^"”]+)["”]/g)]
    .map((m) => phraseWords(m[1]!))
    .filter((p) => p.split(' ').length >= 2);
  // "When was the article published?", but not "When was “The Long Road Home” written?".
  const aboutDocument =
    lemmas.some((l) => DOCUMENT_WORDS.has(l)) &&
    (lemmas.includes('publish') || lemmas.includes('article') || lemmas.includes('write')) &&
    lemmas.length <= 3 &&
    !phrases.length;

  const { focus, unknownNames, names, nameWords } = namesIn(tokens, whAt, corpus, index);
  // A year the articles never write ("coined in 1774" where they say 1777): nothing confirms it.
  for (const t of tokens) if (isYear(t.text) && !index.hasWord(t.text)) unknownNames.push(t.text);
  const form = readForm(tokens, whAt);
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
    ...tokens
      .filter((t) => (t.pos === 'NUM' || /^\d+(st|nd|rd|th|s)?$/i.test(t.text)) && index.hasWord(t.text))
      .map((t) => [t.text.toLowerCase()]),
    // A lower-case question names things too ("the oecd's forecast for the uk"): a word that is one
    // of its entities' names is required as a capitalised one would be.
    ...(names.length
      ? []
      : tokens
          .map((t) => t.text.toLowerCase())
          .filter((w) => w.length >= 2 && !STOP_WORDS.has(w) && index.hasWord(w) && focusNameWords.has(w))
          .map((w) => [w, ...aliasWords(w)])),
  ];
  const expects = form.role?.copular ? 'person' : expectedAnswer(wh, tokens, whAt, next, verbs, focus, nameWords);
  const terms = new Map<string, number>();
  const groups: Question['groups'] = [];
  const joinedNumbers = spacedNumbers(tokens, index);
  const attribute = whAt >= 0 && lower[whAt] === 'what' ? attributeOf(tokens, whAt) : null;
  const focusWords = new Set(focus.flatMap(entityNameWords));
  const seen = new Set<string>();
  // Each typed word with its spelling corrections: "britsh airways" names "British Airways" in full.
  const wordsOf = (t: Token) => [nameKey(t.text), ...(index.hasWord(t.text) ? [] : index.correct(t.text).keys())];
  const typedWords = new Set(tokens.flatMap(wordsOf));
  tokens.forEach((t, i) => {
    if (
      i === whAt ||
      !isContentTerm(t.stem, t.pos) ||
      STOP_WORDS.has(t.lemma) ||
      (expects !== 'quote' && t.lemma === 'do') ||
      seen.has(t.stem)
    )
      return;
    seen.add(t.stem);
    // Speech verbs and adverbs say less about where the answer is than nouns and other verbs.
    // Words naming the kind of answer ("what country", "how much ... cost") help when the passage
    // has them and cost nothing when it does not.
    const optional =
      (i === whAt + 1 && ANSWER_NOUNS.has(t.lemma)) ||
      (expects === 'number' && MEASURE_WORDS.has(t.lemma)) ||
      (expects === 'place' && PLACE_NOUNS.has(t.lemma)) ||
      (expects === 'date' && DATE_NOUNS.has(t.lemma));
    const weight = optional
      ? 0.3
      : (t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma) && expects !== 'speaker') ||
          t.pos === 'ADV' ||
          LIGHT_VERBS.has(t.lemma)
        ? 0.5
        : 1;
    const stems = new Map<string, number>();
    if (index.hasStem(t.stem)) stems.set(t.stem, 1);
    else if (!index.hasWord(t.text)) for (const [c, w] of index.correct(t.text)) if (!stems.has(c)) stems.set(c, w);
    for (const st of formsOf(t.lemma, index)) if (!stems.has(st)) stems.set(st, 1);
    // A word the articles use once or twice may be their typo for what the question misspells
    // too ("visted"): a far more common spelling one or two edits away also stands for it.
    if (index.hasStem(t.stem) && t.text === t.text.toLowerCase() && index.documentFrequency(t.stem) <= RARE_WORD) {
      for (const [c, w] of index.correct(t.text))
        if (!stems.has(c) && index.documentFrequency(c) >= COMMON_SPELLING * index.documentFrequency(t.stem))
          stems.set(c, w);
    }
    for (const n of joinedNumbers.get(i) ?? []) if (!stems.has(n)) stems.set(n, 1);
    // A number may stand in the articles as one group of a longer one ("945" of "2,945,000").
    for (const group of /^\d+$/.test(t.text) ? [DIGIT_GROUP + t.text] : digitGroups(t.text))
      if (!stems.has(group) && index.hasStem(group)) stems.set(group, 0.5);
    // A name stands for its entity: "Russia" also matches a passage that says "Moscow". Only an
    // entity the question names in full: "Canadian" is not "Canadian Tire". A word of a longer
    // name counts only when it is as distinctive as the word asked: "New York" does not make
    // every "new" stand for "York".
    const run = names.find((n) => n.split(' ').includes(t.text));
    const keys = new Set([nameKey(t.text), ...(run ? [nameKey(run)] : [])]);
    for (const e of focus) {
      const all = [e.name, ...e.aliases];
      const written = all.some((n) => keys.has(nameKey(n)));
      // A name typed in full in lower case stands for the acronym the articles write for it.
      if (!written && !all.some((n) => typedInFull(n, typedWords, wordsOf(t)))) continue;
      for (const n of written ? all : e.aliases.filter(isAcronym))
        for (const w of n.split(/\s+/)) {
          const st = stemOf(w);
          if (stems.has(st) || !index.hasStem(st) || STOP_WORDS.has(st)) continue;
          if (n.includes(' ') && index.documentFrequency(st) > index.documentFrequency(t.stem)) continue;
          stems.set(st, 0.8);
        }
    }
    // Words of the articles that WordNet says may mean the one asked ("purchase" for "buy").
    const { synonyms, derived } = corpus.paraphrasesOf(t.lemma);
    for (const [related, w] of [
      [derived, DERIVED_WEIGHT],
      [synonyms, SYNONYM_WEIGHT],
    ] as const) {
      for (const lemma of related)
        for (const st of [stemOf(lemma), ...formsOf(lemma, index)]) {
          if (index.hasStem(st) && !stems.has(st)) stems.set(st, w);
        }
    }
    if (form.counted && t.lemma.toLowerCase() === form.counted)
      form.countedStems = [...stems.keys()].filter((st) => stems.get(st)! >= 0.8);
    const name = focus.length > 0 && (!!run || focusWords.has(t.text.toLowerCase()));
    groups.push({
      weight,
      stems,
      optional,
      name,
      speech: t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma),
      essential: t === attribute,
      at: i,
    });
    for (const [st, w] of stems) terms.set(st, Math.max(terms.get(st) ?? 0, w * weight));
  });
  return {
    text,
    wh,
    expects,
    tokens,
    terms,
    groups,
    lemmas,
    verbs,
    focus,
    unknownNames,
    required,
    phrases,
    aboutDocument,
    form,
  };
}

/** Stems of a word's irregular forms that the articles use ("lead" -> "led"). */
function formsOf(lemma: string, index: TextIndex): string[] {
  return irregularForms(lemma)
    .map(stemOf)
    .filter((st) => index.hasStem(st));
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

/**
 * "who chairs the council?": wink reads a present-tense verb right after "who" as a plural noun
 * when the question is lower-case. A plural noun there, before what it acts on, is the deed asked.
 */
export function withVerbAfterWho(tokens: Token[], whAt: number): Token[] {
  const t = tokens[whAt + 1];
  if (whAt < 0 || tokens[whAt]!.text.toLowerCase() !== 'who' || t?.pos !== 'NOUN' || !/^[a-z]+[^s]s$/.test(t.text))
    return tokens;
  if (!/^(DET|PROPN|NOUN|ADJ|NUM|PRON)$/.test(tokens[whAt + 2]?.pos ?? '')) return tokens;
  const lemma = /(ch|sh|x|z|ss)es$/.test(t.text)
    ? t.text.slice(0, -2)
    : /[^aeiou]ies$/.test(t.text)
      ? `${t.text.slice(0, -3)}y`
      : t.text.slice(0, -1);
  return tokens.map((x, i) => (i === whAt + 1 ? { ...x, pos: 'VERB', lemma } : x));
}

function normaliseWh(w: string): Wh {
  return w === 'whom' || w === 'whose' ? 'who' : (w as Wh);
}

function expectedAnswer(
  wh: Wh,
  tokens: Token[],
  whAt: number,
  next: Token | undefined,
  verbs: string[],
  focus: Entity[],
  nameWords: Set<string>,
): Expect {
  const saysVerb = verbs.some((v) => SPEECH_VERBS.has(v));
  const nextLemma = next?.lemma ?? '';
  switch (wh) {
    case 'who':
      if (saysVerb) return 'speaker';
      if (isProfileQuestion(tokens, whAt, focus, nameWords)) return 'profile';
      return 'person';
    case 'when':
      return 'date';
    case 'where':
      return 'place';
    case 'why':
      return 'reason';
    case 'how':
      return NUMBER_WORDS.has(nextLemma) ? 'number' : 'manner';
    case 'what':
    case 'which': {
      // "What year", and "What is the capital of France?": the noun names the kind of answer.
      const noun = nounOf(tokens, whAt) ?? nextLemma;
      if (DATE_NOUNS.has(noun)) return 'date';
      if (PLACE_NOUNS.has(noun)) return 'place';
      if (NUMBER_NOUNS.has(noun)) return 'number';
      if (PERSON_NOUNS.has(noun) || (wh === 'which' && isOfficeWord(nextLemma))) return saysVerb ? 'speaker' : 'person';
      // "What is the name of the Russian envoy?" asks for a name.
      if (noun === 'name') return 'person';
      if (focus.length && (saysVerb || verbs.some((v) => OPINION_VERBS.has(v)))) return 'quote';
      if (isProfileQuestion(tokens, whAt, focus, nameWords)) return 'profile';
      return 'thing';
    }
    case 'yesno':
      return 'yesno';
    default:
      return 'thing';
  }
}

/** The noun of "what is the N of ...". */
function nounOf(tokens: Token[], whAt: number): string | null {
  const rest = tokens
    .slice(whAt + 1)
    .filter((t) => t.pos !== 'DET')
    .map((t) => t.lemma);
  return rest[0] === 'be' && rest[2] === 'of' ? rest[1]! : null;
}

/** Nouns that ask for something of a kind, not for an attribute the passage must name: "what is an example of". */
const KIND_NOUNS = new Set(['name', 'kind', 'type', 'sort', 'example', 'instance', 'word', 'term', 'part', 'one']);

/** "What is the capital of France?": the attribute asked for. */
function attributeOf(tokens: Token[], whAt: number): Token | null {
  const rest = tokens.slice(whAt + 1).filter((t) => t.pos !== 'DET');
  return rest[0]?.lemma === 'be' &&
    rest[2]?.lemma === 'of' &&
    rest[1]!.pos === 'NOUN' &&
    !KIND_NOUNS.has(rest[1]!.lemma)
    ? rest[1]!
    : null;
}

/**
 * "Who is Zamir Kabulov?", "what is MEMRI", "What is Stanikzai's role?": a copula and a name
 * (with at most a word for a role), nothing else.
 */
function isProfileQuestion(tokens: Token[], whAt: number, focus: Entity[], typed: Set<string>): boolean {
  if (!focus.length) return false;
  const rest = tokens.slice(whAt + 1).filter((t) => t.pos !== 'PUNCT');
  if (rest[0]?.lemma !== 'be') return false;
  // The entities' names, and the question's words that were read as them ("nesar").
  const nameWords = new Set([...focus.flatMap(entityNameWords), ...typed]);
  const words = rest.slice(1).filter((t) => t.pos !== 'DET' && !/^(’s|'s)$/.test(t.text) && !ROLE_WORDS.has(t.lemma));
  return (
    words.length > 0 &&
    words.every((t) => t.pos === 'PROPN' || /^[\p{Lu}]/u.test(t.text) || nameWords.has(t.text.toLowerCase()))
  );
}

const ROLE_WORDS = new Set(['role', 'job', 'position', 'title', 'occupation', 'post', 'function']);

/** Capitalised runs (and fuzzy matches of the question's words) resolved to entities. */
function namesIn(
  tokens: Token[],
  whAt: number,
  corpus: Corpus,
  index: TextIndex,
): { focus: Entity[]; unknownNames: string[]; names: string[]; nameWords: Set<string> } {
  const focus: Entity[] = [];
  const unknownNames: string[] = [];
  const runs: string[] = [];
  let run: string[] = [];
  tokens.forEach((t, i) => {
    const capital = /^[\p{Lu}]/u.test(t.text) && i > 0 && i !== whAt && t.pos !== 'PUNCT' && !/^(I)$/.test(t.text);
    if (capital || (run.length && /^(of|for)$/.test(t.text) && /^[\p{Lu}]/u.test(tokens[i + 1]?.text ?? '')))
      run.push(t.text);
    else {
      if (run.length) runs.push(run.join(' '));
      run = [];
    }
  });
  if (run.length) runs.push(run.join(' '));
  for (const name of runs) {
    // "There", "In" opening a quotation are capitalised, not names.
    if (name.split(' ').every((w) => STOP_WORDS.has(w.toLowerCase()))) continue;
    // A near spelling is for typos: a name whose every word the articles use, differing from an
    // entity's in one of them ("Western Europe" beside "Eastern Europe"), names something else.
    const typed = nameKey(name).split(' ');
    const allUsed = name.split(' ').every((w) => index.hasWord(w));
    const hits = findEntities(corpus, name, 3, true).filter(
      (h) => !allUsed || [h.name, ...h.aliases].some((n) => typed.every((w) => nameKey(n).split(' ').includes(w))),
    );
    if (hits.length) {
      for (const h of hits) if (!focus.includes(h)) focus.push(h);
    }
    // A name none of the articles' entities matches, with a word the articles never use
    // ("Vladimir Putin" where only another Vladimir appears), is not in the articles; one whose
    // every unknown word is a slip away from a word they use ("Frist Boston", "Thurdsay") is a typo.
    else if (
      !name
        .split(' ')
        .filter((w) => w.length >= 2 && !/^(of|for|the|and)$/i.test(w))
        .every((w) => index.hasWord(w) || index.correct(w).size > 0)
    )
      unknownNames.push(name);
  }
  // Lower-case or misspelt names ("stanikzay", "moskow", "kabulov"). A word the articles never
  // use may be a misspelt name; a word they use is a name only when they use it only as one:
  // "visit" or "today" in a question are words, even if some article names a "U.S. Visit".
  const nameWords = new Set<string>();
  if (!focus.length) {
    const words = tokens
      .map((t, i) => ({ t, i }))
      .filter(({ t, i }) => i !== whAt && t.pos !== 'PUNCT' && !STOP_WORDS.has(t.lemma) && t.text.length >= 2);
    const taken = new Set<number>();
    // Two or three words in a row that name one person in full ("david frost"): that person, not
    // every person sharing one of the words. Only people: "world cup" typed is a phrase as much as a name.
    for (const size of [3, 2]) {
      for (let k = 0; k + size <= words.length; k++) {
        const run = words.slice(k, k + size);
        if (run.some((w) => taken.has(w.i)) || run[size - 1]!.i - run[0]!.i !== size - 1) continue;
        const typed = run.map((w) => w.t.text.toLowerCase());
        // The whole name as the articles write it ("world cup" is not "FIFA World Cup").
        const hit = findEntities(corpus, typed.join(' '), 1, true).find(
          (e) => e.type === 'person' && nameKey(e.name).split(' ').length === size && namesAll(e, typed),
        );
        if (!hit) continue;
        if (!focus.includes(hit)) focus.push(hit);
        for (const w of run) {
          taken.add(w.i);
          nameWords.add(w.t.text.toLowerCase());
        }
      }
    }
    const byWord = new Map<number, Entity>();
    for (const { t, i } of words) {
      if (taken.has(i)) continue;
      // A short word is a name only as an acronym the articles write in capitals ("eu" for "EU").
      if (t.text.length < 4) {
        const acronym = (corpus.entitiesByName.get(nameKey(t.text)) ?? [])
          .map((id) => corpus.entityById.get(id)!)
          .filter((e) => [e.name, ...e.aliases].includes(t.text.toUpperCase()));
        for (const h of acronym)
          if (!focus.includes(h)) {
            focus.push(h);
            nameWords.add(t.text.toLowerCase());
          }
        continue;
      }
      const used = index.documentFrequency(stemOf(t.text));
      // A word the articles use: only a name mentioned at least as often as the word is used.
      const found = used ? entitiesWithWord(corpus, t.text, used).slice(0, 1) : findEntities(corpus, t.text, 1, true);
      // "david frost" where the articles name only another David: a word beside it that they
      // never use, nor anything near it, makes the pair a name they do not mention.
      // Only where the pair reads as a name: an unknown surname after a first name the articles
      // use, or an unknown first name before a surname ("howard doc" is a surname and a word).
      const nameWordsOf = found[0] ? nameKey(found[0].name).split(' ') : [];
      const word = t.text.toLowerCase();
      const beside = [
        nameWordsOf[0] === word && nameWordsOf.length > 1 ? tokens[i + 1] : undefined,
        nameWordsOf[nameWordsOf.length - 1] === word && nameWordsOf.length > 1 ? tokens[i - 1] : undefined,
      ];
      const unknownBeside = beside.find(
        (n) =>
          n &&
          (n.pos === 'PROPN' || n.pos === 'NOUN') &&
          !STOP_WORDS.has(n.lemma) &&
          n.text.length >= 3 &&
          !index.hasWord(n.text) &&
          index.correct(n.text).size === 0,
      );
      if (found[0]?.type === 'person' && unknownBeside) {
        unknownNames.push(
          tokens[i - 1] === unknownBeside ? `${unknownBeside.text} ${t.text}` : `${t.text} ${unknownBeside.text}`,
        );
        continue;
      }
      for (const h of found)
        if (!focus.includes(h)) {
          focus.push(h);
          nameWords.add(t.text.toLowerCase());
        }
      if (found[0]?.type === 'person') byWord.set(i, found[0]);
    }
    // "sandra howard" where one person is Sandra Gidley and another Michael Howard: another
    // person's first name before a surname names a third, whom the articles do not mention.
    for (const [i, b] of byWord) {
      const first = tokens[i - 1]?.text.toLowerCase() ?? '';
      const bWords = nameKey(b.name).split(' ');
      // The given name is the word before the surname ("Harbour Master Olga Ferris").
      const given = (words: string[]) => words[words.length - 2];
      if (
        bWords.length < 2 ||
        bWords[bWords.length - 1] !== tokens[i]!.text.toLowerCase() ||
        given(bWords) === first ||
        bWords[0] === first
      )
        continue;
      const isFirstName = (corpus.peopleByNameWord.get(first) ?? []).some(
        (p) => p !== b && given(nameKey(p.name).split(' ')) === first,
      );
      if (isFirstName) unknownNames.push(`${tokens[i - 1]!.text} ${tokens[i]!.text}`);
    }
  }
  return { focus, unknownNames, names: runs, nameWords };
}

const isAcronym = (name: string) => /^\p{Lu}{2,}$/u.test(name);

/** Whether a name of two words or more is typed in full, lower-case or misspelt, the word being one of them. */
function typedInFull(name: string, typed: Set<string>, word: string[]): boolean {
  const words = nameKey(name).split(' ');
  return words.length >= 2 && words.every((w) => typed.has(w)) && word.some((w) => words.includes(w));
}

/** Whether every typed word is a word of the entity's name or an alias, spelt nearly right. */
function namesAll(e: Entity, typed: string[]): boolean {
  const words = [e.name, ...e.aliases].flatMap((n) => nameKey(n).split(' '));
  return typed.every((w) => words.some((x) => x === w || (w.length >= 4 && x.length >= 4 && nearlySame(w, x))));
}

/** At most one letter added, dropped or changed. */
function nearlySame(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}
