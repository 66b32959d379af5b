// The kind of answer a question asks, read from its wh-word and the noun or verb after it:
// a person, a date, a place, a number, a reason, a quote, a speaker, a profile, a manner, a thing
// or yes/no. Every command's query weighs the question's words by it ("what country": the
// passage need not say "country"); `ask` reads its slot from it.
import { SPEECH_VERBS } from '../extract/lexicon.js';
import type { Token } from '../nlp/annotate.js';
import type { Entity } from '../corpus/corpus.js';
import { copularRole, isOfficeWord } from './question-form.js';
import { sayingAfterSubject } from './question-tokens.js';
import { entityNameWords } from '../text/words.js';

export type Wh = 'who' | 'what' | 'when' | 'where' | 'why' | 'how' | 'which' | 'yesno' | 'other';
export type Expect =
  'person' | 'date' | 'place' | 'number' | 'reason' | 'quote' | 'speaker' | 'profile' | 'manner' | 'thing' | 'yesno';

export const DATE_NOUNS = new Set([
  'year',
  'date',
  'month',
  'day',
  'time',
  'century',
  'decade',
  'period',
  'era',
  'age',
]);
export const PLACE_NOUNS = new Set([
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
/** Prepositions that make "what age" an era of history rather than a person's age. */
const ERA_PREPOSITION = /^(during|in|from|before|after|through|throughout)$/i;
const NUMBER_WORDS = new Set([
  'many',
  'much',
  'long',
  'old',
  'far',
  'big',
  'large',
  'often',
  'tall',
  'high',
  'fast',
  'deep',
  'wide',
  'heavy',
  'hot',
  'cold',
]);
export const NUMBER_NOUNS = new Set([
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
export const PERSON_NOUNS = new Set([
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
/** Nouns whose "what is the N of X" asks why X is or was done. */
export const REASON_NOUNS = new Set(['purpose', 'reason', 'aim', 'motive', 'objective']);

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

/** The wh-word a question opens with (or yes/no for an opening auxiliary), and the kind of answer it asks. */
export function answerKind(
  tokens: Token[],
  whAt: number,
  focus: Entity[],
  nameWords: Set<string>,
  isWord: (w: string) => boolean,
): { wh: Wh; expects: Expect } {
  const wh: Wh =
    whAt >= 0
      ? normaliseWh(tokens[whAt]!.text.toLowerCase())
      : tokens[0] &&
          (tokens[0].pos === 'AUX' ||
            /^(is|are|was|were|do|does|did|can|could|has|have|had|will|would|should)$/i.test(tokens[0].text))
        ? 'yesno'
        : 'other';
  const verbs = tokens.filter((t) => t.pos === 'VERB').map((t) => t.lemma);
  const expects = copularRole(tokens, whAt)
    ? 'person'
    : expectedAnswer(wh, tokens, whAt, whAt >= 0 ? tokens[whAt + 1] : undefined, verbs, focus, nameWords, isWord);
  return { wh, expects };
}

/**
 * "Who did X say the council would sack": the saying frames a clause of its own subject, in which
 * the one asked is done to; X says it, and is not the one asked.
 */
function framesAClause(tokens: Token[], whAt: number): boolean {
  const says = sayingAfterSubject(tokens, whAt, SPEECH_VERBS);
  return says > 0 && tokens.some((t, i) => i > says && t.pos === 'VERB');
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
  isWord: (w: string) => boolean,
): Expect {
  const saysVerb = verbs.some((v) => SPEECH_VERBS.has(v)) && !doesWithObject(tokens);
  const nextLemma = next?.lemma ?? '';
  switch (wh) {
    case 'who':
      if (saysVerb && !framesAClause(tokens, whAt)) return 'speaker';
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
      // "At what age did they retire", "what age were they": a person's age; "during what age": an era.
      if (noun === 'age' && !ERA_PREPOSITION.test(tokens[whAt - 1]?.text ?? '')) return 'number';
      if (DATE_NOUNS.has(noun)) return 'date';
      // "What was the purpose of the visit" asks why the visit was made.
      if (asksReason(tokens, whAt)) return 'reason';
      if (PLACE_NOUNS.has(noun)) return 'place';
      if (NUMBER_NOUNS.has(noun)) return 'number';
      if (PERSON_NOUNS.has(noun) || (wh === 'which' && isOfficeWord(nextLemma))) return saysVerb ? 'speaker' : 'person';
      // "What is the name of the Russian envoy?" asks for a person's name; "the name of the
      // village" a village's, which no person in the passage gives.
      if (noun === 'name') return namesAThing(tokens, whAt, isWord) ? 'thing' : 'person';
      if (focus.length && !sayingIsPurpose(tokens) && (saysVerb || verbs.some((v) => OPINION_VERBS.has(v))))
        return 'quote';
      if (isProfileQuestion(tokens, whAt, focus, nameWords)) return 'profile';
      return 'thing';
    }
    case 'yesno':
      return 'yesno';
    default:
      return 'thing';
  }
}

/**
 * Verbs of saying with a sense that acts on a thing: "who recalled the kettles" asks who took
 * them back, "who maintains the road" who looks after it, not who said so.
 */
const THING_SENSES = new Set(['recall', 'maintain', 'observe', 'point', 'indicate']);

/** Whether the question's verb of saying takes a noun as its object ("recalled the kettles"), in its other sense. */
function doesWithObject(tokens: Token[]): boolean {
  const at = tokens.findIndex((t) => t.pos === 'VERB' && THING_SENSES.has(t.lemma));
  if (at < 0) return false;
  let k = at + 1;
  while (tokens[k] && /^(DET|ADJ|NUM)$/.test(tokens[k]!.pos)) k++;
  return tokens[k]?.pos === 'NOUN' || tokens[k]?.pos === 'PROPN';
}

/** A word that names a person by what they do: "reporter", "donor", "novelist", "librarian", "trustee". */
const AGENT_ENDING = /(?:er|or|ist|ian|ee|ant|ent)$/;

/**
 * Whether a noun names someone by what they do: by its ending, and one in "-er" only where the
 * articles write the verb it is made from ("reporter" of "report", "driver" of "drive"), so that
 * "river" or "winter" is no one. `isWord`: whether the articles write a word.
 */
function agentNoun(lemma: string, isWord: (w: string) => boolean): boolean {
  // "-ment" makes a thing: "settlement", "agreement".
  if (!AGENT_ENDING.test(lemma) || lemma.endsWith('ment')) return false;
  return !lemma.endsWith('er') || isWord(lemma.slice(0, -2)) || isWord(lemma.slice(0, -1));
}

/**
 * "What is the name of the village ...", "what name was given to the plot": the noun the name is
 * of (the head of its phrase, past its articles, adjectives, any owner and the nouns qualifying
 * it: "the winter festival" is a festival) names no person: not one of the person nouns, a title,
 * nor a word for someone by what they do. A name or no noun there leaves the question asking for
 * a person.
 */
function namesAThing(tokens: Token[], whAt: number, isWord: (w: string) => boolean): boolean {
  const head = namedHead(tokens, whAt);
  if (head < 0) return false;
  const lemma = tokens[head]!.lemma.toLowerCase();
  return !PERSON_NOUNS.has(lemma) && !isOfficeWord(lemma) && !agentNoun(lemma, isWord);
}

/** Nouns that frame the thing a name is of ("one type of primality test"): the noun after their "of" is its kind. */
const FRAMING = /^(type|kind|sort|form|example|variety)$/;

/**
 * The head noun of what a question's name is of, or -1: the last noun of its phrase, past
 * possessives, adverbs and "-ing" words ("the country's oldest continuously running film
 * society") and past a framing noun's "of" ("one type of primality test").
 */
export function namedHead(tokens: readonly Token[], whAt: number): number {
  const at = tokens.findIndex((t, i) => i > whAt && t.lemma === 'name');
  if (at < 0) return -1;
  const k = namedFrom(tokens, at);
  if (k < 0) return -1;
  let head = -1;
  for (let j = k; j < tokens.length; j++) {
    const t = tokens[j]!;
    if (t.pos === 'NOUN') head = j;
    else if (/^of$/i.test(t.text) && head >= 0 && FRAMING.test(tokens[head]!.lemma)) continue;
    else if (!/^(DET|ADJ|NUM|PROPN|PART|ADV)$/.test(t.pos) && !(t.pos === 'VERB' && /ing$/i.test(t.text))) break;
  }
  return head;
}

/** Where the phrase of what a name (at `at`) names begins: after "name of", "name for", "name (was) given to"; or -1. */
function namedFrom(tokens: readonly Token[], at: number): number {
  if (/^(of|for)$/i.test(tokens[at + 1]?.text ?? '')) return at + 2;
  let k = at + 1;
  while (tokens[k]?.pos === 'AUX') k++;
  return tokens[k]?.lemma === 'give' && /^to$/i.test(tokens[k + 1]?.text ?? '') ? k + 2 : -1;
}

/** The noun of "what is the N of ...". */
/**
 * "What vote must X have to block or suggest changes": every verb of saying or thinking stands
 * in a purpose ("to ..."), which asks of what is needed for it, not of anyone's words.
 */
function sayingIsPurpose(tokens: Token[]): boolean {
  const saying = tokens.flatMap((t, i) =>
    t.pos === 'VERB' && (SPEECH_VERBS.has(t.lemma) || OPINION_VERBS.has(t.lemma)) ? [i] : [],
  );
  const inPurpose = (i: number) => {
    for (let k = i - 1; k >= Math.max(0, i - PURPOSE_REACH); k--) {
      const t = tokens[k]!;
      // "What did X want to say": a verb of thinking before "to" makes the saying theirs.
      if (t.text.toLowerCase() === 'to') return !OPINION_VERBS.has(tokens[k - 1]?.lemma ?? '');
      if (!/^(CCONJ|VERB|ADV)$/.test(t.pos)) return false;
    }
    return false;
  };
  return saying.length > 0 && saying.every(inPurpose);
}

/** "to either block or suggest": how many words before a verb its "to" may stand. */
const PURPOSE_REACH = 4;

/** "What was the purpose of the visit", "what is the reason for the delay", "what was the motive behind it". */
function asksReason(tokens: Token[], whAt: number): boolean {
  const rest = tokens
    .slice(whAt + 1)
    .filter((t) => t.pos !== 'DET')
    .map((t) => t.lemma.toLowerCase());
  return rest[0] === 'be' && REASON_NOUNS.has(rest[1] ?? '') && /^(of|for|behind)$/.test(rest[2] ?? '');
}

function nounOf(tokens: Token[], whAt: number): string | null {
  const rest = tokens
    .slice(whAt + 1)
    .filter((t) => t.pos !== 'DET')
    .map((t) => t.lemma);
  return rest[0] === 'be' && rest[2] === 'of' ? rest[1]! : null;
}

/**
 * "Who is Zamir Kabulov?", "what is MEMRI", "What is Stanikzai's role?": a copula and a name
 * (with at most a word for a role), nothing else.
 */
function isProfileQuestion(tokens: Token[], whAt: number, focus: Entity[], typed: Set<string>): boolean {
  if (!focus.length) return false;
  const rest = tokens.slice(whAt + 1).filter((t) => t.pos !== 'PUNCT');
  // The entities' names, and the question's words that were read as them ("nesar").
  // A double-barrelled name reads as its parts too: "jean-philippe" is "jean", "-", "philippe".
  const nameWords = new Set([...focus.flatMap(entityNameWords).flatMap((w) => [w, ...w.split('-')]), ...typed]);
  const isName = (t: Token) => t.pos === 'PROPN' || /^[\p{Lu}]/u.test(t.text) || nameWords.has(t.text.toLowerCase());
  if (rest[0]?.lemma !== 'be') return asksRoleHeld(rest, focus, isName);
  // "Who is X's harbour master" asks of whoever the words after the possessive name, not of X.
  const owned = rest.findIndex((t) => /^(’s|'s)$/.test(t.text));
  if (owned > 0 && rest.slice(owned + 1).some((t) => t.pos !== 'DET' && !ROLE_WORDS.has(t.lemma))) return false;
  const words = rest.slice(1).filter((t) => t.pos !== 'DET' && !/^(’s|'s)$/.test(t.text) && !ROLE_WORDS.has(t.lemma));
  return words.length > 0 && words.every(isName);
}

/** Verbs a role is asked with: "what position does X hold". */
const HOLDING_VERBS = new Set(['hold', 'have', 'occupy', 'fill']);

/**
 * "What position does X hold?", and "what does X do?" of a person: their role, as "what is X's
 * job" asks it. Not "what did X do", which asks for a deed.
 */
function asksRoleHeld(rest: Token[], focus: Entity[], isName: (t: Token) => boolean): boolean {
  const role = ROLE_WORDS.has(rest[0]?.lemma ?? '');
  const aux = rest[role ? 1 : 0]?.text.toLowerCase() ?? '';
  if (!(role ? /^(does|do|did)$/.test(aux) : aux === 'does')) return false;
  const verb = rest.at(-1)!;
  const name = rest.slice(role ? 2 : 1, -1).filter((t) => t.pos !== 'DET');
  if (!name.length || !name.every(isName)) return false;
  return role ? HOLDING_VERBS.has(verb.lemma) : verb.lemma === 'do' && focus.some((e) => e.type === 'person');
}

export const ROLE_WORDS = new Set(['role', 'job', 'position', 'title', 'occupation', 'post', 'function']);
