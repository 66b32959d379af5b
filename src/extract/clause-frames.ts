// A sentence read as clauses: for each, its verb group (the head verb, a particle such as
// "voted against", negation, modality, tense, passive), its subject, object and a passive's
// agent, and the dates, places and amounts written in that clause rather than elsewhere in the
// sentence ("work will start in May and finish in August": May is the start's). With the
// sentence's roles ("X, director of Y") and acronym definitions, this is a sentence's structure,
// as token indices; the corpus reads it from the stored tokens when an answer first asks.
import type { Token } from '../nlp/annotate.js';
import { clausesOf, withCompoundModifiers } from '../answer/clauses.js';
import { acronymDefinitions, type AcronymDefinition } from './acronyms.js';
import { amountsIn } from './amounts.js';
import { rolesIn, type PersonMention, type RoleTriple, type TokenRange } from './roles.js';
import { timePhrases } from './time-phrases.js';

export type { AcronymDefinition } from './acronyms.js';
export type { RoleTriple, TokenRange } from './roles.js';

export const MODALS = ['will', 'would', 'can', 'could', 'may', 'might', 'must', 'should', 'shall'] as const;
export type Modal = (typeof MODALS)[number];
export const TENSES = ['present', 'past', 'future'] as const;
export type Tense = (typeof TENSES)[number];

export interface ClauseFrame {
  /** The clause's own tokens [from, to). */
  from: number;
  to: number;
  /** The head verb (the first main verb, or a copula): its lemma is the clause's predicate. */
  verb: number;
  /** A preposition or particle the verb takes ("voted against", "set up"), or -1. */
  particle: number;
  negated: boolean;
  modal: Modal | null;
  tense: Tense;
  passive: boolean;
  subject: TokenRange | null;
  object: TokenRange | null;
  /** A passive's doer: "was approved by the council". */
  agent: TokenRange | null;
  dates: TokenRange[];
  places: TokenRange[];
  amounts: TokenRange[];
}

export interface SentenceReading {
  clauses: ClauseFrame[];
  roles: RoleTriple[];
  acronyms: AcronymDefinition[];
}

type FrameToken = Pick<Token, 'text' | 'start' | 'end' | 'pos' | 'lemma' | 'ent'>;

/** A mention as extraction gives it: tokens [first, last] and its kind. */
export type FrameMention = PersonMention;

/** Spellings a modal takes in contractions: "won't", "'ll", "can't". */
const MODAL_FORMS: Record<string, Modal> = { wo: 'will', "'ll": 'will', '’ll': 'will', ca: 'can', sha: 'shall' };
const NEGATION = /^(not|n't|n’t|never|no)$/i;
const PAST_AUX = /^(was|were|had|did)$/i;
/** Auxiliaries of a perfect: "has approved" reports a deed done. */
const PERFECT_AUX = /^(has|have|'ve|’ve)$/i;
/** Words a verb group may hold between its auxiliaries and its verb: "will not soon", "has already". */
const IN_GROUP = new Set(['AUX', 'PART', 'ADV']);
/** Noun-phrase words after a verb or a preposition: its object. */
const IN_PHRASE = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const POSSESSIVE = /^['’]s$/;

const isVerb = (t: FrameToken) => t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma !== 'not');

/** How a sentence reads: its clauses, roles and acronym definitions. `mentions` are the sentence's names. */
export function readSentence(
  written: readonly FrameToken[],
  text: string,
  mentions: readonly FrameMention[],
): SentenceReading {
  const toks = withCompoundModifiers(written);
  const dates = timePhrases(toks, text).map((p): TokenRange => [p.first, p.last + 1]);
  const places = mentions.filter((m) => m.type === 'place').map((m): TokenRange => [m.first, m.last + 1]);
  const amounts = amountsIn(toks, text)
    .filter((a) => !a.year)
    .map((a): TokenRange => [a.first, a.last + 1]);
  const cut = clausesOf(toks);
  const clauses: ClauseFrame[] = [];
  /** The frame each cut's attachments go to: its own, or the nearest with a verb. */
  const owner: (ClauseFrame | undefined)[] = [];
  for (const c of cut) {
    const frame = frameOf(toks, c.from, c.to, c.subject, dates, places);
    if (frame) clauses.push(frame);
    owner.push(frame ?? undefined);
  }
  // A clause without a verb ("On Tuesday,", "two months after the vote") belongs to the one
  // before it, or, opening the sentence, to the first that follows.
  const firstFrame = owner.find((f) => f);
  let last: ClauseFrame | undefined;
  for (let k = 0; k < owner.length; k++) owner[k] = last = owner[k] ?? last ?? firstFrame;
  attach(cut, owner, dates, 'dates');
  attach(cut, owner, places, 'places');
  attach(cut, owner, amounts, 'amounts');
  for (const c of clauses) {
    // A name is whole in its clause's roles: "the Special Envoy for Sudan Ann Berg met".
    c.subject = wholeNames(c.subject, mentions);
    c.agent = wholeNames(c.agent, mentions);
    // "won't pay £75m": an amount the verb takes is its object.
    const amount = amounts.find(([f]) => f === (c.particle >= 0 ? c.particle : c.verb) + 1);
    c.object = wholeNames(c.object ?? (c.passive ? null : (amount ?? null)), mentions);
  }
  return { clauses, roles: rolesIn(toks, mentions), acronyms: acronymDefinitions(toks, text) };
}

/** Each range to the frame that owns the cut it starts in. */
function attach(
  cut: readonly { from: number; to: number }[],
  owner: readonly (ClauseFrame | undefined)[],
  ranges: readonly TokenRange[],
  key: 'dates' | 'places' | 'amounts',
): void {
  for (const r of ranges) {
    const k = cut.findIndex((c) => c.from <= r[0] && r[0] < c.to);
    owner[k]?.[key].push(r);
  }
}

/** Whether a token stands in one of the ranges. */
function within(i: number, rs: readonly TokenRange[]): boolean {
  for (const [f, t] of rs) if (f <= i && i < t) return true;
  return false;
}

/** The noun phrase starting at token i, up to `to`, never into a time; null when none starts there. */
function phraseFrom(
  toks: readonly FrameToken[],
  i: number,
  to: number,
  dates: readonly TokenRange[],
): TokenRange | null {
  if (i >= to || !IN_PHRASE.has(toks[i]!.pos) || within(i, dates)) return null;
  let end = i;
  while (end < to && (IN_PHRASE.has(toks[end]!.pos) || POSSESSIVE.test(toks[end]!.text)) && !within(end, dates)) end++;
  return [i, end];
}

/** A range widened to every name it cuts into. */
function wholeNames(r: TokenRange | null, mentions: readonly FrameMention[]): TokenRange | null {
  if (!r) return null;
  let [from, to] = r;
  for (const m of mentions)
    if (m.first < to && m.last >= from) {
      from = Math.min(from, m.first);
      to = Math.max(to, m.last + 1);
    }
  return [from, to];
}

/**
 * "the plan, which was drafted in 2022": a relative word right before its verb group stands for
 * the noun phrase before it. `group` is where the verb group starts.
 */
function relativeSubject(toks: readonly FrameToken[], from: number, group: number): TokenRange | null {
  if (group !== from + 1 || !/^(which|who|that)$/i.test(toks[from]!.text)) return null;
  const end = toks[from - 1]?.text === ',' ? from - 1 : from;
  let start = end;
  while (start > 0 && IN_PHRASE.has(toks[start - 1]!.pos) && toks[start - 1]!.pos !== 'PRON') start--;
  return start < end ? [start, end] : null;
}

function frameOf(
  toks: readonly FrameToken[],
  from: number,
  to: number,
  subjectTokens: readonly number[],
  dates: readonly TokenRange[],
  places: readonly TokenRange[],
): ClauseFrame | null {
  let verb = -1;
  for (let i = from; i < to && verb < 0; i++) if (toks[i]!.pos === 'VERB') verb = i;
  // A clause with only auxiliaries has the last of its first run as its verb: "The council is
  // the owner", "He has never been to Paris".
  if (verb < 0) {
    for (let i = from; i < to && verb < 0; i++) if (isVerb(toks[i]!)) verb = i;
    if (verb < 0) return null;
    for (let i = verb + 1; i < to && IN_GROUP.has(toks[i]!.pos); i++) if (isVerb(toks[i]!)) verb = i;
  }
  let a = verb;
  while (a > from && IN_GROUP.has(toks[a - 1]!.pos)) a--;
  const group = toks.slice(a, verb);
  const after = toks[verb + 1];
  let modal: Modal | null = null;
  for (let i = 0; i < group.length && !modal; i++) {
    const w = group[i]!.text.toLowerCase();
    modal = MODAL_FORMS[w] ?? ((MODALS as readonly string[]).includes(w) ? (w as Modal) : null);
  }
  // "is not", "was never": a copula's negation follows it.
  const negated =
    group.some((t) => NEGATION.test(t.text)) ||
    (toks[verb]!.pos === 'AUX' && !!after && NEGATION.test(after.text) && verb + 1 < to);
  const head = toks[verb]!;
  const participle =
    (head.pos === 'VERB' && !/ing$/i.test(head.text) && head.text.toLowerCase() !== head.lemma) ||
    /^been$/i.test(head.text);
  const passive = participle && group.some((t) => t.lemma === 'be' || t.lemma === 'get');
  // "is going to start" says what will be.
  const goingTo = head.lemma === 'go' && /ing$/i.test(head.text) && toks[verb + 1]?.text === 'to';
  const firstWord = group.find((t) => t.pos === 'AUX') ?? head;
  const tense: Tense =
    modal === 'will' || modal === 'shall' || goingTo
      ? 'future'
      : PAST_AUX.test(firstWord.text) ||
          (PERFECT_AUX.test(firstWord.text) && participle) ||
          (firstWord === head && participle && !/s$/i.test(head.text))
        ? 'past'
        : 'present';

  let particle = -1;
  let agent: TokenRange | null = null;
  let object: TokenRange | null = null;
  let k = verb + 1;
  // "is not the owner": the copula's object follows its negation.
  while (k < to && NEGATION.test(toks[k]!.text)) k++;
  if (passive) {
    // The doer after "by", wherever it stands in the clause ("was approved on Monday by the council").
    for (let i = k; i < to && !agent; i++) if (/^by$/i.test(toks[i]!.text)) agent = phraseFrom(toks, i + 1, to, dates);
  } else {
    const p = toks[k];
    // "voted against the plan", "set up a fund": a preposition or particle whose phrase is not a time or place.
    const takes =
      p &&
      k < to &&
      (p.pos === 'ADP' || (p.pos === 'PART' && !/^(to|not|n't|n’t)$/i.test(p.text))) &&
      !/^to$/i.test(p.text) &&
      !within(k + 1, dates) &&
      !within(k + 1, places);
    if (takes) {
      particle = k;
      k++;
    }
    object = phraseFrom(toks, k, to, dates);
  }
  const subject: TokenRange | null =
    relativeSubject(toks, from, a) ??
    (subjectTokens.length ? [Math.min(...subjectTokens), Math.max(...subjectTokens) + 1] : null);
  return {
    from,
    to,
    verb,
    particle,
    negated,
    modal,
    tense,
    passive,
    subject,
    object,
    agent,
    dates: [],
    places: [],
    amounts: [],
  };
}

/** The clause's predicate as words: its verb's lemma and particle ("vote against"). */
export function predicateOf(c: ClauseFrame, toks: readonly Pick<Token, 'lemma'>[]): string {
  const verb = toks[c.verb]?.lemma ?? '';
  return c.particle >= 0 ? `${verb} ${toks[c.particle]?.lemma ?? ''}` : verb;
}
