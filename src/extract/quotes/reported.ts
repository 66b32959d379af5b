// Reported speech in one sentence: "X said (that) ...", "According to X, ...", "..., X said", ", X
// said,", verbs whose object is what was said, findings of polls and studies, a headline's source.
import type { ResolvedMention } from '../entities.js';
import type { AnnotatedSentence, Token } from '../../nlp/annotate.js';
import { OPENING_MARK, isAccording, isCue } from './cues.js';
import { amountsIn } from '../amounts.js';
import type { QuoteRecord } from '../quotes.js';
import {
  PRONOUN_SPEAKER,
  SpeakerTracker,
  mentionAt,
  nameRun,
  participleSubject,
  phraseAt,
  speakerFromMention,
  speakerStartToken,
  subjectBefore,
  wordsUpToComma,
  type Speaker,
} from './speakers.js';

/** Speech verbs that report a clause without "that" ("he said prices rose"); others need "that". */
export const BARE_CLAUSE_VERBS = new Set([
  'say',
  'tell',
  'add',
  'state',
  'report',
  'note',
  'explain',
  'claim',
  'argue',
  'insist',
  'warn',
  'believe',
  'predict',
  'estimate',
  'write',
  'reply',
  'respond',
  'contend',
  'maintain',
  'conclude',
  'suggest',
  'stress',
  'emphasise',
  'emphasize',
  'tweet',
  'acknowledge',
  'admit',
  'concede',
  'assert',
]);

/** At most this many tokens of circumstance ("at a campaign stop in Toledo, Ohio,") stand between a speech verb and what was said. */
export const MAX_CIRCUMSTANCE_TOKENS = 12;

/** Reported speech in one sentence: "X said (that) ...", "X told Y ...", "According to X, ...", "..., X said." */
export function reportedIn(
  s: AnnotatedSentence,
  mentions: ResolvedMention[],
  tracker: SpeakerTracker,
  inside: (t: Token) => boolean,
  text: string,
): Omit<QuoteRecord, 'sentence' | 'quoted'>[] {
  const out: Omit<QuoteRecord, 'sentence' | 'quoted'>[] = [];
  const toks = s.tokens;
  const last = lastWordIndex(s);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (inside(t)) continue;
    if (isAccording(t) && toks[k + 1]?.lemma === 'to') {
      const speaker = mentionAt(s, k + 2, mentions, tracker) ?? phraseAt(s, k + 2) ?? wordsUpToComma(s, k + 2, last);
      if (!speaker) continue;
      const comma = toks.findIndex((x, i) => i > k + 2 && x.text === ',');
      let a: number;
      let b: number;
      if (k === 0 || (k === 1 && /^[\p{P}]$/u.test(toks[0]!.text))) {
        if (comma < 0) continue;
        a = comma + 1;
        b = last;
      } else {
        a = 0;
        b = toks[k - 1]?.text === ',' ? k - 2 : k - 1;
      }
      pushSpan(out, s, a, b, 'according to', speaker, text);
      continue;
    }
    // "Poll: Clinton leads", "Sanders: Clinton must ...": a headline's source before its colon.
    if (k === 0) {
      const colon = toks.findIndex((x, i) => i > 0 && i <= HEADLINE_SOURCE_TOKENS && x.text === ':');
      // Only someone who can say it: a named person or body, or a poll or report; "Success on Climate:" is a section title.
      const named =
        colon > 0 ? mentions.find((m) => m.first === 0 && m.last === colon - 1 && m.type !== 'place') : undefined;
      const source = named
        ? speakerFromMention(named)
        : colon === 1 && EVIDENCE_SOURCES.test(toks[0]!.text)
          ? nameRun(s, 0)
          : null;
      if (source && last - colon >= MIN_OBJECT_WORDS) pushSpan(out, s, colon + 1, last, ':', source, text);
    }
    if (t.pos === 'VERB' && EVIDENCE_CUES.has(t.lemma) && toks[k - 1]?.lemma !== 'be') {
      const source = subjectBefore(s, k, mentions, tracker);
      const a = speechStart(toks, k + 1, last + 1);
      const evidence =
        source &&
        (t.lemma !== 'find' ||
          toks[k + 1]?.lemma === 'that' ||
          EVIDENCE_SOURCES.test(source.text ?? source.mention.text));
      if (evidence && last - a >= MIN_OBJECT_WORDS - 1)
        pushSpan(out, s, a, clauseEnd(toks, a, last), t.text, source, text);
      continue;
    }
    const particle = PARTICLE_CUES.get(t.lemma)?.includes(toks[k + 1]?.lemma ?? '');
    // After "be", a verb in -ing is progressive ("is demanding"): it speaks; otherwise passive ("was told"): it does not.
    const passive = toks[k - 1]?.lemma === 'be' && !t.text.endsWith('ing');
    if (t.pos === 'VERB' && (OBJECT_CUES.has(t.lemma) || particle) && !passive) {
      const speaker =
        participleSubject(s, k, mentions, tracker, inside) ??
        subjectBefore(s, k, mentions, tracker) ??
        sharedSubject(s, k, out, mentions, tracker);
      // Anyone may speak about something; only a named speaker's object is taken for what they said.
      if (speaker && (particle || speaker.entity !== null || PRONOUN_SPEAKER.test(speaker.mention.text))) {
        let a = k + 1;
        if (['for', 'on', 'to', 'of', 'about', 'against'].includes(toks[a]?.lemma ?? '')) a++;
        a = speechStart(toks, a, last + 1);
        if (last - a >= MIN_OBJECT_WORDS - 1 && !sumOfMoney(toks, a, text))
          pushSpan(out, s, a, clauseEnd(toks, a, last), t.text, speaker, text);
      }
      continue;
    }
    // "ask" and "urge" report requests, not statements, unless a quotation follows.
    if (!isCue(toks, k) || t.pos === 'AUX' || t.lemma === 'ask' || t.lemma === 'urge') continue;
    // "Passengers were told to ...": the subject of a passive is who was spoken to.
    if (passive && toks[k - 1]!.pos === 'AUX') continue;
    const hasVerb = (a: number, b: number) =>
      toks.slice(a, b + 1).some((x) => !inside(x) && (x.pos === 'VERB' || x.pos === 'AUX'));
    // "..., said Mr. Barrett, the lawyer for ...": the speaker after the verb, what was said before.
    if (toks[k - 1]?.text === ',' && k >= 3) {
      const named = mentionAt(s, k + 1, mentions, tracker) ?? phraseAt(s, k + 1);
      // The name ends the sentence or opens an apposition; "..., said he would ..." is no inversion.
      const after = named ? toks.findIndex((x) => x.start >= named.mention.end) : -1;
      const inverted =
        named &&
        !PRONOUN_SPEAKER.test(named.mention.text) &&
        // "X, 52, of Carrow, admitted 14 counts": a number is what was admitted, not who speaks.
        !/^\d/.test(named.mention.text) &&
        (after < 0 || after > last || toks[after]!.text === ',' || toks[after]!.text === '(' || !hasVerb(after, last))
          ? named
          : null;
      if (inverted && hasVerb(0, k - 2)) {
        pushSpan(out, s, 0, k - 2, t.text, inverted, text);
        continue;
      }
    }
    const speaker =
      participleSubject(s, k, mentions, tracker, inside) ??
      subjectBefore(s, k, mentions, tracker) ??
      sharedSubject(s, k, out, mentions, tracker);
    if (!speaker) continue;
    let subjectStart = speakerStartToken(s, speaker);
    while (subjectStart > 0 && toks[subjectStart - 1]!.pos === 'DET') subjectStart--;
    const afterComma = toks[k + 1]?.text === ',';
    // ", X said," inside a sentence: the words around it are what was said.
    if (
      afterComma &&
      toks[subjectStart - 1]?.text === ',' &&
      subjectStart >= 2 &&
      toks[k + 2] &&
      toks[k + 2]!.pos !== 'CCONJ' &&
      hasVerb(k + 2, last)
    ) {
      pushSpan(out, s, 0, last, t.text, speaker, text);
      continue;
    }
    // "..., X said (on Friday, as ...)": what comes after is no clause, so what was said comes before.
    // A relative clause (", which first reported the story") reports nothing of the words before it.
    const relative = /^(who|which|that)$/i.test(speaker.mention.text);
    const saidBefore = (): void => {
      const before = subjectStart - 1;
      if (relative) return;
      if (toks[before]?.text !== ',' || before < 2) return;
      if (hasVerb(0, before - 1)) pushSpan(out, s, 0, before - 1, t.text, speaker, text);
    };
    // "“...,” X said, “...”": the quotations around the cue are what was said, not the words before.
    if (afterComma && OPENING_MARK.test(toks[k + 2]?.text ?? '')) continue;
    if (k >= last - 1 || afterComma) {
      saidBefore();
      continue;
    }
    let a = k + 1;
    if (t.lemma === 'tell' || t.lemma === 'ask' || t.lemma === 'warn' || t.lemma === 'urge') {
      const that = toks.findIndex((x, i) => i > k && x.lemma === 'that');
      if (that > 0) a = that;
      else a = afterAddressee(toks, a);
    }
    // "said in a statement that ...": the speech starts after "that".
    const that = toks.findIndex((x, i) => i > k && i <= k + 6 && x.lemma === 'that' && x.pos === 'SCONJ');
    if (that > 0 && toks.slice(k + 1, that).every((x) => x.pos !== 'VERB')) a = Math.max(a, that);
    a = speechStart(toks, a, last + 1);
    if (a > last) continue;
    // "said in an interview he would ...": what was said follows the circumstances.
    // "told Stumpf, after he admitted ...": a clause of time or cause is when or why it was said, not what.
    if (
      toks[a]!.pos === 'ADP' &&
      CLAUSE_OPENERS.has(toks[a]!.lemma) &&
      toks[a + 1]?.pos === 'PRON' &&
      ['VERB', 'AUX'].includes(toks[a + 2]?.pos ?? '')
    ) {
      saidBefore();
      continue;
    }
    if (toks[a]!.pos === 'ADP') {
      let j = a;
      while (
        j <= last &&
        j - a < MAX_CIRCUMSTANCE_TOKENS &&
        (['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(toks[j]!.pos) || /^(,|’s|'s)$/.test(toks[j]!.text))
      )
        j++;
      if (
        j <= last &&
        j - a < MAX_CIRCUMSTANCE_TOKENS &&
        (toks[j]!.pos === 'PRON' || toks[j]!.lemma === 'that') &&
        hasVerb(j, last)
      )
        a = speechStart(toks, j, last + 1);
      // "The middle fifth paid 8.9 percent, the agency said in a June report, and ...": a cue inside the sentence.
      else if (
        toks[j]?.text === ',' &&
        toks[subjectStart - 1]?.text === ',' &&
        subjectStart >= 2 &&
        hasVerb(0, subjectStart - 2)
      ) {
        pushSpan(out, s, 0, last, t.text, speaker, text);
        continue;
      }
    }
    // "said it over and over": a pronoun object, not a clause.
    if (
      toks[a]!.pos === 'PRON' &&
      /^(it|this|so)$/i.test(toks[a]!.text) &&
      !['VERB', 'AUX'].includes(toks[a + 1]?.pos ?? '')
    )
      continue;
    // "said on Saturday at the gala", "said when she resigned": circumstances, not what was said.
    if (toks[a]!.pos === 'ADP' || (toks[a]!.pos === 'SCONJ' && !/^(that|if|whether)$/.test(toks[a]!.lemma))) {
      saidBefore();
      continue;
    }
    // "acknowledged failings", "told the annual meeting": an object, not reported speech. But what
    // is said may hold a figure and no verb wink can see: "said the repairs cost 2 million dollars"
    // (cost tagged a noun), "said net profit 12.3 mln dlrs vs 10.1 mln".
    const clause = toks.slice(a, last + 1);
    const figure = t.lemma === 'say' && clause.length >= 3 && clause.some((x) => x.pos === 'NUM' && /\d/.test(x.text));
    if (
      (!figure && !clause.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) ||
      (!BARE_CLAUSE_VERBS.has(t.lemma) && toks[k + 1]?.lemma !== 'that')
    ) {
      saidBefore();
      continue;
    }
    // "While X said that ..., Y ...": the speech ends with the subordinate clause.
    let b = last;
    if (toks[0]?.pos === 'SCONJ' && speakerStartToken(s, speaker) < k) {
      const comma = toks.findIndex((x, i) => i > a && x.text === ',');
      if (comma > 0) b = comma - 1;
    }
    // "X said ..., but he said ...": the first speech ends where another speaker's cue begins.
    const next = nextCueStart(toks, a, b);
    if (next > a + 1) b = next - 1;
    pushSpan(out, s, a, b, t.text, speaker, text);
  }
  return out;
}

/**
 * Verbs whose object is what a speaker said, called for or stood by ("cited disparaging remarks",
 * "called for a moratorium", "vowed to cut taxes"): the object is the attribution's content.
 */
export const OBJECT_CUES = new Set([
  'cite',
  'call',
  'announce',
  'criticize',
  'criticise',
  'accuse',
  'vow',
  'pledge',
  'promise',
  'demand',
  'propose',
  'praise',
  'blame',
  'condemn',
  'reject',
  'defend',
  'dismiss',
  'describe',
  'recommend',
  'question',
  'threaten',
  'denounce',
  'applaud',
  'endorse',
  'oppose',
  'refuse',
  'decline',
  'welcome',
  'attack',
  'mock',
  'slam',
  'blast',
  'dispute',
  'challenge',
  'concede',
  'promote',
  'detail',
  'encourage',
  'tout',
  'highlight',
  'hail',
  'laud',
  'decry',
  'deride',
  'lambaste',
  'ridicule',
  'confirm',
  'deny',
]);

/** Verbs by which a document, a poll or a study reports ("a poll shows ...", "the study found that ..."). */
export const EVIDENCE_CUES = new Set(['show', 'find', 'reveal']);

/** "found" reports a finding only with "that" or when a study, a report or its authors found it ("police found the car"). */
export const EVIDENCE_SOURCES =
  /\b(study|studies|report|poll|polls|survey|analysis|review|investigation|audit|panel|researchers|authors|data|probe|inquiry)$/i;

/** A headline's source before its colon is at most this many tokens ("Elizabeth Warren Hammers Wells Fargo CEO:"). */
export const HEADLINE_SOURCE_TOKENS = 7;

/** Verbs that say what someone spoke about only with their preposition ("spoke about her ties to the church"). */
export const PARTICLE_CUES = new Map<string, string[]>([
  ['speak', ['about', 'of', 'on']],
  ['talk', ['about', 'of']],
  ['complain', ['about', 'of']],
  ['advocate', ['for']],
  ['argue', ['for', 'against']],
  ['campaign', ['for', 'against']],
  ['warn', ['about', 'of', 'against']],
  ['testify', ['about', 'on']],
  ['comment', ['on']],
  ['joke', ['about']],
  ['write', ['about', 'of']],
  ['tweet', ['about']],
  ['respond', ['with', 'to']],
  ['rail', ['against']],
  ['push', ['for']],
  ['lobby', ['for', 'against']],
  ['agree', ['on']],
]);

/** An object shorter than this ("cited it") is a pointer, not content worth listing. */
export const MIN_OBJECT_WORDS = 3;

/**
 * Where a clause that starts at token a ends: before a comma that opens another clause (", which
 * ...", ", prosecutors said"), else at the sentence's last word.
 */
export function clauseEnd(toks: Token[], a: number, last: number): number {
  for (let j = a + 1; j < last; j++) {
    if (toks[j]!.text !== ',' && toks[j]!.pos !== 'CCONJ') continue;
    const next = toks[j + 1]!;
    if (next.pos === 'VERB' || next.pos === 'SCONJ' || (toks[j]!.text === ',' && next.pos === 'CCONJ')) return j - 1;
    if (toks[j]!.text === ',' && attributionAt(toks, j + 1, last)) return j - 1;
  }
  return last;
}

/**
 * "prosecutors said", "the company's lawyers told reporters": a short subject and a speech verb,
 * at token k. Not a relative clause (", who says ..."), which goes on about the words before it.
 */
function attributionAt(toks: Token[], k: number, last: number): boolean {
  if (/^(who|which|that)$/i.test(toks[k]!.text)) return false;
  let v = k;
  while (
    v <= last &&
    v - k < MAX_SUBJECT_PHRASE &&
    ['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'PART'].includes(toks[v]!.pos)
  )
    v++;
  return v > k && v <= last && toks[v]!.pos === 'VERB' && isCue(toks, v);
}

/**
 * "rejected a £3.1bn offer", "welcomed a $5m investment": an object whose noun phrase holds a sum
 * of money is a thing offered, paid or won, not words.
 */
function sumOfMoney(toks: Token[], a: number, text: string): boolean {
  let e = a;
  while (e < toks.length && NOUN_PHRASE.has(toks[e]!.pos)) e++;
  return amountsIn(toks.slice(a, e), text).some((m) => m.money);
}

/** Tokens inside an object's noun phrase, up to its head: "a USD 3.1 bn offer". */
const NOUN_PHRASE = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'SYM']);

/** Past whom something was told: "told him the nominee had not paid", "told reporters the plan was dead". */
export function afterAddressee(toks: Token[], a: number): number {
  if (toks[a]?.pos === 'PRON') return a + 1;
  if (toks[a]?.pos === 'DET') a++;
  while (toks[a]?.pos === 'ADJ') a++;
  while (toks[a]?.pos === 'NOUN' || toks[a]?.pos === 'PROPN') a++;
  return a;
}

/** "X told a group that ... and says he will ...": a verb after "and" shares the speaker before it. */
export function sharedSubject(
  s: AnnotatedSentence,
  k: number,
  out: Omit<QuoteRecord, 'sentence' | 'quoted'>[],
  mentions: ResolvedMention[],
  tracker: SpeakerTracker,
): Speaker | null {
  let j = k - 1;
  while (j >= 0 && (s.tokens[j]!.pos === 'ADV' || s.tokens[j]!.pos === 'AUX')) j--;
  if (s.tokens[j]?.pos !== 'CCONJ') return null;
  const previous = out[out.length - 1];
  if (previous?.speakerMention && previous.start >= s.start)
    return { mention: previous.speakerMention, entity: previous.speaker, text: previous.speakerText };
  // "Schultz supported Democrats ... and said he did not": the subject of the sentence's first verb.
  const first = s.tokens.findIndex((t, i) => i < j && t.pos === 'VERB');
  const subject = first > 0 ? subjectBefore(s, first, mentions, tracker) : null;
  return subject && (subject.entity || PRONOUN_SPEAKER.test(subject.mention.text)) ? subject : null;
}

/** Words the tagger may take for prepositions that open a clause of time or cause ("after he admitted ..."). */
const CLAUSE_OPENERS = new Set([
  'after',
  'before',
  'since',
  'until',
  'because',
  'while',
  'although',
  'though',
  'as',
  'once',
]);

/** A subject written as a noun phrase before another cue ("…, and human rights groups warned …") is at most this many words. */
const MAX_SUBJECT_PHRASE = 4;

/** Conjunctions the tagger may take for prepositions ("although/ADP"). */
const CONCESSIVE = new Set(['although', 'though', 'while', 'whereas']);

/**
 * The comma or conjunction that opens another cue ("…, but he said …", "… and officials added …",
 * "…, though she noted …", "…, but he refuses to …") between a and b, or -1.
 */
function nextCueStart(toks: Token[], a: number, b: number): number {
  for (let j = a + 1; j < b; j++) {
    if (toks[j]!.text !== ',' && toks[j]!.pos !== 'CCONJ') continue;
    let k = j + 1;
    while (
      k <= b &&
      (toks[k]!.pos === 'CCONJ' ||
        toks[k]!.pos === 'SCONJ' ||
        CONCESSIVE.has(toks[k]!.lemma) ||
        /^[,”"’']+$/.test(toks[k]!.text))
    )
      k++;
    // The subject: a pronoun, a name, or a short noun phrase ("human rights groups").
    let e = k;
    while (
      e + 1 <= b &&
      e - k < MAX_SUBJECT_PHRASE &&
      ['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(toks[e]!.pos) &&
      ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(toks[e + 1]!.pos) &&
      !isCue(toks, e + 1)
    )
      e++;
    const subject = toks[e];
    let v = e + 1;
    while (v <= b && (toks[v]!.pos === 'ADV' || toks[v]!.pos === 'AUX') && !isCue(toks, v)) v++;
    const verb = toks[v];
    const cues = verb && (isCue(toks, v) || (verb.pos === 'VERB' && OBJECT_CUES.has(verb.lemma)));
    if (subject && cues && (subject.pos === 'PRON' || subject.pos === 'PROPN' || (e > k && subject.pos === 'NOUN')))
      return j;
  }
  return -1;
}

/**
 * Where what was said starts, from token a: after "that" or a comma and the adverbs before them
 * ("said on Monday, that", "said previously that"), but an adverb that opens the speech itself
 * ("added perhaps the Americans want ...") is its first word: a hedge is never cut from a quote.
 */
export function speechStart(toks: Token[], a: number, limit: number): number {
  let start = a;
  for (let j = a; j < limit; j++) {
    const t = toks[j]!;
    if (t.lemma === 'that' || t.text === ',') start = j + 1;
    else if (t.pos !== 'ADV' || t.lemma === 'when') break;
  }
  return start;
}

export function lastWordIndex(s: AnnotatedSentence): number {
  let k = s.tokens.length - 1;
  while (k > 0 && /^[\p{P}]+$/u.test(s.tokens[k]!.text) && !/^[”"]$/.test(s.tokens[k]!.text)) k--;
  return k;
}

export function pushSpan(
  out: Omit<QuoteRecord, 'sentence' | 'quoted'>[],
  s: AnnotatedSentence,
  a: number,
  b: number,
  cue: string,
  sp: Speaker,
  text: string,
): void {
  if (b < a || b - a < 2) return;
  const start = s.tokens[a]!.start;
  let end = s.tokens[b]!.end;
  if (/[.!?]/.test(text[end] ?? '') && end < s.end) end++;
  out.push({
    kind: 'reported',
    text: text.slice(start, end),
    start,
    end,
    cue,
    speakerMention: sp.mention,
    speaker: sp.entity,
    speakerText: sp.text,
  });
}
