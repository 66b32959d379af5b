// Direct and reported speech with the speaker the text means: "X said that ...", "According to
// X, ...", "..., X said.", quotation marks (curly or straight, across sentences, or never
// closed), and pronoun speakers ("He said, ...") resolved to the person last speaking.
import type { AnnotatedSentence, Token } from '../nlp/annotate.js';
import type { DocEntity, ResolvedMention } from './entities.js';
import { GROUP_PRONOUNS, PERSON_PRONOUNS, SPEECH_VERBS } from './lexicon.js';

/**
 * `direct`: the words inside quotation marks. `mixed`: a reported clause holding quoted words (the
 * whole clause is what was said; `quoted` keeps the words in marks). `reported`: no quotation marks.
 */
export type QuoteKind = 'direct' | 'mixed' | 'reported';

export interface Part { start: number; end: number }

export interface QuoteRecord {
  kind: QuoteKind;
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
  /**
   * The words inside quotation marks, marks excluded: one part for a plain direct quote, several when
   * the speaker's cue interrupts it or it runs over paragraphs; the quoted words of a mixed quote;
   * none for reported speech. Only these words may ever be shown inside quotation marks.
   */
  quoted: Part[];
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

/** Opening marks, with the two apostrophes some newspapers write for a quotation mark. */
const OPENER = /[“„«"]|''/g;
/** The marks that close each opening mark; a straight and a curly mark close each other, a slip that is common in copy. */
const CLOSERS_FOR: Record<string, string[]> = { '“': ['”', '"'], '„': ['“', '”'], '«': ['»'], '"': ['"', '”'], "''": ["''"] };

/** The first of the closing marks at or after `from`, with its length; text.length when none. */
function nextCloser(text: string, closers: string[], from: number): { at: number; length: number } {
  let best = { at: text.length, length: 0 };
  for (const c of closers) {
    const at = text.indexOf(c, from);
    if (at >= 0 && at < best.at) best = { at, length: c.length };
  }
  return best;
}
/** Speech verbs that report a clause without "that" ("he said prices rose"); others need "that". */
const BARE_CLAUSE_VERBS = new Set(['say', 'tell', 'add', 'state', 'report', 'note', 'explain', 'claim', 'argue', 'insist', 'warn', 'believe', 'predict', 'estimate', 'write', 'reply', 'respond', 'contend', 'maintain', 'conclude', 'suggest', 'stress', 'emphasise', 'emphasize', 'tweet']);

interface Speaker { mention: { text: string; start: number; end: number }; entity: string | null; text: string | null }

/** A cue-less quotation shorter than this is a scare quote or a title, not a quote of its own. */
const MIN_UNCUED_QUOTE_WORDS = 8;
/**
 * A reported clause around quoted words needs at least this many words of the reporter's own to be
 * `mixed`; with fewer ("said that “...”") the quotation is the whole of what was said: `direct`.
 */
const MIXED_MIN_OWN_WORDS = 2;
/** A quoted run of at most this many capitalised words ("Morning Joe") is a title, not speech. */
const TITLE_MAX_WORDS = 4;

interface Found { span: Span; cue: Cue | null; cueAt: number; parts: Part[] }

export function extractQuotes(input: QuoteInput): QuoteRecord[] {
  const { text, sentences } = input;
  const types = new Map(input.entities.map((e) => [e.key, e.type] as const));
  const quotes: QuoteRecord[] = [];
  const tracker = new SpeakerTracker(types, input.entities);
  const labels = transcriptLabels(input.entities);

  const direct = findQuotedSpans(text, input.paragraphs);
  const inside = (t: Token) => inSpan(direct, t.start);
  // The cue offset of the last direct quote, so that "“A,” he said, “B.”" stays one quote.
  let lastCueAt = -1;
  let d = 0;
  sentences.forEach((s, si) => {
    const mentions = input.mentions[si]!;
    const found: Found[] = [];
    while (d < direct.length && direct[d]!.open < s.end) {
      const q = direct[d++]!;
      const label = transcriptLabel(text, q, labels);
      if (label) {
        const { content, speaker } = label;
        quotes.push(directRecord(text, content, si, ':', speaker));
        lastCueAt = -1;
        continue;
      }
      // A title in marks (“Morning Joe”) is nobody's words: neither a quote nor part of one.
      if (isTitle(text, q)) continue;
      const cue = cueBefore(s, q.open, mentions, tracker, inside) ?? (q.closed ? cueAfter(sentences, si, q.close, input.mentions, tracker, text) : null) ?? colonCue(sentences, si, q, input, tracker);
      const cueAt = cue?.at ?? -1;
      const same = found[found.length - 1];
      if (same && cue && cueAt === same.cueAt) {
        // "“A,” he said, “B.”": one quotation interrupted by its cue.
        same.span = { ...same.span, end: q.end, close: q.close };
        same.parts.push({ start: q.start, end: q.end });
        continue;
      }
      const previous = lastDirect(quotes);
      const opensSentence = !s.tokens.some((t) => t.start < q.open && /[\p{L}\p{N}]/u.test(t.text));
      if (!same && previous?.kind === 'direct' && (previous.speaker || previous.speakerText) && runsOn(previous, q, cue, cueAt === lastCueAt, opensSentence, input, text)) {
        previous.end = q.end;
        previous.text = text.slice(previous.start, q.end);
        previous.quoted.push({ start: q.start, end: q.end });
        continue;
      }
      found.push({ span: q, cue, cueAt, parts: [{ start: q.start, end: q.end }] });
    }
    const taken = new Set<Found>();
    // Reported speech; quoted words inside it make it mixed, unless they are all of it.
    for (const r of reportedIn(s, mentions, tracker, inside, text)) {
      const inner = found.filter((f) => !taken.has(f) && f.span.open >= r.start - 1 && f.span.open < r.end);
      if (inner.length) {
        inner.forEach((f) => taken.add(f));
        if (ownWords(text, r.start, r.end, inner.map((f) => f.span)) < MIXED_MIN_OWN_WORDS) {
          for (const f of inner) pushDirect(f, r);
          continue;
        }
        pushMixed(r, inner.map((f) => f.span));
      } else {
        quotes.push({ ...r, sentence: si, quoted: [] });
      }
      if (r.speakerMention) tracker.spoke({ mention: r.speakerMention, entity: r.speaker, text: r.speakerText });
    }
    // Quoted words inside a clause no speech verb reports ("X called the plan “a disgrace”"): the
    // clause from the verb that governs them is the quote.
    for (let i = 0; i < found.length; i++) {
      const f = found[i]!;
      if (taken.has(f)) continue;
      const clause = clauseAround(s, f, found.slice(i + 1).filter((g) => !taken.has(g)), mentions, tracker, inside, text);
      if (clause) {
        clause.spans.forEach((g) => taken.add(found.find((x) => x.span === g)!));
        if (ownWords(text, clause.start, clause.end, clause.spans) >= MIXED_MIN_OWN_WORDS) pushMixed(clause, clause.spans);
        else for (const g of clause.spans) pushDirect(found.find((x) => x.span === g)!, clause);
        tracker.spoke({ mention: clause.speakerMention!, entity: clause.speaker, text: clause.speakerText });
        continue;
      }
      taken.add(f);
      if (!f.cue && wordCount(text, f.span.start, f.span.end) < MIN_UNCUED_QUOTE_WORDS) continue;
      pushDirect(f, null);
    }
    tracker.saw(mentions);

    function pushDirect(f: Found, fallback: Omit<QuoteRecord, 'sentence' | 'quoted' | 'kind'> | null): void {
      const sp = f.cue?.speaker ?? null;
      const record = directRecord(text, f.span, si, f.cue?.cue ?? fallback?.cue ?? null, sp);
      record.quoted = f.parts;
      if (!sp && fallback) Object.assign(record, { speakerMention: fallback.speakerMention, speaker: fallback.speaker, speakerText: fallback.speakerText });
      quotes.push(record);
      lastCueAt = f.cueAt;
      if (sp) tracker.spoke(sp);
    }
    function pushMixed(r: Omit<QuoteRecord, 'sentence' | 'quoted' | 'kind'>, spans: Span[]): void {
      const end = Math.max(r.end, ...spans.map((x) => x.close));
      quotes.push({ ...r, kind: 'mixed', end, text: text.slice(r.start, end), sentence: si, quoted: spans.map((x) => ({ start: x.start, end: x.end })) });
      lastCueAt = -1;
    }
  });
  return quotes.sort((a, b) => a.start - b.start);
}

/**
 * The direct quote a new quotation may go on with: the last one, past reported speech the cue's
 * own sentence holds ("“A,” said X, speaking of Y. “B.”").
 */
function lastDirect(quotes: QuoteRecord[]): QuoteRecord | undefined {
  let i = quotes.length - 1;
  while (i >= 0 && quotes[i]!.kind !== 'direct') i--;
  const direct = quotes[i];
  // Only reported speech inside the cue right after the quotation may stand between.
  return direct && quotes.slice(i + 1).every((q) => q.start - direct.end <= MAX_TRAILING_CUE) ? direct : undefined;
}

function directRecord(text: string, q: Part, sentence: number, cue: string | null, sp: Speaker | null): QuoteRecord {
  return { kind: 'direct', text: text.slice(q.start, q.end), start: q.start, end: q.end, sentence, cue, speakerMention: sp?.mention ?? null, speaker: sp?.entity ?? null, speakerText: sp?.text ?? null, quoted: [{ start: q.start, end: q.end }] };
}

function wordCount(text: string, start: number, end: number): number {
  return text.slice(start, end).split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Words of the span outside the quoted parts, "that" and punctuation not counted. */
function ownWords(text: string, start: number, end: number, spans: Span[]): number {
  let n = 0;
  let from = start;
  for (const q of [...spans].sort((a, b) => a.open - b.open)) {
    n += wordCount(text.slice(from, Math.max(from, q.open)).replace(/\bthat\b/gi, ''), 0, Infinity);
    from = Math.max(from, q.close);
  }
  return n + wordCount(text.slice(Math.min(from, end), end).replace(/\bthat\b/gi, ''), 0, Infinity);
}

/** Short, every word capitalised, no sentence inside: a title or a name in quotation marks. */
function isTitle(text: string, q: Span): boolean {
  // American style sets the comma inside the marks: “War On Drugs,” is still a title.
  const words = text.slice(q.start, q.end).replace(/,$/, '').split(/\s+/).filter(Boolean);
  if (words.length > TITLE_MAX_WORDS || /[.!?,;:]$/.test(words[words.length - 1] ?? '')) return false;
  return words.every((w, i) => /^[\p{Lu}\p{N}(]/u.test(w) || (i > 0 && /^(of|the|and|a|an|in|on|to|for)$/.test(w)));
}

/**
 * Whether quotation q goes on with the previous direct quote: the same cue interrupts both ("“A,” she
 * said. “B.”"), or no cue of its own follows the previous one in its paragraph, or a quotation left
 * open at a paragraph's end is taken up by the next paragraph's opening mark.
 */
function runsOn(previous: QuoteRecord, q: Span, cue: Cue | null, sameCue: boolean, opensSentence: boolean, input: QuoteInput, text: string): boolean {
  const paragraphOfOffset = (offset: number) => input.paragraphs.findIndex((p) => p.start <= offset && offset <= p.end);
  const p0 = paragraphOfOffset(previous.end);
  const p1 = paragraphOfOffset(q.open);
  if (p0 === p1) return sameCue || (!cue && opensSentence);
  if (p1 !== p0 + 1) return false;
  const rest = text.slice(previous.end, input.paragraphs[p0]!.end);
  // Open at the paragraph's end: no closing mark after the previous quote's words.
  const leftOpen = !/[”"»'’]/.test(rest);
  const opensParagraph = q.open === input.paragraphs[p1]!.start;
  if (!opensParagraph) return false;
  if (leftOpen) return !cue || cue.speaker?.entity === previous.speaker;
  // A paragraph that is all quotation and cue ("“...,” he said.") followed by one that opens a
  // quotation with no cue of its own: the same speaker goes on.
  const endsWithItsCue = rest.length <= MAX_TRAILING_CUE && (rest.match(/[.!?]/g) ?? []).length <= 1;
  return !cue && endsWithItsCue && input.paragraphs[p0]!.start >= previous.start - 1 - MAX_TRAILING_CUE;
}

/** The most characters a paragraph may hold after a quotation for them to be only its cue (", said the former ..."). */
const MAX_TRAILING_CUE = 120;

const FEMALE_MARKS = /\b(mrs|ms|miss|madam|chairwoman|spokeswoman|congresswoman|businesswoman|councilwoman|mother|wife|daughter|sister|actress|widow|queen|princess|duchess|lady)\b/;
const MALE_MARKS = /\b(mr|sir|chairman|spokesman|congressman|businessman|councilman|father|husband|son|brother|actor|widower|king|prince|duke|lord)\b/;

/** Keeps the last person and the last organisation in view, to resolve "he", "she", "they". */
class SpeakerTracker {
  lastPerson: string | null = null;
  lastGroup: string | null = null;
  lastPersonSpeaker: string | null = null;
  /** When each entity was last named, to read "the spokesman" as the spokesman last named. */
  private readonly seenAt = new Map<string, number>();
  private seen = 0;
  /** Each role word ("spokesman", "mayor", "ministry") with the entities whose roles or names hold it. */
  private readonly byRoleWord = new Map<string, string[]>();
  /** Who the text marks as a man or a woman ("Mr.", "Mrs.", "chairwoman"), so "she" skips a man named last. */
  private readonly gender = new Map<string, 'm' | 'f'>();
  private lastByGender: Record<'m' | 'f', string | null> = { m: null, f: null };
  constructor(private readonly types: Map<string, string>, entities: DocEntity[] = []) {
    for (const e of entities) {
      if (e.type === 'person') {
        const words = [...e.roles, ...e.mentions.map((m) => m.text)].join(' ').toLowerCase();
        const female = FEMALE_MARKS.test(words);
        const male = MALE_MARKS.test(words);
        if (female !== male) this.gender.set(e.key, female ? 'f' : 'm');
      }
      for (const phrase of [...e.roles, ...(e.type === 'person' ? [] : [e.name])]) {
        for (const w of phrase.toLowerCase().split(/[^\p{L}]+/u)) if (w.length > 2) this.byRoleWord.set(w, [...(this.byRoleWord.get(w) ?? []), e.key]);
      }
    }
  }
  saw(mentions: ResolvedMention[]): void {
    for (const m of mentions) {
      this.seenAt.set(m.entity, ++this.seen);
      const t = this.types.get(m.entity);
      if (t === 'person') {
        this.lastPerson = m.entity;
        const g = this.gender.get(m.entity);
        if (g) this.lastByGender[g] = m.entity;
      }
      else if (t === 'organisation' || t === 'group') this.lastGroup = m.entity;
    }
  }
  spoke(s: Speaker): void {
    if (s.entity && this.types.get(s.entity) === 'person') this.lastPersonSpeaker = s.entity;
  }
  /** "the spokesman", "the ministry": the entity last named whose role or name holds the head word. */
  describe(head: string): string | null {
    let best: string | null = null;
    for (const key of this.byRoleWord.get(head.toLowerCase()) ?? []) if ((this.seenAt.get(key) ?? 0) > (best ? this.seenAt.get(best)! : 0)) best = key;
    return best;
  }
  resolve(pronoun: string): string | null {
    const p = pronoun.toLowerCase();
    // The person last named is who "he" or "she" most often means; the last speaker otherwise.
    if (PERSON_PRONOUNS.has(p)) {
      // The person last named, unless the text marks them as the other sex: then the last one it does not.
      const wanted = p === 'she' || p === 'her' ? 'f' : 'm';
      const last = this.lastPerson;
      if (last && this.gender.get(last) && this.gender.get(last) !== wanted) return this.lastByGender[wanted] ?? last;
      return last ?? this.lastPersonSpeaker;
    }
    if (GROUP_PRONOUNS.has(p)) return this.lastGroup;
    return null;
  }
}

/** A quotation: its marks at open and close (close is past the closing mark), its words start..end; closed unless left open. */
interface Span { open: number; close: number; start: number; end: number; closed: boolean }

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
      const ch = text.startsWith("''", i) ? "''" : text[i]!;
      const straight = ch === '"' || ch === "''";
      if (straight && /\w/.test(text[i - 1] ?? '')) { i += ch.length; continue; }
      const closer = nextCloser(text, CLOSERS_FOR[ch]!, i + ch.length);
      let j = closer.at;
      if (j >= p.end) j = p.end;
      // A straight mark after a space and before a word opens the next quotation ("... shortly.
      // "Comparing ..."): the one before was left open, a slip the next mark must not close.
      const reopens = straight && j < p.end && /\s/.test(text[j - 1]!) && /\w/.test(text[j + closer.length] ?? '');
      let start = i + ch.length;
      let end = j;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end > start) spans.push({ open: i, close: reopens ? end : Math.min(j + Math.max(closer.length, 1), p.end), start, end, closed: !reopens && j < p.end });
      i = reopens ? j : j + Math.max(closer.length, 1);
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

/** A speech cue, its speaker, and the cue word's offset (two quotations one cue interrupts share it). */
interface Cue { cue: string; speaker: Speaker | null; at: number }

function tokenIndexAt(s: AnnotatedSentence, offset: number): number {
  const k = s.tokens.findIndex((t) => t.start >= offset);
  return k < 0 ? s.tokens.length : k;
}

function isAccording(t: Token): boolean {
  return t.text.length === 9 && t.text.toLowerCase() === 'according';
}

/**
 * Verbs that cue a quotation set right beside them ("“...?” Vitter demanded.", "She continued, “...”")
 * but, with no quotation marks, report nothing ("she continued to work").
 */
const QUOTATION_CUES = new Set(['demand', 'yell', 'shout', 'scream', 'boast', 'quip', 'joke', 'retort', 'exclaim', 'proclaim', 'whisper', 'counter', 'caution', 'lament', 'plead', 'concede', 'chant', 'sing', 'continue', 'post', 'muse', 'wonder', 'laugh', 'scold', 'interject']);

function isQuotationCue(toks: Token[], k: number): boolean {
  return isCue(toks, k) || (toks[k]!.pos === 'VERB' && QUOTATION_CUES.has(toks[k]!.lemma));
}

/**
 * A speech verb, or its third-person form that the tagger took for a plural noun right after a name
 * ("The Post reports that ...", "Clinton says ...").
 */
/** Verbs that report as speech verbs do, here only ("..., The Post has learned."). */
const REPORTING_VERBS = new Set(['learn']);

function isCue(toks: Token[], k: number): boolean {
  const t = toks[k]!;
  if (t.pos === 'VERB' || t.pos === 'AUX') return SPEECH_VERBS.has(t.lemma) || REPORTING_VERBS.has(t.lemma);
  return t.pos === 'NOUN' && /s$/.test(t.text) && SPEECH_VERBS.has(t.lemma) && (toks[k - 1]?.pos === 'PROPN' || toks[k - 1]?.pos === 'PRON');
}

/** "Stanikzai said, “..." or "He said that ... “...". */
function cueBefore(s: AnnotatedSentence, open: number, mentions: ResolvedMention[], tracker: SpeakerTracker, inside: (t: Token) => boolean): Cue | null {
  const q = tokenIndexAt(s, open);
  for (let k = q - 1; k >= 0; k--) {
    const t = s.tokens[k]!;
    if (inside(t)) break;
    if (isQuotationCue(s.tokens, k)) {
      // "Said Ellis: “...”": a cue that opens the sentence names its speaker after it.
      const named = k === 0 ? mentions.find((m) => m.first > k && m.last < q) : undefined;
      const speaker = subjectBefore(s, k, mentions, tracker) ?? (named ? speakerFromMention(named) : null);
      if (speaker) return { cue: t.text, speaker, at: t.start };
    }
    if (isAccording(t) && s.tokens[k + 1]?.lemma === 'to') {
      const speaker = mentionAt(s, k + 2, mentions, tracker);
      if (speaker) return { cue: 'according to', speaker, at: t.start };
    }
  }
  return null;
}

/** How far after a closing mark a cue is looked for: room for "White House press secretary Josh Earnest said". */
const CUE_AFTER_WINDOW = 12;
const DASHES = /^[―—–-]+$/;
const OPENING_MARK = /^([“„«"]|'')$/;

/**
 * "“...,” Stanikzai said.", "“...,” said Stanikzai.", "“...?” he asks." (the cue in the next sentence),
 * "“...,” Vitter demanded." (any verb whose subject follows the quotation), "“...” ― Ana Ruiz".
 */
function cueAfter(sentences: AnnotatedSentence[], from: number, close: number, all: ResolvedMention[][], tracker: SpeakerTracker, text: string): Cue | null {
  let first = from;
  while (first < sentences.length && sentences[first]!.end < close) first++;
  for (let si = first; si < sentences.length && si <= first + 1; si++) {
    const s = sentences[si]!;
    const k0 = tokenIndexAt(s, close);
    if (k0 >= s.tokens.length) {
      // Nothing follows the quotation in its sentence: the cue may open the next, in the same paragraph.
      const next = sentences[si + 1];
      if (!next || /\n/.test(text.slice(close, next.start))) return null;
      continue;
    }
    const toks = s.tokens;
    if (DASHES.test(toks[k0]!.text) && k0 + 1 < toks.length) {
      const speaker = mentionAt(s, k0 + 1, all[si]!, tracker) ?? nameRun(s, k0 + 1);
      if (speaker) return { cue: toks[k0]!.text, speaker, at: toks[k0]!.start };
    }
    // In the sentence after the quotation only a speech verb is a cue ("he asks."); right after the
    // closing mark any verb is ("“...,” Vitter demanded."), its subject between them.
    const nextSentence = si > first || s.start >= close;
    for (let k = k0; k < Math.min(toks.length, k0 + CUE_AFTER_WINDOW); k++) {
      const t = toks[k]!;
      if (OPENING_MARK.test(t.text)) return null;
      const speech = isQuotationCue(toks, k);
      if (!speech && (nextSentence || t.pos !== 'VERB' || k === k0)) continue;
      const subject = k > k0 ? subjectBefore(s, k, all[si]!, tracker, k0) : null;
      const relative = subject !== null && /^(who|which|that)$/i.test(subject.mention.text);
      const adjacent = subject !== null && !relative && toks.slice(k0, speakerStartToken(s, subject)).every((x) => /^[\p{P}]+$/u.test(x.text));
      const speaker = speech ? (subject && (adjacent || !nextSentence) ? subject : null) ?? (k === k0 || adjacent ? mentionAt(s, k + 1, all[si]!, tracker) ?? nameRun(s, k + 1) ?? phraseAt(s, k + 1) : null) : adjacent ? subject : null;
      if (speaker) return { cue: t.text, speaker, at: t.start };
      if (!speech) return null;
    }
    return null;
  }
  return null;
}

/** At most this many capitalised words name who spoke after a dash ("― Ana María Ruiz Soto"). */
const MAX_NAME_RUN = 5;

/** A run of capitalised words naming who spoke, when no entity was made of it ("― Ana Ruiz"). */
function nameRun(s: AnnotatedSentence, k: number): Speaker | null {
  let b = k;
  while (b < s.tokens.length && b - k < MAX_NAME_RUN && /^\p{Lu}/u.test(s.tokens[b]!.text) && !/^\p{P}/u.test(s.tokens[b]!.text)) b++;
  if (b === k) return null;
  const first = s.tokens[k]!;
  const last = s.tokens[b - 1]!;
  const written = sliceTokens(s, first, last);
  return { mention: { text: written, start: first.start, end: last.end }, entity: null, text: written };
}

/**
 * "Caddell continued:" or "The piece used one of her quotes as its headline:" right before the
 * quotation: the verb before the colon and its subject, whatever the verb.
 */
function colonCue(sentences: AnnotatedSentence[], si: number, q: Span, input: QuoteInput, tracker: SpeakerTracker): Cue | null {
  const s = sentences[si]!;
  const open = tokenIndexAt(s, q.open);
  let where = s;
  let mentions = input.mentions[si]!;
  let k = open - 1;
  if (k < 0 || s.tokens.slice(0, open).every((t) => /^[\p{P}]+$/u.test(t.text))) {
    if (si === 0 || input.paragraphOf[si - 1]! < input.paragraphOf[si]! - 1) return null;
    where = sentences[si - 1]!;
    mentions = input.mentions[si - 1]!;
    k = where.tokens.length - 1;
  }
  if (where.tokens[k]?.text !== ':') return null;
  for (k--; k >= 0; k--) {
    const t = where.tokens[k]!;
    if (t.pos !== 'VERB') continue;
    const speaker = subjectBefore(where, k, mentions, tracker);
    return speaker ? { cue: t.text, speaker, at: t.start } : null;
  }
  return null;
}

/** "PENCE: Well, look, ..." — a transcript's speaker label in capitals, then a colon. */
const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):\s+(?=\S)/u;

/** Each person's last name, lower-cased, to tie a transcript label to who it names. */
function transcriptLabels(entities: DocEntity[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const last = e.name.split(/\s+/).pop()!.toLowerCase();
    if (!out.has(last)) out.set(last, e.key);
  }
  return out;
}

function transcriptLabel(text: string, q: Span, labels: Map<string, string>): { content: Span; speaker: Speaker } | null {
  const m = TRANSCRIPT_LABEL.exec(text.slice(q.start, Math.min(q.end, q.start + 60)));
  if (!m || q.start + m[0].length >= q.end) return null;
  const name = m[1]!;
  const entity = labels.get(name.split(' ').pop()!.toLowerCase()) ?? null;
  const written = name.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase());
  return { content: { ...q, start: q.start + m[0].length }, speaker: { mention: { text: name, start: q.start, end: q.start + name.length }, entity, text: entity ? null : written } };
}

type Clause = Omit<QuoteRecord, 'sentence' | 'quoted' | 'kind'> & { spans: Span[] };

/**
 * The clause whose verb governs quotation f, with the quotations after it that no other verb
 * separates: from after the verb to the last of them, or to the sentence's end when no verb follows.
 */
function clauseAround(s: AnnotatedSentence, f: Found, later: Found[], mentions: ResolvedMention[], tracker: SpeakerTracker, inside: (t: Token) => boolean, text: string): Clause | null {
  const toks = s.tokens;
  const open = tokenIndexAt(s, f.span.open);
  if (f.cue && f.cue.speaker && f.cue.at >= f.span.close && f.cue.at < s.end) {
    // "Using the tax ''is a misguided approach,'' said Mr. Burman.": all before the cue is what was said.
    const a = toks.findIndex((t) => /[\p{L}\p{N}]/u.test(t.text));
    if (a < 0 || a >= open) return null;
    const sp = f.cue.speaker;
    const start = toks[a]!.start;
    return { text: text.slice(start, f.span.close), start, end: f.span.close, cue: f.cue.cue, speakerMention: sp.mention, speaker: sp.entity, speakerText: sp.text, spans: [f.span] };
  }
  let verb = f.cue && f.cue.at < f.span.open && f.cue.at >= s.start ? toks.findIndex((t) => t.start === f.cue!.at) : -1;
  if (verb < 0) for (let k = open - 1; k >= 0 && verb < 0; k--) if (!inside(toks[k]!) && toks[k]!.pos === 'VERB') verb = k;
  if (verb < 0) return null;
  const speaker = f.cue?.speaker ?? subjectBefore(s, verb, mentions, tracker);
  if (!speaker) return null;
  let a = verb + 1;
  a = speechStart(toks, a, open);
  const spans = [f.span];
  const hasVerb = (from: number, to: number) => toks.some((t) => t.start >= from && t.end <= to && !inside(t) && (t.pos === 'VERB' || t.pos === 'AUX'));
  for (const g of later) {
    if (hasVerb(spans[spans.length - 1]!.close, g.span.open)) break;
    spans.push(g.span);
  }
  const lastClose = spans[spans.length - 1]!.close;
  const last = lastWordIndex(s);
  let end = lastClose;
  if (!hasVerb(lastClose, s.end) && toks[last] && toks[last]!.end > lastClose) {
    end = toks[last]!.end;
    if (/[.!?]/.test(text[end] ?? '') && end < s.end) end++;
  }
  const start = toks[a]!.start;
  return { text: text.slice(start, end), start, end, cue: toks[verb]!.text, speakerMention: speaker.mention, speaker: speaker.entity, speakerText: speaker.text, spans };
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
  if (!entity && !/^(i|we|he|she|they)$/i.test(t.text)) return null;
  return { mention: { text: t.text, start: t.start, end: t.end }, entity, text: entity ? null : t.text };
}

/** The subject of the speech verb at token `cue`. */
/** The subject of the speech verb at token `cue`, looked for no further back than token `from`. */
function subjectBefore(s: AnnotatedSentence, cue: number, mentions: ResolvedMention[], tracker: SpeakerTracker, from = 0): Speaker | null {
  let k = cue - 1;
  while (k >= 0 && (s.tokens[k]!.pos === 'ADV' || s.tokens[k]!.pos === 'AUX' || s.tokens[k]!.pos === 'PART')) k--;
  // "Rep. Ann Lee (D-Mass.) said": the name before the party and state.
  if (s.tokens[k]?.text === ')') {
    let open = k - 1;
    while (open > 0 && k - open <= MAX_PARENTHESIS_TOKENS && s.tokens[open]!.text !== '(') open--;
    if (open > 0 && s.tokens[open]!.text === '(') k = open - 1;
  }
  if (k < from) return null;
  const t = s.tokens[k]!;
  const m = mentions.filter((x) => x.first <= k && x.last >= k).sort((a, b) => (b.last - b.first) - (a.last - a.first))[0];
  if (m) return speakerFromMention(m);
  // "an architect who said ...": the relative pronoun stands for the noun before it.
  if (t.pos === 'PRON' && /^(who|which)$/i.test(t.text) && k > 0) {
    let j = k - 1;
    if (s.tokens[j]!.text === ',') j--;
    const antecedent = j >= 0 ? subjectBefore(s, j + 1, mentions, tracker) : null;
    return antecedent && { ...antecedent, mention: { text: t.text, start: t.start, end: t.end } };
  }
  if (t.pos === 'PRON') return pronounSpeaker(t, tracker);
  if (t.text === ',') {
    // "Omar Nessar, who is director of ..., also stated": the name before the apposition.
    const m2 = mentions.find((x) => x.first >= from && x.last < k && s.tokens[x.last + 1]?.text === ',');
    return m2 ? speakerFromMention(m2) : null;
  }
  // A name the tagger took for a verb or adjective ("Lynch said") still names the speaker.
  const named = /^\p{Lu}/u.test(t.text) && !['PRON', 'DET', 'PUNCT', 'ADP', 'CCONJ', 'SCONJ', 'AUX'].includes(t.pos);
  if (t.pos === 'NOUN' || t.pos === 'PROPN' || named) {
    let a = k;
    while (a - 1 >= 0 && ['NOUN', 'PROPN', 'ADJ', 'PART', 'NUM'].includes(s.tokens[a - 1]!.pos)) a--;
    const startTok = s.tokens[a]!;
    const withDet = a - 1 >= 0 && s.tokens[a - 1]!.pos === 'DET' ? s.tokens[a - 1]! : startTok;
    const inner = mentions.find((x) => x.first >= a && x.last <= k && x.type !== 'place');
    const written = { text: sliceTokens(s, withDet, t), start: withDet.start, end: t.end };
    const named = inner && inner.last === k ? inner.entity : null;
    // "The spokesman said": a definite description stands for the one it describes, named before.
    const described = !named && withDet !== startTok && /^the$/i.test(withDet.text) ? tracker.describe(t.lemma) : null;
    return { mention: written, entity: named ?? described, text: named ?? described ? null : sliceTokens(s, startTok, t) };
  }
  return null;
}

/** At most this many tokens of circumstance ("at a campaign stop in Toledo, Ohio,") stand between a speech verb and what was said. */
const MAX_CIRCUMSTANCE_TOKENS = 12;

/** A parenthesis after a name ("(R-S.C.)", "(D)") holds at most this many tokens. */
const MAX_PARENTHESIS_TOKENS = 6;

function sliceTokens(s: AnnotatedSentence, a: Token, b: Token): string {
  let out = '';
  for (const t of s.tokens) {
    if (t.start < a.start || t.end > b.end) continue;
    out += (out && t.start > 0 && !/^(’s|'s|n’t|n't|[,.;:])$/.test(t.text) ? ' ' : '') + t.text;
  }
  return out;
}

/** Reported speech in one sentence: "X said (that) ...", "X told Y ...", "According to X, ...", "..., X said." */
function reportedIn(s: AnnotatedSentence, mentions: ResolvedMention[], tracker: SpeakerTracker, inside: (t: Token) => boolean, text: string): Omit<QuoteRecord, 'sentence' | 'quoted'>[] {
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
    // "Poll: Clinton leads", "Sanders: Clinton must ...": a headline's source before its colon.
    if (k === 0) {
      const colon = toks.findIndex((x, i) => i > 0 && i <= HEADLINE_SOURCE_TOKENS && x.text === ':');
      // Only someone who can say it: a named person or body, or a poll or report; "Success on Climate:" is a section title.
      const named = colon > 0 ? mentions.find((m) => m.first === 0 && m.last === colon - 1 && m.type !== 'place') : undefined;
      const source = named ? speakerFromMention(named) : colon === 1 && EVIDENCE_SOURCES.test(toks[0]!.text) ? nameRun(s, 0) : null;
      if (source && last - colon >= MIN_OBJECT_WORDS) pushSpan(out, s, colon + 1, last, ':', source, text);
    }
    if (t.pos === 'VERB' && EVIDENCE_CUES.has(t.lemma) && toks[k - 1]?.lemma !== 'be') {
      const source = subjectBefore(s, k, mentions, tracker);
      const a = speechStart(toks, k + 1, last + 1);
      const evidence = source && (t.lemma !== 'find' || toks[k + 1]?.lemma === 'that' || EVIDENCE_SOURCES.test(source.text ?? source.mention.text));
      if (evidence && last - a >= MIN_OBJECT_WORDS - 1) pushSpan(out, s, a, clauseEnd(toks, a, last), t.text, source!, text);
      continue;
    }
    const particle = PARTICLE_CUES.get(t.lemma)?.includes(toks[k + 1]?.lemma ?? '');
    // After "be", a verb in -ing is progressive ("is demanding"): it speaks; otherwise passive ("was told"): it does not.
    const passive = toks[k - 1]?.lemma === 'be' && !/ing$/.test(t.text);
    if (t.pos === 'VERB' && (OBJECT_CUES.has(t.lemma) || particle) && !passive) {
      const speaker = participleSubject(s, k, mentions, tracker) ?? subjectBefore(s, k, mentions, tracker) ?? sharedSubject(s, k, out, mentions, tracker);
      // Anyone may speak about something; only a named speaker's object is taken for what they said.
      if (speaker && (particle || speaker.entity !== null || PRONOUN_SPEAKER.test(speaker.mention.text))) {
        let a = k + 1;
        if (['for', 'on', 'to', 'of', 'about', 'against'].includes(toks[a]?.lemma ?? '')) a++;
        a = speechStart(toks, a, last + 1);
        if (last - a >= MIN_OBJECT_WORDS - 1) pushSpan(out, s, a, clauseEnd(toks, a, last), t.text, speaker!, text);
      }
      continue;
    }
    // "ask" and "urge" report requests, not statements, unless a quotation follows.
    if (!isCue(toks, k) || t.pos === 'AUX' || t.lemma === 'ask' || t.lemma === 'urge') continue;
    // "Passengers were told to ...": the subject of a passive is who was spoken to.
    if (passive && toks[k - 1]!.pos === 'AUX') continue;
    const hasVerb = (a: number, b: number) => toks.slice(a, b + 1).some((x) => !inside(x) && (x.pos === 'VERB' || x.pos === 'AUX'));
    // "..., said Mr. Barrett, the lawyer for ...": the speaker after the verb, what was said before.
    if (toks[k - 1]?.text === ',' && k >= 3) {
      const named = mentionAt(s, k + 1, mentions, tracker) ?? phraseAt(s, k + 1);
      // The name ends the sentence or opens an apposition; "..., said he would ..." is no inversion.
      const after = named ? toks.findIndex((x) => x.start >= named.mention.end) : -1;
      const inverted = named && !PRONOUN_SPEAKER.test(named.mention.text) && (after < 0 || after > last || toks[after]!.text === ',' || toks[after]!.text === '(' || !hasVerb(after, last)) ? named : null;
      if (inverted && hasVerb(0, k - 2)) {
        pushSpan(out, s, 0, k - 2, t.text, inverted, text);
        continue;
      }
    }
    const speaker = participleSubject(s, k, mentions, tracker) ?? subjectBefore(s, k, mentions, tracker) ?? sharedSubject(s, k, out, mentions, tracker);
    if (!speaker) continue;
    let subjectStart = speakerStartToken(s, speaker);
    while (subjectStart > 0 && toks[subjectStart - 1]!.pos === 'DET') subjectStart--;
    const afterComma = toks[k + 1]?.text === ',';
    // ", X said," inside a sentence: the words around it are what was said.
    if (afterComma && toks[subjectStart - 1]?.text === ',' && subjectStart >= 2 && toks[k + 2] && toks[k + 2]!.pos !== 'CCONJ' && hasVerb(k + 2, last)) {
      pushSpan(out, s, 0, last, t.text, speaker, text);
      continue;
    }
    // "..., X said (on Friday, as ...)": what comes after is no clause, so what was said comes before.
    const saidBefore = (): void => {
      const before = subjectStart - 1;
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
    if (toks[a]!.pos === 'ADP') {
      let j = a;
      while (j <= last && j - a < MAX_CIRCUMSTANCE_TOKENS && (['ADP', 'DET', 'ADJ', 'NOUN', 'PROPN', 'NUM'].includes(toks[j]!.pos) || toks[j]!.text === ',')) j++;
      if (j <= last && j - a < MAX_CIRCUMSTANCE_TOKENS && (toks[j]!.pos === 'PRON' || toks[j]!.lemma === 'that') && hasVerb(j, last)) a = speechStart(toks, j, last + 1);
      // "The middle fifth paid 8.9 percent, the agency said in a June report, and ...": a cue inside the sentence.
      else if (toks[j]?.text === ',' && toks[subjectStart - 1]?.text === ',' && subjectStart >= 2 && hasVerb(0, subjectStart - 2)) {
        pushSpan(out, s, 0, last, t.text, speaker, text);
        continue;
      }
    }
    // "said it over and over": a pronoun object, not a clause.
    if (toks[a]!.pos === 'PRON' && /^(it|this|so)$/i.test(toks[a]!.text) && !['VERB', 'AUX'].includes(toks[a + 1]?.pos ?? '')) continue;
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
    if ((!figure && !clause.some((x) => x.pos === 'VERB' || x.pos === 'AUX')) || (!BARE_CLAUSE_VERBS.has(t.lemma) && toks[k + 1]?.lemma !== 'that')) {
      saidBefore();
      continue;
    }
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

/**
 * Verbs whose object is what a speaker said, called for or stood by ("cited disparaging remarks",
 * "called for a moratorium", "vowed to cut taxes"): the object is the attribution's content.
 */
const OBJECT_CUES = new Set(['cite', 'call', 'announce', 'criticize', 'criticise', 'accuse', 'vow', 'pledge', 'promise', 'demand', 'propose', 'praise', 'blame', 'condemn', 'reject', 'defend', 'dismiss', 'describe', 'recommend', 'question', 'threaten', 'denounce', 'applaud', 'endorse', 'oppose', 'refuse', 'decline', 'welcome', 'attack', 'mock', 'slam', 'blast', 'dispute', 'challenge', 'concede', 'promote', 'detail', 'encourage', 'tout', 'highlight', 'hail', 'laud', 'decry', 'deride', 'lambaste', 'ridicule', 'confirm', 'deny']);
/** Verbs by which a document, a poll or a study reports ("a poll shows ...", "the study found that ..."). */
const EVIDENCE_CUES = new Set(['show', 'find', 'reveal']);
/** "found" reports a finding only with "that" or when a study, a report or its authors found it ("police found the car"). */
const EVIDENCE_SOURCES = /\b(study|studies|report|poll|polls|survey|analysis|review|investigation|audit|panel|researchers|authors|data|probe|inquiry)$/i;
/** A headline's source before its colon is at most this many tokens ("Elizabeth Warren Hammers Wells Fargo CEO:"). */
const HEADLINE_SOURCE_TOKENS = 7;

/** Verbs that say what someone spoke about only with their preposition ("spoke about her ties to the church"). */
const PARTICLE_CUES = new Map<string, string[]>([
  ['speak', ['about', 'of', 'on']], ['talk', ['about', 'of']], ['complain', ['about', 'of']], ['advocate', ['for']],
  ['argue', ['for', 'against']], ['campaign', ['for', 'against']], ['warn', ['about', 'of', 'against']],
  ['testify', ['about', 'on']], ['comment', ['on']], ['joke', ['about']], ['write', ['about', 'of']],
  ['tweet', ['about']], ['respond', ['with', 'to']], ['rail', ['against']], ['push', ['for']], ['lobby', ['for', 'against']], ['agree', ['on']],
]);

/**
 * "Trump tweeted on Friday, saying ...", "the senator spoke out, calling for ...": a participle after a
 * comma speaks for the subject of the sentence's first verb.
 */
function participleSubject(s: AnnotatedSentence, k: number, mentions: ResolvedMention[], tracker: SpeakerTracker): Speaker | null {
  if (!/ing$/.test(s.tokens[k]!.text) || s.tokens[k - 1]?.text !== ',') return null;
  const main = s.tokens.findIndex((t, i) => i < k - 1 && t.pos === 'VERB');
  return main > 0 ? subjectBefore(s, main, mentions, tracker) : null;
}

/** An object shorter than this ("cited it") is a pointer, not content worth listing. */
const MIN_OBJECT_WORDS = 3;
const PRONOUN_SPEAKER = /^(he|she|they|we|i|it)$/i;

/** Where a clause that starts at token a ends: before a comma that opens another clause, else at the sentence's last word. */
function clauseEnd(toks: Token[], a: number, last: number): number {
  for (let j = a + 1; j < last; j++) {
    if (toks[j]!.text !== ',' && toks[j]!.pos !== 'CCONJ') continue;
    const next = toks[j + 1]!;
    if (next.pos === 'VERB' || next.pos === 'SCONJ' || (toks[j]!.text === ',' && next.pos === 'CCONJ')) return j - 1;
  }
  return last;
}

/** "according to show insiders": the words up to the next comma or the sentence's end, as the source's own. */
function wordsUpToComma(s: AnnotatedSentence, k: number, last: number): Speaker | null {
  let b = k;
  while (b <= last && b - k < MAX_SOURCE_WORDS && s.tokens[b]!.text !== ',') b++;
  if (b === k || b - k >= MAX_SOURCE_WORDS) return null;
  const first = s.tokens[k]!;
  const end = s.tokens[b - 1]!;
  const written = sliceTokens(s, first, end);
  return { mention: { text: written, start: first.start, end: end.end }, entity: null, text: written };
}

/** A source written out after "according to" is at most this many words. */
const MAX_SOURCE_WORDS = 8;

/** Past whom something was told: "told him the nominee had not paid", "told reporters the plan was dead". */
function afterAddressee(toks: Token[], a: number): number {
  if (toks[a]?.pos === 'PRON') return a + 1;
  if (toks[a]?.pos === 'DET') a++;
  while (toks[a]?.pos === 'ADJ') a++;
  while (toks[a]?.pos === 'NOUN' || toks[a]?.pos === 'PROPN') a++;
  return a;
}

/** "the poll", "a speech she gave": the noun phrase at token k, as the speaker's words, no entity. */
function phraseAt(s: AnnotatedSentence, k: number): Speaker | null {
  let a = k;
  while (s.tokens[a]?.pos === 'DET') a++;
  let b = a;
  while (b < s.tokens.length && ['ADJ', 'NOUN', 'PROPN', 'NUM'].includes(s.tokens[b]!.pos)) b++;
  if (b === a || !['NOUN', 'PROPN'].includes(s.tokens[b - 1]!.pos)) return null;
  const first = s.tokens[k]!;
  const last = s.tokens[b - 1]!;
  return { mention: { text: sliceTokens(s, first, last), start: first.start, end: last.end }, entity: null, text: sliceTokens(s, s.tokens[a]!, last) };
}

/** "X told a group that ... and says he will ...": a verb after "and" shares the speaker before it. */
function sharedSubject(s: AnnotatedSentence, k: number, out: Omit<QuoteRecord, 'sentence' | 'quoted'>[], mentions: ResolvedMention[], tracker: SpeakerTracker): Speaker | null {
  let j = k - 1;
  while (j >= 0 && (s.tokens[j]!.pos === 'ADV' || s.tokens[j]!.pos === 'AUX')) j--;
  if (s.tokens[j]?.pos !== 'CCONJ') return null;
  const previous = out[out.length - 1];
  if (previous?.speakerMention && previous.start >= s.start) return { mention: previous.speakerMention, entity: previous.speaker, text: previous.speakerText };
  // "Schultz supported Democrats ... and said he did not": the subject of the sentence's first verb.
  const first = s.tokens.findIndex((t, i) => i < j && t.pos === 'VERB');
  const subject = first > 0 ? subjectBefore(s, first, mentions, tracker) : null;
  return subject && (subject.entity || PRONOUN_SPEAKER.test(subject.mention.text)) ? subject : null;
}

/**
 * Where what was said starts, from token a: after "that" or a comma and the adverbs before them
 * ("said on Monday, that", "said previously that"), but an adverb that opens the speech itself
 * ("added perhaps the Americans want ...") is its first word: a hedge is never cut from a quote.
 */
function speechStart(toks: Token[], a: number, limit: number): number {
  let start = a;
  for (let j = a; j < limit; j++) {
    const t = toks[j]!;
    if (t.lemma === 'that' || t.text === ',') start = j + 1;
    else if (t.pos !== 'ADV' || t.lemma === 'when') break;
  }
  return start;
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

function pushSpan(out: Omit<QuoteRecord, 'sentence' | 'quoted'>[], s: AnnotatedSentence, a: number, b: number, cue: string, sp: Speaker, text: string): void {
  if (b < a || b - a < 2) return;
  const start = s.tokens[a]!.start;
  let end = s.tokens[b]!.end;
  if (/[.!?]/.test(text[end] ?? '') && end < s.end) end++;
  out.push({ kind: 'reported', text: text.slice(start, end), start, end, cue, speakerMention: sp.mention, speaker: sp.entity, speakerText: sp.text });
}
