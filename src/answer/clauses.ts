// A sentence cut into clauses, each with the words that act as its subject. No parser: clauses
// end at punctuation, at conjunctions and relative words, and after a verb of saying or
// thinking ("said | it believed | the economy could regain"); a clause with no subject of its
// own ("... - pleaded not guilty") takes the one before it, through appositions and relative
// clauses ("Mr K - who has been in jail - pleaded").
import { joiningHyphen, pluralPossessiveMark } from '../text/words.js';
import type { TextSpan } from '../text/span.js';

/** The token fields clause-cutting reads: the corpus's and the question's tokens both have them. */
export interface ClauseToken extends TextSpan {
  pos: string;
  lemma: string;
}

export interface Clause {
  /** Token range [from, to) in the sentence. */
  from: number;
  to: number;
  /** Tokens of the clause's subject (its own, or the one it leans on); empty when none is found. */
  subject: number[];
  /** Index of a verb of saying or thinking that ends the clause ("said", "believes"), or -1. */
  frame: number;
}

/** Verbs that introduce what someone says or thinks: the clause after them is its content. */
export const FRAME_VERBS = new Set([
  'say',
  'tell',
  'think',
  'believe',
  'reckon',
  'feel',
  'expect',
  'claim',
  'argue',
  'insist',
  'suggest',
  'admit',
  'add',
  'state',
  'warn',
  'stress',
  'emphasise',
  'emphasize',
  'announce',
  'declare',
  'confirm',
  'deny',
  'hope',
  'fear',
  'acknowledge',
  'maintain',
  'note',
  'reveal',
  'report',
  'predict',
]);

const BREAK_PUNCT = /^[,;:()\-–—"“”‘’'«»[\]]+$/u;
/** Words that open a new clause: conjunctions, subordinators and relative words. */
export const OPENERS = new Set([
  'that',
  'which',
  'who',
  'whom',
  'whose',
  'although',
  'though',
  'while',
  'whereas',
  'because',
  'but',
  'if',
  'unless',
  'since',
  'when',
  'and',
  'so',
  'after',
  'before',
  'until',
  'as',
]);
/**
 * Openers that are also prepositions: with no verb of their own ("stay on as leader", "shortly
 * after midnight", "until 2021") they end no clause but place the one they are in.
 */
const PREPOSITIONS = new Set(['as', 'after', 'before', 'since', 'until']);

/** Whether a verb comes from `i` before the next break of the sentence (a punctuation mark or an opener). */
function verbBeforeBreak(toks: readonly ClauseToken[], lower: string[], i: number): boolean {
  for (let j = i; j < toks.length; j++) {
    const t = toks[j]!;
    if ((t.pos === 'PUNCT' && t.text !== '-') || (OPENERS.has(lower[j]!) && !andOfNouns(toks, j))) return false;
    if (isVerb(t)) return true;
  }
  return false;
}
const COORDINATORS = new Set(['and', 'but', 'or']);
/** Openers of a clause that says when, why or on what condition the one before it holds. */
const SUBORDINATORS = new Set([
  'although',
  'though',
  'while',
  'whereas',
  'because',
  'if',
  'unless',
  'since',
  'when',
  'after',
  'before',
  'until',
  'as',
]);
/** Finite auxiliaries: one after a relative clause's own verb resumes the main clause. */
const FINITE = /^(is|are|was|were|has|have|had|will|would|can|could|did|does|do|may|might|must|should)$/i;
const RELATIVES = new Set(['who', 'which', 'that', 'whom', 'whose']);

/**
 * Words that link a sentence to the one before, set off by commas ("X, on the other hand, is"):
 * a segment of only these is no clause's subject, nor the end of an apposition.
 */
const LINKING_ASIDES = new Set([
  'on the other hand',
  'however',
  'meanwhile',
  'in turn',
  'for example',
  'for instance',
  'in fact',
  'of course',
  'instead',
  'therefore',
  'moreover',
  'furthermore',
  'in addition',
  'nevertheless',
  'by contrast',
  'in contrast',
  'too',
  'also',
  'though',
  'as well',
]);

/** Whether tokens [a, b) are only a linking aside. */
function linkingAside(toks: readonly ClauseToken[], a: number, b: number): boolean {
  if (b - a > 4) return false;
  let words = '';
  for (let i = a; i < b; i++) words += (i > a ? ' ' : '') + toks[i]!.text.toLowerCase();
  return LINKING_ASIDES.has(words);
}
const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);
/** Tokens a subject's noun phrase may hold besides its nouns ("the Paris-based think tank", "BA's"). */
const IN_PHRASE = new Set(['NOUN', 'PROPN', 'ADJ', 'DET', 'NUM', 'PART', 'PRON']);

/** A word of a subject's noun phrase; "&" joins a name ("Shares in Hollins & Vane rose"). */
const inPhrase = (t: ClauseToken) => IN_PHRASE.has(t.pos) || t.text === '&';

const isVerb = (t: Pick<ClauseToken, 'pos' | 'lemma'>) => t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma !== 'not');

/** A finite auxiliary that takes one subject only: "has", never "have". */
const SINGULAR_FINITE = /^(is|was|has|does)$/;

/**
 * "A manager who stole from residents | has been jailed": a plural noun is not the subject of a
 * singular verb after it, so the verb is the main clause's again.
 */
export function disagrees(before: Pick<ClauseToken, 'pos' | 'text' | 'lemma'>, finite: string): boolean {
  return (
    before.pos === 'NOUN' &&
    SINGULAR_FINITE.test(finite.toLowerCase()) &&
    /s$/i.test(before.text) &&
    before.text.toLowerCase() !== before.lemma
  );
}

/**
 * The sentence with its first word read as wink misreads it when it opens one: a plural read as
 * a verb ("Catches of cod fell") is a noun; an -ing word before a noun, with a verb of its own
 * later ("Waiting lists ... have fallen"), describes the subject rather than being its verb.
 */
function withOpeningRead(sentence: readonly ClauseToken[]): readonly ClauseToken[] {
  const first = sentence[0];
  if (first?.pos !== 'VERB') return sentence;
  const plural =
    /s$/i.test(first.text) &&
    first.text.toLowerCase() !== first.lemma &&
    /^(ADP|VERB|AUX)$/.test(sentence[1]?.pos ?? '');
  if (plural) return [{ ...first, pos: 'NOUN' }, ...sentence.slice(1)];
  const describing =
    /ing$/i.test(first.text) &&
    sentence[1]?.pos === 'NOUN' &&
    sentence.slice(2).some((t) => t.pos === 'VERB' || t.pos === 'AUX');
  return describing ? [{ ...first, pos: 'ADJ' }, ...sentence.slice(1)] : sentence;
}

/**
 * "Family-owned brewer X has agreed", "the Paris-based group": a participle joined by a hyphen to
 * the word before describes a noun; it is no clause's verb. Nor is one between a determiner (or a
 * possessive) and a noun: "the firm's managing director", "the ruling party".
 */
export function withCompoundModifiers<T extends ClauseToken>(sentence: readonly T[]): readonly T[] {
  let out: T[] | null = null;
  for (let i = 1; i < sentence.length; i++) {
    const t = sentence[i]!;
    if (t.pos !== 'VERB' || !(hyphenJoined(sentence, i) || determined(sentence, i))) continue;
    out ??= [...sentence];
    out[i] = { ...t, pos: 'ADJ' };
  }
  return out ?? sentence;
}

/** Token i written into one word with the word before it by a hyphen: "Paris-based". */
function hyphenJoined(sentence: readonly ClauseToken[], i: number): boolean {
  const [word, hyphen, t] = [sentence[i - 2], sentence[i - 1]!, sentence[i]!];
  return !!word && hyphen.text === '-' && hyphen.start === word.end && t.start === hyphen.end;
}

/** A participle in "-ing" right after a determiner or a possessive and before a noun: "its managing director". */
function determined(sentence: readonly ClauseToken[], i: number): boolean {
  const before = sentence[i - 1]!;
  return (
    /ing$/i.test(sentence[i]!.text) &&
    sentence[i + 1]?.pos === 'NOUN' &&
    (before.pos === 'DET' || /^['’]s$/.test(before.text) || /^(my|your|his|her|its|our|their)$/i.test(before.text))
  );
}

export function clausesOf(sentence: readonly ClauseToken[]): Clause[] {
  const toks = withOpeningRead(withCompoundModifiers(sentence));
  const lower = toks.map((t) => t.text.toLowerCase());
  const cuts: [number, number][] = [];
  const apposed = ageAndHome(toks);
  let from = 0;
  toks.forEach((t, i) => {
    // A hyphen inside a word ("all-out", "anti-Semitic") joins; one between spaces breaks. So does
    // a plural's possessive apostrophe, which is no closing quote.
    const joined = joiningHyphen(toks, i) || pluralPossessiveMark(toks, i);
    if (t.pos === 'PUNCT' && BREAK_PUNCT.test(t.text) && !joined && !apposed.has(i)) {
      if (i > from) cuts.push([from, i]);
      from = i + 1;
      return;
    }
    if (t.pos === 'PUNCT' && /^[.!?]+$/.test(t.text)) {
      if (i > from) cuts.push([from, i]);
      from = i + 1;
      return;
    }
    if (
      i > from &&
      OPENERS.has(lower[i]!) &&
      !(PREPOSITIONS.has(lower[i]!) && !verbBeforeBreak(toks, lower, i + 1)) &&
      !joinsNouns(toks, lower, from, i)
    ) {
      if (i > from) cuts.push([from, i]);
      from = i;
    }
    // "came from two goals down | to beat Rovers": an infinitive after a clause whose verb has
    // done with its complement (a phrase of place or manner follows it) is a deed of its own, by
    // the same subject; "wants to beat", "asked the club to pay" keep theirs.
    if (i > from && infinitiveAfterAdverbial(toks, lower, from, i)) {
      cuts.push([from, i]);
      from = i;
    }
    // "The plan that the delegates agreed to | was never ratified": a relative clause that has
    // its verb ends where a second finite verb takes the sentence back to its subject.
    const relative = RELATIVES.has(lower[from] ?? '') && hasVerbIn(toks, from + 1, i);
    if (
      relative &&
      FINITE.test(t.text) &&
      toks[i - 1]!.lemma !== 'not' &&
      (!/^(AUX|ADV|CCONJ|PRON|NOUN|PROPN)$/.test(toks[i - 1]!.pos) || disagrees(toks[i - 1]!, t.text))
    ) {
      if (i > from) cuts.push([from, i]);
      from = i;
    }
    // A stored sentence may hold two ("a cost of £50m. Chief executive ..."): the second starts anew.
    if (
      i > from &&
      toks[i - 1]!.text.endsWith('.') &&
      /\p{Lu}/u.test(t.text[0] ?? '') &&
      /[^.\s]\.$/u.test(toks[i - 1]!.text) &&
      !/^([A-Z]|Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Ltd|Co|Corp|Gen|Gov|Sen|Rep|Prof)\.$|\.\p{L}\.$/u.test(toks[i - 1]!.text)
    ) {
      if (i > from) cuts.push([from, i]);
      from = i;
    }
    // What is said or thought starts after its verb, unless "that" or a colon opens it anyway;
    // a plain object is no clause ("admitted 14 counts of fraud").
    if (
      t.pos === 'VERB' &&
      FRAME_VERBS.has(t.lemma) &&
      i + 1 < toks.length &&
      toks[i + 1]!.pos !== 'PUNCT' &&
      toks[i + 1]!.text !== 'to' &&
      !OPENERS.has(lower[i + 1]!) &&
      saysAClause(toks, lower, i + 1)
    ) {
      if (i + 1 > from) cuts.push([from, i + 1]);
      from = i + 1;
    }
  });
  if (toks.length > from) cuts.push([from, toks.length]);

  const out: Clause[] = [];
  /** Whether each clause has a verb. */
  const verbful: boolean[] = [];
  for (const [a, b] of joinAppositions(toks, cuts)) {
    const verbAt = firstIn(a, b, (i) => isVerb(toks[i]!));
    const frameAt = lastIn(a, b, (i) => toks[i]!.pos === 'VERB' && FRAME_VERBS.has(toks[i]!.lemma));
    let subject: number[] = [];
    if (verbAt < 0) {
      // An apposition describes the name before its comma: "Stanikzai, deputy head of the office".
      const prev = out[out.length - 1];
      const named =
        prev && toks[a - 1]?.text === ',' && prev.to === a - 1 ? trailingName(toks, prev.from, prev.to) : [];
      subject = [...named, ...range(a, b).filter((i) => NOMINAL.has(toks[i]!.pos))];
    } else {
      // "Ann Lee, 52, of Carrow, admitted": the name before the age heads the subject.
      const aged = firstIn(a, verbAt, (i) => apposed.has(i));
      const head =
        aged > a && NOMINAL.has(toks[aged - 1]!.pos)
          ? aged - 1
          : lastIn(a, verbAt, (i) => NOMINAL.has(toks[i]!.pos) && !RELATIVES.has(lower[i]!));
      if (head >= 0) {
        let start = head;
        while (start > a && inPhrase(toks[start - 1]!)) start--;
        // "Waiting lists for routine treatment in Wales have fallen": the noun phrase the
        // prepositions hang from, when it opens the clause, is the subject, not "Wales".
        let opening = start;
        while (opening - 1 > a && hangsFrom(toks[opening - 1]!) && inPhrase(toks[opening - 2]!)) {
          opening -= 1;
          while (opening > a && inPhrase(toks[opening - 1]!)) opening--;
        }
        // The clause's own start is after the word that subordinates it: "(said) that the meetings in Moscow improved".
        const own = toks[a]!.pos === 'SCONJ' || lower[a] === 'that' ? a + 1 : a;
        const end = opening === own && opening < start ? firstIn(opening, start, (i) => toks[i]!.pos === 'ADP') : -1;
        subject = (end > opening ? range(opening, end) : range(start, head + 1)).filter((i) =>
          NOMINAL.has(toks[i]!.pos),
        );
      }
    }
    out.push({ from: a, to: b, subject, frame: frameAt });
    verbful.push(verbAt >= 0);
  }
  // A clause with no subject of its own leans on the ones before: appositions and noun phrases
  // add up ("A spokesman for DLF, Dr V, told"), a relative clause is passed over.
  for (let k = 0; k < out.length; k++) {
    const c = out[k]!;
    if (!verbful[k] || c.subject.length) continue;
    const inherited: number[] = [];
    // "would stay on until a government was formed, but would not seek ...": a verb joined by
    // "but" or "and" shares the subject of the clause it is joined to, not of one subordinate to it.
    const coordinated = COORDINATORS.has(lower[c.from]!);
    for (let j = k - 1; j >= 0; j--) {
      const p = out[j]!;
      if (RELATIVES.has(lower[p.from]!) || (coordinated && SUBORDINATORS.has(lower[p.from]!))) continue;
      if (!verbful[j] && linkingAside(toks, p.from, p.to)) continue;
      inherited.unshift(...p.subject);
      // "While the firm said it would appeal, the union, on the other hand, is ...": a noun
      // phrase after a clause of its own is the subject that clause is not.
      // (Not a phrase of a preposition: "a version based on it, by Ann Lee, was printed".)
      if (verbful[j] || (j > 0 && verbful[j - 1] && p.subject.length && toks[p.from]!.pos !== 'ADP')) break;
    }
    c.subject = inherited;
  }
  return out;
}

/**
 * Whether a verb follows `from` before the clause can end: what is said is a clause ("denied
 * taking money", which wink may read as an adjective), not a noun phrase.
 */
export function saysAClause(
  toks: readonly Pick<ClauseToken, 'pos' | 'text' | 'lemma'>[],
  lower: readonly string[],
  from: number,
): boolean {
  for (let i = from; i < toks.length; i++) {
    const t = toks[i]!;
    if (isVerb(t) || (t.pos === 'ADJ' && lower[i]!.endsWith('ing'))) return true;
    if (
      (t.pos === 'PUNCT' && (BREAK_PUNCT.test(t.text) || /^[.!?]+$/.test(t.text))) ||
      (OPENERS.has(lower[i]!) && !(andOfNouns(toks, i) && !determinerIn(toks, from, i)))
    )
      return false;
  }
  return false;
}

/**
 * Whether an infinitive starts at `i` ("to" and a verb) after the clause's verb and a phrase of
 * place or manner right after it ("came from behind", "travelled to Leeds"), not after the verb
 * itself ("plans to", "agreed unanimously to") nor after its object ("asked the club to pay",
 * whose payer is the club).
 */
function infinitiveAfterAdverbial(
  toks: readonly ClauseToken[],
  lower: readonly string[],
  from: number,
  i: number,
): boolean {
  if (lower[i] !== 'to' || toks[i]!.pos !== 'PART' || toks[i + 1]?.pos !== 'VERB') return false;
  const verbAt = firstIn(from, i, (k) => toks[k]!.pos === 'VERB');
  if (verbAt < 0) return false;
  // An adverb may stand before the phrase ("came back from two down"); alone it leaves the
  // infinitive the verb's ("agreed unanimously to introduce").
  const phraseAt = toks[verbAt + 1]!.pos === 'ADV' ? verbAt + 2 : verbAt + 1;
  return phraseAt < i && toks[phraseAt]!.pos === 'ADP';
}

/** Longest name set off by commas that stays inside its clause: "found the director, Lena Varga, innocent". */
const APPOSITION_WORDS = 4;

/**
 * A short name between commas after a verb's object belongs to that clause, and so does what
 * follows it: "A jury found the director, Lena Varga, innocent of bribery" is one clause.
 */
function joinAppositions(toks: readonly ClauseToken[], cuts: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (let k = 0; k < cuts.length; k++) {
    const [a, b] = cuts[k]!;
    const prev = out[out.length - 1];
    const next = cuts[k + 1];
    // Tested in turn, cheapest and rarest first: this runs for every clause of every sentence stored.
    const joins =
      b - a <= APPOSITION_WORDS &&
      prev &&
      next &&
      toks[a - 1]?.text === ',' &&
      toks[b]?.text === ',' &&
      prev[1] === a - 1 &&
      next[0] === b + 1 &&
      firstIn(a, b, (i) => toks[i]!.pos !== 'PROPN' && !/^\p{Lu}/u.test(toks[i]!.text)) < 0 &&
      toks[prev[1] - 1]!.pos === 'NOUN' &&
      hasVerbIn(toks, prev[0], prev[1]) &&
      !hasVerbIn(toks, next[0], next[1]) &&
      !OPENERS.has(toks[next[0]]!.text.toLowerCase()) &&
      !linkingAside(toks, next[0], next[1]);
    if (joins) {
      prev[1] = next[1];
      k++;
      continue;
    }
    out.push([a, b]);
  }
  return out;
}

/** The proper name a clause ends with, as token indices; empty when it ends otherwise. */
function trailingName(toks: readonly ClauseToken[], from: number, to: number): number[] {
  let start = to;
  while (start > from && toks[start - 1]!.pos === 'PROPN') start--;
  return range(start, to);
}

/**
 * The commas of a name's age and home town ("Ann Lee, 52, of Carrow, admitted ..."): they set
 * off what describes the subject, not a clause, so the subject keeps its verb.
 */
function ageAndHome(toks: readonly ClauseToken[]): Set<number> {
  const commas = new Set<number>();
  for (let i = 1; i + 2 < toks.length; i++) {
    if (toks[i]!.text !== ',' || toks[i - 1]!.pos !== 'PROPN' || !/^\d{1,3}$/.test(toks[i + 1]!.text)) continue;
    if (toks[i + 2]!.text !== ',') continue;
    commas.add(i).add(i + 2);
    // ", of Carrow," after the age: the place's capitalised words up to the next comma.
    if (toks[i + 3]?.text.toLowerCase() !== 'of') continue;
    let k = i + 4;
    while (k < toks.length && toks[k]!.pos === 'PROPN') k++;
    if (k > i + 4 && toks[k]?.text === ',') commas.add(k);
  }
  return commas;
}

/**
 * "The jury of seven women and five men took nine hours", "said 1,300 operations and
 * appointments were cancelled": an "and" inside an "of" phrase that says what the clause's noun
 * is made of, or between two bare nouns, with no verb before it, joins two nouns; it opens no
 * clause of its own.
 */
function joinsNouns(toks: readonly ClauseToken[], lower: readonly string[], from: number, i: number): boolean {
  const of = lower.indexOf('of', from);
  return (
    lower[i] === 'and' &&
    IN_PHRASE.has(toks[i + 1]?.pos ?? '') &&
    toks[i - 1]!.pos !== 'PUNCT' &&
    ((of > from && of < i) || andOfNouns(toks, i)) &&
    !hasVerbIn(toks, from, i)
  );
}

/**
 * "said 1,300 operations and appointments were cancelled": an "and" between two bare nouns, the
 * second with no determiner of its own, goes on with the noun phrase it is in.
 */
export function andOfNouns(toks: readonly Pick<ClauseToken, 'pos' | 'text'>[], i: number): boolean {
  return (
    toks[i]?.text.toLowerCase() === 'and' &&
    /^(NOUN|PROPN)$/.test(toks[i - 1]?.pos ?? '') &&
    /^(NOUN|PROPN|ADJ)$/.test(toks[i + 1]?.pos ?? '')
  );
}

/** "denied the charges and prosecutors said": a determiner makes the words after the verb its object. */
const determinerIn = (toks: readonly Pick<ClauseToken, 'pos'>[], a: number, b: number) =>
  firstIn(a, b, (i) => toks[i]!.pos === 'DET') >= 0;

/** A word a subject's noun phrase goes on through: a preposition, or "and" between its nouns ("of X and Y"). */
const hangsFrom = (t: ClauseToken) => t.pos === 'ADP' || t.text.toLowerCase() === 'and';

/** The first index in [a, b) that passes, or -1; the last one, or -1. No arrays: clauses are cut for every sentence stored. */
function firstIn(a: number, b: number, pass: (i: number) => boolean): number {
  for (let i = a; i < b; i++) if (pass(i)) return i;
  return -1;
}

function lastIn(a: number, b: number, pass: (i: number) => boolean): number {
  for (let i = b - 1; i >= a; i--) if (pass(i)) return i;
  return -1;
}

const hasVerbIn = (toks: readonly ClauseToken[], a: number, b: number) => firstIn(a, b, (i) => isVerb(toks[i]!)) >= 0;

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i < b; i++) out.push(i);
  return out;
}
