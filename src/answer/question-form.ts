// The slot a question asks, read from its form beyond the wh-word: the title whose holder it
// asks for ("who is the president of Russia"), the acronym it asks spelt out ("what does MPC
// stand for"), the condition of "what happens if ...", and the noun a "how many" counts.
import { HONORIFICS, TITLE_WORDS } from '../extract/lexicon.js';
import { STOP_WORDS } from '../nlp/stop-words.js';
import type { Token } from '../nlp/annotate.js';
import { isParticiple } from '../extract/amounts.js';
import { standardWords } from './informal.js';

export interface Form {
  /**
   * A title the question asks the holder of, with the words that qualify it: "who is the
   * president of Russia" -> president, [russia]; "which minister announced ..." -> minister, [],
   * not copular (the verb says what the holder did).
   */
  role?: { noun: string; qualifiers: string[]; copular: boolean };
  /** "What does MPC stand for?": the acronym to spell out. */
  acronym?: string;
  /** "What does the Met Office stand for?": a name of several words asked spelt out, lower case. */
  shortName?: string[];
  /** "What happens if Washington walks away from the deal?": the condition's words, lower case. */
  condition?: string[];
  /** "What will the rebels do if ...": who is asked to act, lower case; the outcome must name them. */
  conditionDoer?: string[];
  /** "What is a wiki?", "what is am 2201": the words of the thing to define. */
  defines?: string[];
  /** "How many countries", "how much pre-tax profit": the lemma of the noun counted or measured. */
  counted?: string;
  /** The stems in the articles that stand for the counted noun (set with the question's words). */
  countedStems?: string[];
}

/** Words for a written-out form of a question: "whos" and "who's" are "who is". */
const CONTRACTIONS: [RegExp, string][] = [
  [/\b(who|what|where|when|how)['’]s\b/gi, '$1 is'],
  [/\b(who|what|where|when)s\b(?!\s+(?:is|are|was|were|does|did|do)\b)/gi, '$1 is'],
  // "Who is in charge of X" asks who heads X, which is how articles put it ("headed by", "head of").
  [/\b(?:is|'s|’s) in charge of\b/gi, 'heads'],
  [/\bare in charge of\b/gi, 'head'],
  [/\b(?:was|were) in charge of\b/gi, 'headed'],
  [/\b(will|would|to) be in charge of\b/gi, '$1 head'],
  // "What is going on with X" asks what is happening, not where anyone went.
  [/\b(is|are|was|were) going on\b/gi, '$1 happening'],
];

/**
 * The question with contractions of its wh-word written out, so the reader sees "who is", and its
 * informal words in their standard form (`written`: whether the articles use a word).
 */
export function expandContractions(text: string, written?: (word: string) => boolean): string {
  let out = standardWords(text, written);
  for (const [re, to] of CONTRACTIONS) out = out.replace(re, to);
  return out;
}

/**
 * A request wrapped round a question ("can you tell me who won", "I want to know when it opens",
 * "ask who won"): the question is the part from its wh-word on. Read whole, the frame's "tell" or
 * "know" was taken for the deed asked and answered whoever is said to tell something.
 */
const REQUEST_FRAME =
  /^(?:(?:please|pls|so|hey|hi|ok|okay)[,!\s]+)*(?:(?:can|could|would|will) (?:you|u|anyone|someone) (?:please |pls )?(?:tell|show) me|(?:please |pls )?tell me|(?:do|does) (?:you|u|anyone|anybody) know|i (?:want|would like|'d like|’d like|wanna) to know|i wonder|i'm wondering|i’m wondering|any idea|explain|ask)[,:\s]+(?=(?:who|whom|whose|what|when|where|why|how|which)\b)/i;

/** An asked question in the order a request puts it: "who Kabulov is", "what MEMRI stands for". */
const EMBEDDED_COPULA = /^(who|what)\s+(.+?)\s+(is|are|was|were)\s*[?.!]*$/i;
const EMBEDDED_STANDS_FOR = /^what\s+(.+?)\s+stands?\s+for\s*[?.!]*$/i;

/**
 * The question inside a request for it, put back in a question's order; the text as it was when
 * it is no such request.
 */
export function withoutRequestFrame(text: string): string {
  const asked = text.replace(REQUEST_FRAME, '');
  if (asked === text) return text;
  return asked.replace(EMBEDDED_STANDS_FOR, 'what does $1 stand for?').replace(EMBEDDED_COPULA, '$1 $3 $2?');
}

/** Titles that only address a person ("Mr"), not an office whose holder one may ask for. */
const FORMS_OF_ADDRESS = new Set([
  ...HONORIFICS,
  'member',
  'expert',
  'official',
  'agent',
  'analyst',
  'general',
  'vice',
  'deputy',
  'count',
]);

/** A title word whose holder a question may ask for. */
export function isOfficeWord(lemma: string): boolean {
  return TITLE_WORDS.has(lemma) && !FORMS_OF_ADDRESS.has(lemma);
}

/** Nouns that name an amount of any kind, not a thing counted. */
const GENERIC_AMOUNTS = new Set([
  'money',
  'cash',
  'amount',
  'sum',
  'number',
  'total',
  'quantity',
  'time',
  'percent',
  'percentage',
]);

/** Adjectives of size that ask a measure in "how big a N". */
const SIZE_WORDS = new Set(['big', 'large', 'small', 'long', 'high', 'low', 'great', 'much']);

/** Auxiliaries of a question about what someone would do: "what will they do if ...". */
const WILL_OR_WOULD = /^(will|would|could|might|should|may)$/i;

const PHRASE_PARTS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'PUNCT', 'NUM', 'CCONJ', 'PART']);

export function readForm(tokens: Token[], whAt: number): Form {
  const form: Form = {};
  const lower = tokens.map((t) => t.text.toLowerCase());
  const wh = lower[whAt];
  const rest = tokens.slice(whAt + 1).filter((t) => t.pos !== 'PUNCT');
  // "What does MPC stand for", "what is MPC short for".
  const standFor =
    /^(what|whats)$/.test(wh ?? '') &&
    rest.length >= 3 &&
    rest[rest.length - 1]!.text.toLowerCase() === 'for' &&
    /^(stand|short)$/.test(rest[rest.length - 2]!.lemma.toLowerCase());
  if (standFor) {
    const name = rest
      .slice(1, -2)
      .filter((t) => t.pos !== 'DET')
      .map((t) => t.text)
      .join(' ');
    if (/^[\p{L}&.]{2,10}$/u.test(name)) form.acronym = name.replace(/\./g, '');
    else if (name.includes(' ')) form.shortName = name.toLowerCase().split(' ');
  }
  const role = copularRole(tokens, whAt);
  if (role) form.role = role;
  // "What is a wiki?", "what are GUIs": a copula and the thing, with nothing it is "of" or does.
  if (
    wh === 'what' &&
    rest[0]?.lemma === 'be' &&
    rest.length >= 2 &&
    !form.role &&
    !form.acronym &&
    rest
      .slice(1)
      .every(
        (t) =>
          /^(DET|ADJ|NOUN|PROPN|NUM|PUNCT|X|SYM)$/.test(t.pos) ||
          (/^[\p{L}\p{N}-]+$/u.test(t.text) && t.pos !== 'VERB' && t.pos !== 'ADP'),
      )
  ) {
    const words = rest
      .slice(1)
      .filter((t) => t.pos !== 'DET' && t.pos !== 'PUNCT')
      .map((t) => t.text.toLowerCase());
    if (words.length) form.defines = words;
  }
  // "Which minister announced ...": the title names who the answer is.
  if (wh === 'which' && tokens[whAt + 1] && isOfficeWord(tokens[whAt + 1]!.lemma.toLowerCase())) {
    form.role = { noun: tokens[whAt + 1]!.lemma.toLowerCase(), qualifiers: [], copular: false };
  }
  // "What happens if ...", "what will happen if ...": the condition's words.
  const ifAt = lower.indexOf('if');
  // And "what if ...", "what will the rebels do if ...": the outcome is what they would do.
  const before = tokens.slice(whAt + 1, ifAt);
  const doer = ifAt > whAt + 2 && before.at(-1)?.lemma === 'do' && WILL_OR_WOULD.test(before[0]?.text ?? '');
  if (wh === 'what' && ifAt > whAt && (ifAt === whAt + 1 || doer || before.some((t) => t.lemma === 'happen'))) {
    if (doer)
      form.conditionDoer = before
        .filter((t) => /^(NOUN|PROPN)$/.test(t.pos) && !STOP_WORDS.has(t.lemma.toLowerCase()))
        .map((t) => t.text.toLowerCase());
    // Its things, not its verbs: "walks away" may be written "strays".
    // A "noun" followed by an article is a verb the tagger misread ("the river floods the town").
    form.condition = tokens
      .slice(ifAt + 1)
      .filter(
        (t, k, all) =>
          /^(NOUN|PROPN|NUM)$/.test(t.pos) &&
          !STOP_WORDS.has(t.lemma.toLowerCase()) &&
          !(t.pos === 'NOUN' && all[k + 1]?.pos === 'DET'),
      )
      .map((t) => t.text.toLowerCase());
  }
  // "How many countries", "how much pre-tax profit": the noun after the quantifier.
  // "How many" counts a plural: the first one ends the phrase ("how many nurses work" counts
  // nurses, though the tagger may read "work" as a noun); "how much" measures the last noun.
  if (wh === 'how' && /^(many|much)$/.test(lower[whAt + 1] ?? '')) {
    for (
      let i = whAt + 2;
      i < tokens.length && (/^(ADJ|NOUN|PROPN|PUNCT)$/.test(tokens[i]!.pos) || isParticiple(tokens[i], tokens[i + 1]));
      i++
    ) {
      const t = tokens[i]!;
      if (t.pos === 'NOUN') form.counted = t.lemma.toLowerCase();
      if (t.pos === 'NOUN' && lower[whAt + 1] === 'many' && t.text.toLowerCase() !== t.lemma.toLowerCase()) break;
      if (
        tokens[i + 1]?.pos !== 'NOUN' &&
        tokens[i + 1]?.pos !== 'PUNCT' &&
        !isParticiple(tokens[i + 1], tokens[i + 2])
      )
        break;
    }
    // "How much money": the noun names the kind of amount, which any currency is.
    if (form.counted && GENERIC_AMOUNTS.has(form.counted)) delete form.counted;
  }
  // "What number storm is it": a place in a series of the things the noun names, not an amount of another thing.
  if (wh === 'what' && lower[whAt + 1] === 'number' && tokens[whAt + 2]?.pos === 'NOUN')
    form.counted = tokens[whAt + 2]!.lemma.toLowerCase();
  // "How big a bonus", "how long a delay": the noun after the article is the thing measured.
  if (
    wh === 'how' &&
    SIZE_WORDS.has(lower[whAt + 1] ?? '') &&
    /^(a|an)$/.test(lower[whAt + 2] ?? '') &&
    tokens[whAt + 3]?.pos === 'NOUN' &&
    !GENERIC_AMOUNTS.has(tokens[whAt + 3]!.lemma.toLowerCase())
  ) {
    form.counted = tokens[whAt + 3]!.lemma.toLowerCase();
  }
  return form;
}

/**
 * "Who is the president of Russia?", "who is the EU transport commissioner": a copula and a noun
 * phrase headed by a title, nothing else: the title whose holder is asked.
 */
export function copularRole(tokens: Token[], whAt: number): Form['role'] | undefined {
  const wh = tokens[whAt]?.text.toLowerCase();
  const rest = tokens.slice(whAt + 1).filter((t) => t.pos !== 'PUNCT');
  if (
    !(wh === 'who' || wh === 'what') ||
    rest[0]?.lemma !== 'be' ||
    rest.length < 2 ||
    !rest.slice(1).every((t) => PHRASE_PARTS.has(t.pos))
  )
    return undefined;
  // "What is the name of the Taliban leader?" asks for the holder as "who is" does.
  const named = rest[1]?.pos === 'DET' && rest[2]?.lemma === 'name' && rest[3]?.text.toLowerCase() === 'of';
  const phrase = rest.slice(named ? 4 : 1);
  const ofAt = phrase.findIndex((t) => /^(of|for|at|in)$/i.test(t.text));
  const head = ofAt >= 0 ? ofAt - 1 : phrase.length - 1;
  const noun = phrase[head];
  if (
    !noun ||
    noun.text !== noun.text.toLowerCase() ||
    !isOfficeWord(noun.lemma.toLowerCase()) ||
    (phrase[0]!.pos !== 'DET' && !ownerOpens(phrase))
  )
    return undefined;
  return { noun: noun.lemma.toLowerCase(), qualifiers: qualifiersOf(phrase.filter((t) => t !== noun)), copular: true };
}

/** Whether the phrase opens with its owner's name and "'s": "Norland's envoy for the islands". */
function ownerOpens(phrase: Token[]): boolean {
  const at = phrase.findIndex((t) => t.text === "'s" || t.text === '’s');
  return at > 0 && phrase.slice(0, at).every((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
}

/** The content words qualifying a title: "of Russia", "EU transport". */
function qualifiersOf(tokens: Token[]): string[] {
  return tokens
    .filter((t) => /^(NOUN|PROPN|ADJ|NUM)$/.test(t.pos) && !STOP_WORDS.has(t.text.toLowerCase()))
    .map((t) => t.text.toLowerCase());
}
