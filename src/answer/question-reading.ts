// What a question asks, read for `ask` as one typed object: the slot the answer fills (a person,
// a date, a count...), the predicate whose argument it is (a verb group such as "voted against",
// or a relational noun such as "president of"), the predicate's other arguments, the dates,
// numbers and relative times that constrain it, and whether the question is negated. No parser:
// the wh-phrase, the auxiliaries, the subject of an inverted question and the verb group are
// read left to right from wink's tags, with the tagger's usual slips on short questions mended.
import type { Token } from '../nlp/annotate.js';
import type { Entity } from '../corpus/corpus.js';
import { entityNameWords, lowerWords } from '../text/words.js';
import type { Form } from './question-form.js';
import { ROLE_WORDS, type Expect, type Wh } from './question-kind.js';
import { nearlySame } from './question-names.js';
import { isYear } from '../text/dates.js';
import { stemOf } from '../nlp/annotate.js';

/**
 * The slot a question asks: the kind of thing the answer is. `outcome` is what "what happens if"
 * asks, `manner` what "how did" asks; `thing` is any other "what".
 */
export type Slot =
  | 'person'
  | 'organisation'
  | 'place'
  | 'date'
  | 'amount'
  | 'count'
  | 'reason'
  | 'role'
  | 'definition'
  | 'yesno'
  | 'quote'
  | 'outcome'
  | 'manner'
  | 'thing';

export interface Predicate {
  /** A verb group ("voted against", "will start") or a relational noun ("president of", "capital of"). */
  kind: 'verb' | 'noun';
  /** The head word's lemma: "vote", "start", "president", "stand", "be" for a bare copula. */
  lemma: string;
  /** The group's words as typed, lower case: ["voted", "against"], ["stand", "for"], ["president", "of"]. */
  words: string[];
  /** The preposition or particle that ends the group ("against", "for", "of"), or null. */
  particle: string | null;
  tense: 'past' | 'present' | 'future';
  /** "can", "should", "would": the question asks what may be, not what is. */
  modal: string | null;
  /** "when was the bridge built": the subject is what is done to. */
  passive: boolean;
  /** Token index of the head word (the copula's for a bare "be"). */
  at: number;
}

export interface Argument {
  /** `subject`, `object`, `modifier` (before a relational noun: "the city transport commissioner"), or the preposition it follows ("of", "about", "against", "in"). */
  role: string;
  /** Its words, lower case, without determiners: ["plan"], ["tom", "baker"]. */
  words: string[];
  /** The articles' entity it names, if any. */
  entity: Entity | null;
  /** Token index of its first word. */
  at: number;
}

export interface Constraints {
  /** Years, months and weekdays the question gives, lower case ("2019", "march 2019", "monday"). */
  dates: string[];
  /** Other numbers it gives. */
  numbers: string[];
  /** Times relative to the article or to another event: "before this", "last week", "recently". */
  relative: string[];
  /** "What happens if ...": the condition's words (Form.condition). */
  condition: string[];
}

export interface PredicateReading {
  predicate: Predicate | null;
  arguments: Argument[];
  constraints: Constraints;
  polarity: 'positive' | 'negative';
}

/** Nouns of "which N", "what N" that make the answer an organisation, not a person. */
const ORGANISATION_NOUNS = new Set(['group', 'organisation', 'organization', 'company', 'party', 'firm', 'body']);

/** The slot from the kind of answer asked and the form's own reading, which is more specific. */
export function slotOf(wh: Wh, expects: Expect, form: Form, answerNoun: string | null, tokens: Token[]): Slot {
  if (form.acronym || form.defines) return 'definition';
  if (form.condition) return 'outcome';
  if (form.role?.copular) return 'person';
  switch (expects) {
    case 'person':
      return answerNoun && ORGANISATION_NOUNS.has(answerNoun) ? 'organisation' : 'person';
    case 'speaker':
      return 'person';
    case 'number':
      return tokens.some((t) => /^many$/i.test(t.text)) || answerNoun === 'number' ? 'count' : 'amount';
    case 'profile':
      // "who is X", "what is X's role" ask a role; "what is X" asks what X is.
      return wh === 'who' || tokens.some((t) => ROLE_WORDS.has(t.lemma)) ? 'role' : 'definition';
    default:
      return expects;
  }
}

/** Auxiliaries and copulas, by lowercase text: wink tags some main verbs AUX ("has the money"). */
const AUXILIARY =
  /^(is|are|was|were|am|be|been|being|do|does|did|can|could|has|have|had|will|would|should|shall|may|might|must)$/;
const MODALS = new Set(['can', 'could', 'may', 'might', 'should', 'must', 'would']);
const NEGATORS = new Set(['not', "n't", 'never']);
/** Words that with "to" act as an auxiliary: "is going to cost", "has to pay", "needs to". */
const SEMI_MODALS = new Set(['going', 'gon', 'have', 'has', 'had', 'need', 'needs', 'ought', 'got']);
/** Auxiliaries after which the verb is bare: "did X visit", "will X start". */
const BARE_AFTER = /^(do|does|did|will|would|can|could|should|shall|may|might|must)$/;
/** "not only", "not just": no negation. */
const NOT_NEGATING_NEXT = new Set(['only', 'just', 'merely']);
/** Adverbs that belong to a verb group ("walk away", "set up"). */
const VERB_PARTICLES = new Set(['away', 'up', 'off', 'out', 'down', 'back', 'over', 'on', 'in']);
const MONTHS =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)$/;
const WEEKDAYS = /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Words that date something against now or against another event. */
/**
 * Words wink may tag adjectives that stand as adverbs between subject and verb: "did they last
 * visit", "has she ever lived"; not the question's last word ("how long will the warning last").
 */
const ADVERBIAL = new Set([
  'last',
  'first',
  'ever',
  'once',
  'still',
  'already',
  'just',
  'also',
  'recently',
  'previously',
]);
const RELATIVE_WORDS = new Set([
  'recently',
  'yesterday',
  'today',
  'tomorrow',
  'earlier',
  'previously',
  'later',
  'lately',
  'formerly',
  'currently',
  'now',
]);
const RELATIVE_PREPOSITIONS = new Set(['before', 'after', 'since', 'until', 'till']);
const DEICTIC = new Set(['this', 'that', 'then', 'now', 'it']);
const PERIOD_OPENERS = new Set(['last', 'next', 'this', 'past', 'coming', 'previous']);
const PERIODS = /^(week|month|year|weekend|decade|century|summer|winter|spring|autumn|fall|season|night|morning)s?$/;
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * The predicate of a question, its arguments, constraints and polarity. `wh` is the token range
 * of the wh-phrase (empty for a yes/no question); `relationAt` the token of the relational
 * noun a copular question asks about ("who is the president of X", "what is the capital of X"),
 * or -1.
 */
export function readPredicate(
  typed: Token[],
  wh: { from: number; to: number },
  relationAt: number,
  yesNo: boolean,
  focus: Entity[],
  form: Form,
  written: (word: string) => boolean,
): PredicateReading {
  const lower = typed.map((t) => t.text.toLowerCase());
  /** Whether a token is outside the wh-phrase. */
  const outside = (k: number) => k < wh.from || k >= wh.to;
  const tokens = retagged(typed, lower, outside, focus);
  // The question after the wh-phrase: the whole of a yes/no question.
  const start = wh.to;
  const end = form.condition ? lower.indexOf('if', start) : tokens.length;
  const used = new Set<number>();
  const constraints: Constraints = { dates: [], numbers: [], relative: [], condition: form.condition ?? [] };

  let negated = false;
  const negator = (k: number) =>
    (NEGATORS.has(lower[k]!) || tokens[k]!.lemma === 'not') && !NOT_NEGATING_NEXT.has(lower[k + 1] ?? '');
  const auxiliary = (k: number) =>
    (AUXILIARY.test(lower[k]!) && tokens[k]!.pos !== 'PROPN') ||
    (SEMI_MODALS.has(lower[k]!) && lower[k + 1] === 'to') ||
    (lower[k] === 'to' && SEMI_MODALS.has(lower[k - 1] ?? ''));
  const aux: number[] = [];
  /** Passes auxiliaries, negations and adverbs from k ("did not", "has never", "is going to", "does ... actually"); the next token. */
  const auxiliariesFrom = (k: number): number => {
    for (; k < end; k++) {
      // "Didn't he resign?" asks whether he resigned: a negation on the opening auxiliary asks, it does not deny.
      if (negator(k)) negated ||= !(yesNo && k === start + 1);
      else if (auxiliary(k)) aux.push(k);
      else if (
        (tokens[k]!.pos === 'ADV' && !RELATIVE_WORDS.has(lower[k]!)) ||
        lower[k] === 'not' ||
        (ADVERBIAL.has(lower[k]!) && k > start && k + 1 < end && /^(NOUN|PROPN|PRON)$/.test(tokens[k - 1]!.pos))
      )
        continue;
      else break;
      used.add(k);
    }
    return k;
  };
  // "which area of China did ...", "what leader of the reformation was ...": the noun the answer is of.
  let i = start;
  if (wh.to > wh.from && tokens[i]?.pos === 'ADP' && lower[i] !== 'if') {
    i++;
    while (i < end && inSubject(tokens, i, false)) i++;
  }
  i = auxiliariesFrom(i);
  const copulas = () => aux.filter((k) => tokens[k]!.lemma === 'be' || tokens[k]!.lemma === 'have');
  // The main verb: right here in "who voted", after the subject in "did the council vote".
  let verbAt = -1;
  /** A subject wink read as a verb ("work" in "when will work start"), or -1. */
  let misreadSubject = -1;
  const first = tokens[i];
  if (first?.pos === 'VERB' && !(aux.length && tokens[i + 1]?.pos === 'VERB' && isBase(first))) verbAt = i;
  else if (aux.length) {
    // "when will work start": a bare word read as a verb before the verb is the subject.
    if (first?.pos === 'VERB') {
      verbAt = i + 1;
      misreadSubject = i;
    } else {
      const beOrHave = copulas().length > 0;
      const tail = aux.some((k) => tokens[k]!.lemma === 'be') ? passiveTailAt(tokens, i, end) : -1;
      let subjectEnd = i;
      while (
        subjectEnd < end &&
        subjectEnd !== tail &&
        inSubject(tokens, subjectEnd, beOrHave) &&
        !verbBeforeObject(tokens, subjectEnd, i) &&
        !(
          subjectEnd > i &&
          subjectEnd + 1 < end &&
          ADVERBIAL.has(lower[subjectEnd]!) &&
          /^(NOUN|PROPN)$/.test(tokens[subjectEnd - 1]!.pos)
        )
      )
        subjectEnd++;
      // "did the mayor not resign?", "does X have to pay": the word after is the verb, however wink read it.
      const after = auxiliariesFrom(subjectEnd);
      const next = tokens[after];
      if (
        next?.pos === 'VERB' ||
        (after > subjectEnd && next && /^(NOUN|ADJ)$/.test(next.pos) && isBase(next)) ||
        (subjectEnd < end && verbBeforeObject(tokens, subjectEnd, i))
      )
        verbAt = after;
      else if (tail >= 0) {
        // wink reads some participles as adjectives ("contested", "married"): the verb is theirs.
        verbAt = tail;
        if (tokens[tail]!.pos === 'ADJ')
          tokens[tail] = { ...tokens[tail]!, pos: 'VERB', lemma: participleLemma(lower[tail]!) };
      } else if (!beOrHave) verbAt = bareVerbAt(tokens, i, subjectEnd, focus, written);
    }
  }

  // "who got sacked", "did they get paid": "get" before a participle is the passive's "be".
  const participle = (t: Token | undefined) => t?.pos === 'VERB' && !isBase(t) && !/ing$/i.test(t.text);
  if (verbAt >= 0 && tokens[verbAt]!.lemma === 'get' && participle(tokens[verbAt + 1])) used.add(verbAt++);
  const getPassive = verbAt > 0 && tokens[verbAt - 1]!.lemma === 'get' && participle(tokens[verbAt]);

  // Another order ("Complexity classes are classified into what?", "In 1972, did X ..."): the
  // first verb outside the wh-phrase, after its auxiliaries.
  if (verbAt < 0 && relationAt < 0 && !copulas().length) {
    for (let k = 0; k < end && verbAt < 0; k++) {
      if (!outside(k) || used.has(k)) continue;
      if (tokens[k]!.pos === 'VERB') verbAt = k;
      else if (auxiliary(k) || negator(k)) auxiliariesFrom(k);
    }
  }
  const auxWords = aux.map((k) => lower[k]!);
  const modal = auxWords.find((w) => MODALS.has(w)) ?? null;
  /** Tense by the auxiliaries, else by the verb's form: "has paid" and "paid" are past, "is located" present. */
  const tenseOf = (head: Token | undefined): Predicate['tense'] => {
    if (auxWords.some((w) => w === 'will' || w === 'shall' || w === 'going')) return 'future';
    if (auxWords.some((w) => /^(did|was|were|had)$/.test(w))) return 'past';
    if (auxWords.some((w) => !/^(has|have|to)$/.test(w))) return 'present';
    return head?.pos === 'VERB' && !isBase(head) && !/(s|ing)$/i.test(head.text) ? 'past' : 'present';
  };

  let predicate: Predicate | null = null;
  if (verbAt >= 0) {
    const words = [verbAt];
    let k = verbAt + 1;
    if (VERB_PARTICLES.has(lower[k] ?? '') && tokens[k]!.pos === 'ADV') words.push(k++);
    // "voted against", "stand for", "walk away from": the preposition after the verb is the group's.
    // Not one that dates it: "attended on Monday", "left before this".
    const dating =
      (RELATIVE_PREPOSITIONS.has(lower[k] ?? '') && DEICTIC.has(lower[k + 1] ?? '')) ||
      isDateWord(lower[k + 1] ?? '') ||
      isDateWord(lower[k + 2] ?? '');
    if (k < end && /^(ADP|PART)$/.test(tokens[k]!.pos) && lower[k] !== 'to' && !dating) words.push(k);
    for (const w of words) used.add(w);
    const head = tokens[verbAt]!;
    const last = words[words.length - 1]!;
    predicate = {
      kind: 'verb',
      lemma: head.lemma,
      words: words.map((w) => lower[w]!),
      particle: last !== verbAt && tokens[last]!.pos !== 'ADV' ? lower[last]! : null,
      tense: tenseOf(getPassive ? tokens[verbAt - 1] : head),
      modal,
      passive: getPassive || (aux.some((a) => tokens[a]!.lemma === 'be') && !isBase(head) && !/ing$/i.test(head.text)),
      at: verbAt,
    };
  } else if (relationAt >= 0) {
    // "who is the president of Russia": the relational noun and its preposition.
    const of = /^(of|for|at|in)$/.test(lower[relationAt + 1] ?? '') ? relationAt + 1 : -1;
    used.add(relationAt);
    if (of >= 0) used.add(of);
    predicate = {
      kind: 'noun',
      lemma: tokens[relationAt]!.lemma.toLowerCase(),
      words: of >= 0 ? [lower[relationAt]!, lower[of]!] : [lower[relationAt]!],
      particle: of >= 0 ? lower[of]! : null,
      tense: tenseOf(undefined),
      modal,
      passive: false,
      at: relationAt,
    };
  } else {
    const copula = copulas().pop();
    if (copula !== undefined)
      predicate = {
        kind: 'verb',
        lemma: tokens[copula]!.lemma,
        words: [lower[copula]!],
        particle: null,
        tense: tenseOf(undefined),
        modal,
        passive: false,
        at: copula,
      };
  }

  // Relative times: "before this", "last week", "recently".
  for (let k = 0; k < end; k++) {
    if (used.has(k) || !outside(k)) continue;
    const span =
      RELATIVE_PREPOSITIONS.has(lower[k]!) && DEICTIC.has(lower[k + 1] ?? '')
        ? 2
        : PERIOD_OPENERS.has(lower[k]!) && PERIODS.test(lower[k + 1] ?? '')
          ? 2
          : RELATIVE_WORDS.has(lower[k]!) && tokens[k]!.pos === 'ADV'
            ? 1
            : lower[k + 1] === 'ago' && /^(NUM|DET|ADJ|NOUN)$/.test(tokens[k]!.pos)
              ? 2
              : 0;
    if (!span) continue;
    const from = lower[k + 1] === 'ago' && k > 0 && tokens[k - 1]!.pos === 'NUM' && outside(k - 1) ? k - 1 : k;
    const to = lower[k + span] === 'ago' ? k + span + 1 : k + span;
    constraints.relative.push(lower.slice(from, to).join(' '));
    for (let x = from; x < to; x++) used.add(x);
    k = to - 1;
  }

  // The noun phrases left are the arguments; those made only of dates or numbers constrain.
  const args: Argument[] = [];
  /** The role of the noun phrase of tokens [k, to). */
  const roleAt = (k: number, to: number): string => {
    // "Ada Finch's role", "the council's plan": the owner is what the noun after is "of".
    if (isPossessive(tokens[to])) return 'of';
    if (tokens[k - 1]?.pos === 'ADP' && !used.has(k - 1)) return lower[k - 1]!;
    if (!predicate) return 'subject';
    if (predicate.particle && k - 1 === predicate.at + predicate.words.length - 1) return predicate.particle;
    if (predicate.kind === 'noun') return k < predicate.at ? 'modifier' : 'subject';
    return predicate.lemma !== 'be' && k > predicate.at ? 'object' : 'subject';
  };
  const afterPredicate = predicate?.kind === 'verb' && predicate.lemma !== 'be' ? predicate.at : -1;
  for (let k = 0; k < end; k++) {
    if (!outside(k)) continue;
    // A second auxiliary after the verb opens the content of what was said: "who said the bridge would close".
    if (afterPredicate >= 0 && k > afterPredicate && AUXILIARY.test(lower[k]!) && !used.has(k)) break;
    if (k === misreadSubject) {
      args.push({ role: 'subject', words: [lower[k]!], entity: entityOf([lower[k]!], focus), at: k });
      continue;
    }
    if (used.has(k) || !inNounPhrase(tokens, k)) continue;
    let to = k;
    while (to < end && !used.has(to) && outside(to) && inNounPhrase(tokens, to)) to++;
    const run = tokens.slice(k, to);
    const content = run.filter((t) => t.pos !== 'DET');
    const words = content.map((t) => t.text.toLowerCase());
    if (content.length && content.every((t) => isDateWord(t.text) || t.pos === 'NUM')) {
      if (content.some((t) => isDateWord(t.text))) constraints.dates.push(words.join(' '));
      else constraints.numbers.push(...words);
    } else if (words.length) {
      for (const t of content) if (t.pos === 'NUM' && !isYear(t.text)) constraints.numbers.push(t.text.toLowerCase());
      const role = roleAt(k, to);
      args.push({ role, words, entity: entityOf(words, focus), at: k });
    }
    k = to - 1;
  }
  return { predicate, arguments: args, constraints, polarity: negated ? 'negative' : 'positive' };
}

/** Prepositions a passive question may end on: "who was she married to", "what was it replaced by". */
const STRANDED = new Set(['to', 'by', 'with', 'from', 'for', 'of', 'in', 'on', 'at', 'as', 'into', 'about']);

/**
 * "When was the plan to build a bridge approved?", "who was Ann Lee married to?": after "was" and
 * its subject, a participle ending the question (before a stranded preposition) is the verb asked,
 * however long the subject and whatever infinitive it holds ("the right for the board to levy
 * fees"); or -1. A participle wink reads as an adjective ("contested") counts when it ends in -ed
 * after a noun.
 */
function passiveTailAt(tokens: Token[], from: number, end: number): number {
  let last = end - 1;
  while (last > from && tokens[last]!.pos === 'PUNCT') last--;
  if (STRANDED.has(tokens[last]!.text.toLowerCase()) && /^(ADP|PART)$/.test(tokens[last]!.pos)) last--;
  const t = tokens[last]!;
  const participle =
    (t.pos === 'VERB' && !isBase(t) && !/ing$/i.test(t.text)) ||
    (t.pos === 'ADJ' && /ed$/i.test(t.text) && /^(NOUN|PROPN)$/.test(tokens[last - 1]?.pos ?? ''));
  if (last <= from || !participle) return -1;
  // A clause of its own in between ("the man who was arrested") leaves the reading as it was.
  for (let k = from; k < last; k++) if (tokens[k]!.pos === 'AUX' || isWh(tokens[k]!)) return -1;
  return last;
}

/** The base form of a participle wink read as an adjective: "contested" -> "contest", "married" -> "marry". */
function participleLemma(word: string): string {
  const stem = stemOf(word);
  const candidates = [word.replace(/ied$/, 'y'), word.replace(/ed$/, ''), word.replace(/d$/, '')];
  return candidates.find((c) => c !== word && stemOf(c) === stem) ?? word;
}

/** A word in its base form: "start", "visit", not "started", "visits". */
function isBase(t: Token): boolean {
  return t.text.toLowerCase() === t.lemma;
}

function isPossessive(t: Token | undefined): boolean {
  return !!t && /^['’]s$/.test(t.text);
}

function isWh(t: Token): boolean {
  return /^(who|whom|what|which)$/i.test(t.text);
}

function isDateWord(word: string): boolean {
  const w = word.toLowerCase();
  return isYear(w) || MONTHS.test(w) || WEEKDAYS.test(w);
}

/** Whether a token continues a noun phrase: "the Bank of England"; a possessive "'s" ends one. */
function inNounPhrase(tokens: Token[], k: number): boolean {
  const t = tokens[k]!;
  if (NOUN_PHRASE.has(t.pos)) return !isWh(t) || t.pos !== 'PRON';
  // "of" inside a capitalised name.
  return (
    t.text === 'of' && /^[\p{Lu}]/u.test(tokens[k - 1]?.text ?? '') && /^[\p{Lu}]/u.test(tokens[k + 1]?.text ?? '')
  );
}

/**
 * The subject of an inverted question runs over its noun phrase, a possessive, and "of" between
 * nouns ("the freedom of information law"). A bare "verb" before another verb, or before a noun
 * after "is" or "has", is a noun wink misread ("will paid leave go up", "is the maternity pay
 * plan going to ...").
 */
/**
 * A bare lower-case word after the subject's first word and before a determiner is the verb wink
 * read as a noun: "did Norland sign a treaty", "did the council approve the plan".
 */
function verbBeforeObject(tokens: Token[], k: number, subjectStart: number): boolean {
  const t = tokens[k]!;
  return (
    k > subjectStart &&
    /^(NOUN|ADJ)$/.test(t.pos) &&
    isBase(t) &&
    t.text === t.text.toLowerCase() &&
    /^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos) &&
    tokens[k + 1]?.pos === 'DET'
  );
}

function inSubject(tokens: Token[], k: number, beOrHave: boolean): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return (
    inNounPhrase(tokens, k) ||
    isPossessive(t) ||
    (t.text === 'of' && k > 0 && /^(NOUN|PROPN|DET|ADJ)$/.test(next?.pos ?? '')) ||
    (t.pos === 'VERB' && isBase(t) && (next?.pos === 'VERB' || (beOrHave && next?.pos === 'NOUN')))
  );
}

/** Whether the word at k is one of a name the question gives, beside another word of that name ("ostrander works"). */
export function inGivenName(lower: readonly string[], focus: readonly Entity[]): (k: number) => boolean {
  const names = focus.map((e) => new Set(entityNameWords(e)));
  return (k) => names.some((n) => n.has(lower[k]!) && (n.has(lower[k - 1] ?? '') || n.has(lower[k + 1] ?? '')));
}

/**
 * The question's tokens with wink's slips on short questions mended: the words of a name the
 * articles give, typed lower case, are a name ("who is ed balls", "what did theresa may say"),
 * and an inflected "verb" right after "did" or "will" is a noun ("do emails have to", "will paid
 * leave go up"): the verb after them is bare.
 */
function retagged(tokens: Token[], lower: string[], outside: (k: number) => boolean, focus: Entity[]): Token[] {
  const inName = inGivenName(lower, focus);
  return tokens.map((t, k) => {
    if (!outside(k)) return t;
    if (t.pos !== 'PROPN' && inName(k)) return { ...t, pos: 'PROPN' };
    if (
      t.pos === 'VERB' &&
      !isBase(t) &&
      k + 1 < tokens.length &&
      tokens[k - 1]?.pos === 'AUX' &&
      BARE_AFTER.test(lower[k - 1] ?? '')
    )
      return { ...t, pos: 'NOUN' };
    return t;
  });
}

/**
 * "did the mayor visit Leeds", "why did the council close the bridge": wink reads the bare verb
 * after "did" and a noun as a noun or an adjective. The last base-form word after a noun of the
 * subject run is taken for the verb, unless it is a name; and a word no article writes is taken
 * only when no earlier one is written: "did the delegation visit kabul" asks about a visit to a
 * place the articles never name, typed lower case, not a deed "kabul".
 */
function bareVerbAt(
  tokens: Token[],
  from: number,
  to: number,
  focus: Entity[],
  written: (word: string) => boolean,
): number {
  const names = new Set(focus.flatMap(entityNameWords));
  let verb = -1;
  let writtenVerb = -1;
  for (let k = from + 1; k < to; k++) {
    const t = tokens[k]!;
    if (
      /^(NOUN|ADJ)$/.test(t.pos) &&
      isBase(t) &&
      (/^(NOUN|PROPN)$/.test(tokens[k - 1]!.pos) || isPossessive(tokens[k - 1])) &&
      t.text === t.text.toLowerCase() &&
      !names.has(t.text)
    ) {
      verb = k;
      if (written(t.text)) writtenVerb = k;
    }
  }
  return writtenVerb >= 0 ? writtenVerb : verb;
}

/**
 * The entity an argument names: one of whose names has all its words ("finch" of Ada Finch), or
 * whose name it holds whole ("the Marlow council" names Marlow), each word as written or a slip
 * away ("nesar"). One shared word is not enough: "asylum policy" does not name a Policy Committee.
 */
function entityOf(words: string[], focus: Entity[]): Entity | null {
  const same = (a: string, b: string, near: boolean) => a === b || (near && a.length >= 4 && nearlySame(a, b));
  const within = (part: string[], whole: string[], near: boolean) =>
    part.length > 0 && part.every((w) => whole.some((x) => same(w, x, near)));
  const matches = (e: Entity, near: boolean) =>
    [e.name, ...e.aliases].map(lowerWords).some((name) => within(words, name, near) || within(name, words, near));
  return focus.find((e) => matches(e, false)) ?? focus.find((e) => matches(e, true)) ?? null;
}
