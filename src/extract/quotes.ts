// Direct and reported speech with the speaker the text means: "X said that ...", "According to
// X, ...", "..., X said.", quotation marks (curly or straight, across sentences, or never
// closed), and pronoun speakers ("He said, ...") resolved to the person last speaking.
import type { AnnotatedSentence, Token } from '../nlp/annotate.js';
import type { DocEntity, ResolvedMention } from './entities.js';
import { GROUP_PRONOUNS, PERSON_PRONOUNS, SPEECH_VERBS } from './lexicon.js';

export interface QuoteRecord {
  kind: 'direct' | 'reported';
  text: string;
  start: number;
  end: number;
  /** Index of the sentence the quote starts in. */
  sentence: number;
  cue: string | null;
  speakerMention: { text: string; start: number; end: number } | null;
  /** Entity key of the resolved speaker, or null. */
  speaker: string | null;
  /** Speaker as written when no entity could be resolved ("officials"). */
  speakerText: string | null;
}

export interface QuoteInput {
  text: string;
  sentences: AnnotatedSentence[];
  /** Paragraph index of each sentence. */
  paragraphOf: number[];
  paragraphs: { start: number; end: number }[];
  mentions: ResolvedMention[][];
  entities: DocEntity[];
}

const OPENER = /[“„«"]/g;
const CLOSER_FOR: Record<string, string> = { '“': '”', '„': '“', '«': '»', '"': '"' };
/** Speech verbs that report a clause without "that" ("he said prices rose"); others need "that". */
const BARE_CLAUSE_VERBS = new Set(['say', 'tell', 'add', 'state', 'report', 'note', 'explain', 'claim', 'argue', 'insist', 'warn', 'believe', 'predict', 'estimate', 'write', 'reply', 'respond', 'contend', 'maintain', 'conclude', 'suggest', 'stress', 'emphasise', 'emphasize', 'tweet']);

interface Speaker { mention: { text: string; start: number; end: number }; entity: string | null; text: string | null }

export function extractQuotes(input: QuoteInput): QuoteRecord[] {
  const { text, sentences } = input;
  const types = new Map(input.entities.map((e) => [e.key, e.type] as const));
  const quotes: QuoteRecord[] = [];
  const tracker = new SpeakerTracker(types);

  const direct = findQuotedSpans(text, input.paragraphs);
  const inside = (t: Token) => inSpan(direct, t.start);
  let d = 0;
  sentences.forEach((s, si) => {
    const mentions = input.mentions[si]!;
    // Direct quotes that begin in this sentence.
    while (d < direct.length && direct[d]!.open < s.end) {
      const q = direct[d++]!;
      const words = text.slice(q.start, q.end).split(/\s+/).filter(Boolean).length;
      const cue = cueBefore(s, q.open, mentions, tracker, inside) ?? cueAfter(sentences, si, q.close, input.mentions, tracker);
      // A quotation with no cue that follows another in the same paragraph goes on in the same voice.
      const previous = quotes[quotes.length - 1];
      const continues = !cue && previous?.kind === 'direct' && input.paragraphOf[previous.sentence] === input.paragraphOf[si] && (previous.speaker || previous.speakerText);
      if (!cue && !continues && words < 8) continue;
      if (continues) {
        quotes.push({ ...previous, text: text.slice(q.start, q.end), start: q.start, end: q.end, sentence: si, cue: null });
        continue;
      }
      const sp = cue?.speaker ?? null;
      quotes.push({ kind: 'direct', text: text.slice(q.start, q.end), start: q.start, end: q.end, sentence: si, cue: cue?.cue ?? null, speakerMention: sp?.mention ?? null, speaker: sp?.entity ?? null, speakerText: sp?.text ?? null });
      if (sp) tracker.spoke(sp);
    }
    // Reported speech, unless the sentence's speech is a direct quote already taken.
    for (const r of reportedIn(s, mentions, tracker, inside, text)) {
      if (quotes.some((q) => q.kind === 'direct' && q.start >= r.start && q.start <= r.end + 2)) continue;
      quotes.push({ ...r, sentence: si });
      if (r.speakerMention) tracker.spoke({ mention: r.speakerMention, entity: r.speaker, text: r.speakerText });
    }
    tracker.saw(mentions);
  });
  return quotes.sort((a, b) => a.start - b.start);
}

/** Keeps the last person and the last organisation in view, to resolve "he", "she", "they". */
class SpeakerTracker {
  lastPerson: string | null = null;
  lastGroup: string | null = null;
  lastPersonSpeaker: string | null = null;
  constructor(private readonly types: Map<string, string>) {}
  saw(mentions: ResolvedMention[]): void {
    for (const m of mentions) {
      const t = this.types.get(m.entity);
      if (t === 'person') this.lastPerson = m.entity;
      else if (t === 'organisation' || t === 'group') this.lastGroup = m.entity;
    }
  }
  spoke(s: Speaker): void {
    if (s.entity && this.types.get(s.entity) === 'person') this.lastPersonSpeaker = s.entity;
  }
  resolve(pronoun: string): string | null {
    const p = pronoun.toLowerCase();
    // The person last named is who "he" or "she" most often means; the last speaker otherwise.
    if (PERSON_PRONOUNS.has(p)) return this.lastPerson ?? this.lastPersonSpeaker;
    if (GROUP_PRONOUNS.has(p)) return this.lastGroup;
    return null;
  }
}

interface Span { open: number; close: number; start: number; end: number }

/** Quoted spans per paragraph; an opening mark never closed runs to the paragraph's end. */
function findQuotedSpans(text: string, paragraphs: { start: number; end: number }[]): Span[] {
  const spans: Span[] = [];
  // The first opening mark at or after `searchedFrom` (text.length if none), kept between calls
  // so that text without quotes is read once, not once per paragraph.
  let searchedFrom = Infinity;
  let opener = -1;
  const nextOpener = (from: number): number => {
    if (opener < from || from < searchedFrom) {
      OPENER.lastIndex = searchedFrom = from;
      opener = OPENER.exec(text)?.index ?? text.length;
    }
    return opener;
  };
  for (const p of paragraphs) {
    let i = p.start;
    while (i < p.end) {
      i = nextOpener(i);
      if (i >= p.end) break;
      const ch = text[i]!;
      if (ch === '"' && /\w/.test(text[i - 1] ?? '')) { i++; continue; }
      const closer = CLOSER_FOR[ch]!;
      let j = text.indexOf(closer, i + 1);
      if (j < 0 || j >= p.end) j = p.end;
      let start = i + 1;
      let end = j;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) spans.push({ open: i, close: Math.min(j + 1, p.end), start, end });
      i = j + 1;
    }
  }
  return spans;
}

/** Whether `offset` lies in one of the spans, which come sorted and disjoint: a binary search. */
function inSpan(spans: Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = spans[mid]!;
    if (offset < q.open) hi = mid - 1;
    else if (offset >= q.close) lo = mid + 1;
    else return true;
  }
  return false;
}

interface Cue { cue: string; speaker: Speaker | null }

function tokenIndexAt(s: AnnotatedSentence, offset: number): number {
  const k = s.tokens.findIndex((t) => t.start >= offset);
  return k < 0 ? s.tokens.length : k;
}

function isAccording(t: Token): boolean {
  return t.text.length === 9 && t.text.toLowerCase() === 'according';
}

function isCue(t: Token): boolean {
  return (t.pos === 'VERB' || t.pos === 'AUX') && SPEECH_VERBS.has(t.lemma);
}

/** "Stanikzai said, “..." or "He said that ... “...". */
function cueBefore(s: AnnotatedSentence, open: number, mentions: ResolvedMention[], tracker: SpeakerTracker, inside: (t: Token) => boolean): Cue | null {
  const q = tokenIndexAt(s, open);
  for (let k = q - 1; k >= 0; k--) {
    const t = s.tokens[k]!;
    if (inside(t)) break;
    if (isCue(t)) {
      const speaker = subjectBefore(s, k, mentions, tracker);
      if (speaker) return { cue: t.text, speaker };
    }
    if (isAccording(t) && s.tokens[k + 1]?.lemma === 'to') {
      const speaker = mentionAt(s, k + 2, mentions, tracker);
      if (speaker) return { cue: 'according to', speaker };
    }
  }
  return null;
}

/** "“...,” Stanikzai said." or "“...,” said Stanikzai." */
function cueAfter(sentences: AnnotatedSentence[], from: number, close: number, all: ResolvedMention[][], tracker: SpeakerTracker): Cue | null {
  for (let si = from; si < sentences.length && si <= from + 3; si++) {
    const s = sentences[si]!;
    if (s.end < close) continue;
    const k0 = tokenIndexAt(s, close);
    for (let k = k0; k < Math.min(s.tokens.length, k0 + 6); k++) {
      const t = s.tokens[k]!;
      if (!isCue(t)) continue;
      const speaker = (k > k0 ? subjectBefore(s, k, all[si]!, tracker) : null) ?? mentionAt(s, k + 1, all[si]!, tracker);
      if (speaker) return { cue: t.text, speaker };
    }
    return null;
  }
  return null;
}

function speakerFromMention(m: ResolvedMention): Speaker {
  return { mention: { text: m.text, start: m.start, end: m.end }, entity: m.entity, text: m.name };
}

/** The mention or pronoun that starts at token k (after "according to", or "said X"). */
function mentionAt(s: AnnotatedSentence, k: number, mentions: ResolvedMention[], tracker: SpeakerTracker): Speaker | null {
  while (s.tokens[k]?.pos === 'DET') k++;
  const m = mentions.find((x) => x.first <= k && x.last >= k);
  if (m) return speakerFromMention(m);
  const t = s.tokens[k];
  if (t && t.pos === 'PRON') return pronounSpeaker(t, tracker);
  return null;
}

function pronounSpeaker(t: Token, tracker: SpeakerTracker): Speaker | null {
  const entity = tracker.resolve(t.text);
  if (!entity && !/^(i|we)$/i.test(t.text)) return null;
  return { mention: { text: t.text, start: t.start, end: t.end }, entity, text: entity ? null : t.text };
}

/** The subject of the speech verb at token `cue`. */
function subjectBefore(s: AnnotatedSentence, cue: number, mentions: ResolvedMention[], tracker: SpeakerTracker): Speaker | null {
  let k = cue - 1;
  while (k >= 0 && (s.tokens[k]!.pos === 'ADV' || s.tokens[k]!.pos === 'AUX' || s.tokens[k]!.pos === 'PART')) k--;
  if (k < 0) return null;
  const t = s.tokens[k]!;
  const m = mentions.filter((x) => x.first <= k && x.last >= k).sort((a, b) => (b.last - b.first) - (a.last - a.first))[0];
  if (m) return speakerFromMention(m);
  if (t.pos === 'PRON') return pronounSpeaker(t, tracker);
  if (t.text === ',') {
    // "Omar Nessar, who is director of ..., also stated": the name before the apposition.
    const m2 = mentions.find((x) => x.last < k && s.tokens[x.last + 1]?.text === ',');
    return m2 ? speakerFromMention(m2) : null;
  }
  if (t.pos === 'NOUN' || t.pos === 'PROPN') {
    let a = k;
    while (a - 1 >= 0 && ['NOUN', 'PROPN', 'ADJ', 'PART', 'NUM'].includes(s.tokens[a - 1]!.pos)) a--;
    const startTok = s.tokens[a]!;
    const withDet = a - 1 >= 0 && s.tokens[a - 1]!.pos === 'DET' ? s.tokens[a - 1]! : startTok;
    const inner = mentions.find((x) => x.first >= a && x.last <= k && x.type !== 'place');
    const written = { text: sliceTokens(s, withDet, t), start: withDet.start, end: t.end };
    return { mention: written, entity: inner && inner.last === k ? inner.entity : null, text: sliceTokens(s, startTok, t) };
  }
  return null;
}

function sliceTokens(s: AnnotatedSentence, a: Token, b: Token): string {
  let out = '';
  for (const t of s.tokens) {
    if (t.start < a.start || t.end > b.end) continue;
    out += (out && t.start > 0 && !/^(’s|'s|n’t|n't|[,.;:])$/.test(t.text) ? ' ' : '') + t.text;
  }
  return out;
}

/** Reported speech in one sentence: "X said (that) ...", "X told Y ...", "According to X, ...", "..., X said." */
function reportedIn(s: AnnotatedSentence, mentions: ResolvedMention[], tracker: SpeakerTracker, inside: (t: Token) => boolean, text: string): Omit<QuoteRecord, 'sentence'>[] {
  const out: Omit<QuoteRecord, 'sentence'>[] = [];
  const toks = s.tokens;
  const last = lastWordIndex(s);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k]!;
    if (inside(t)) continue;
    if (isAccording(t) && toks[k + 1]?.lemma === 'to') {
      const speaker = mentionAt(s, k + 2, mentions, tracker);
      if (!speaker) continue;
      const comma = toks.findIndex((x, i) => i > k + 2 && x.text === ',');
      let a: number; let b: number;
      if (k === 0 || (k === 1 && /^[\p{P}]$/u.test(toks[0]!.text))) {
        if (comma < 0) continue;
        a = comma + 1; b = last;
      } else {
        a = 0; b = toks[k - 1]?.text === ',' ? k - 2 : k - 1;
      }
      pushSpan(out, s, a, b, 'according to', speaker, text);
      continue;
    }
    // "ask" and "urge" report requests, not statements, unless a quotation follows.
    if (!isCue(t) || t.pos !== 'VERB' || t.lemma === 'ask' || t.lemma === 'urge') continue;
    // "Passengers were told to ...": the subject of a passive is who was spoken to.
    if (toks[k - 1]?.lemma === 'be' && toks[k - 1]!.pos === 'AUX') continue;
    const speaker = subjectBefore(s, k, mentions, tracker);
    if (!speaker) continue;
    // "..., X said." at the end of the sentence: the content comes before.
    if (k >= last - 1) {
      const before = speakerStartToken(s, speaker) - 1;
      if (toks[before]?.text === ',') pushSpan(out, s, 0, before - 1, t.text, speaker, text);
      continue;
    }
    let a = k + 1;
    if (t.lemma === 'tell' || t.lemma === 'ask' || t.lemma === 'warn' || t.lemma === 'urge') {
      const that = toks.findIndex((x, i) => i > k && x.lemma === 'that');
      if (that > 0) a = that;
      else while (a <= last && ['DET', 'PROPN', 'NOUN', 'PRON', 'ADJ'].includes(toks[a]!.pos)) a++;
    }
    // "said in a statement that ...": the speech starts after "that".
    const that = toks.findIndex((x, i) => i > k && i <= k + 6 && x.lemma === 'that' && x.pos === 'SCONJ');
    if (that > 0 && toks.slice(k + 1, that).every((x) => x.pos !== 'VERB')) a = Math.max(a, that);
    while (a <= last && (toks[a]!.lemma === 'that' || toks[a]!.text === ',' || toks[a]!.pos === 'ADV' && toks[a]!.lemma !== 'when')) a++;
    if (a > last) continue;
    // "acknowledged failings", "told the annual meeting": an object, not reported speech. But what
    // is said may hold a figure and no verb wink can see: "said the repairs cost 2 million dollars"
    // (cost tagged a noun), "said net profit 12.3 mln dlrs vs 10.1 mln".
    const clause = toks.slice(a, last + 1);
    const figure = t.lemma === 'say' && clause.length >= 3 && clause.some((x) => x.pos === 'NUM');
    if (!figure && !clause.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) continue;
    if (!BARE_CLAUSE_VERBS.has(t.lemma) && toks[k + 1]?.lemma !== 'that') continue;
    // "While X said that ..., Y ...": the speech ends with the subordinate clause.
    let b = last;
    if (toks[0]?.pos === 'SCONJ' && speakerStartToken(s, speaker) < k) {
      const comma = toks.findIndex((x, i) => i > a && x.text === ',');
      if (comma > 0) b = comma - 1;
    }
    pushSpan(out, s, a, b, t.text, speaker, text);
  }
  return out;
}

function speakerStartToken(s: AnnotatedSentence, sp: Speaker): number {
  const k = s.tokens.findIndex((t) => t.start >= sp.mention.start);
  return k < 0 ? 0 : k;
}

function lastWordIndex(s: AnnotatedSentence): number {
  let k = s.tokens.length - 1;
  while (k > 0 && /^[\p{P}]+$/u.test(s.tokens[k]!.text) && !/^[”"]$/.test(s.tokens[k]!.text)) k--;
  return k;
}

function pushSpan(out: Omit<QuoteRecord, 'sentence'>[], s: AnnotatedSentence, a: number, b: number, cue: string, sp: Speaker, text: string): void {
  if (b < a || b - a < 2) return;
  const start = s.tokens[a]!.start;
  let end = s.tokens[b]!.end;
  if (/[.!?]/.test(text[end] ?? '') && end < s.end) end++;
  out.push({ kind: 'reported', text: text.slice(start, end), start, end, cue, speakerMention: sp.mention, speaker: sp.entity, speakerText: sp.text });
}
