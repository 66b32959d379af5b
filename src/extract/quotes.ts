// Direct, mixed and reported speech with the speaker the text means, read sentence by sentence:
// where quotations stand (quotes/quoted-spans.ts), their cues (quotes/cues.ts), reported speech
// (quotes/reported.ts) and who speaks (quotes/speakers.ts); this module puts them together: one
// quotation its cue interrupts or that runs on is one quote, a reported clause holding quoted
// words is one mixed quote, quoted words under any verb take the clause that governs them.
import type { DocEntity, ResolvedMention } from './entities.js';
import type { AnnotatedSentence, Token } from '../nlp/annotate.js';
import {
  colonCue,
  cueAfter,
  cueBefore,
  tokenIndexAt,
  transcriptLabel,
  transcriptLabels,
  type Cue,
} from './quotes/cues.js';
import { findQuotedSpans, inSpan, isTitle, type Quotation } from './quotes/quoted-spans.js';
import { lastWordIndex, reportedIn, speechStart } from './quotes/reported.js';
import { SpeakerTracker, subjectBefore, type Speaker } from './quotes/speakers.js';

/**
 * `direct`: the words inside quotation marks. `mixed`: a reported clause holding quoted words (the
 * whole clause is what was said; `quoted` keeps the words in marks). `reported`: no quotation marks.
 */
export type QuoteKind = 'direct' | 'mixed' | 'reported';

export interface Part {
  start: number;
  end: number;
}

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

/** A cue-less quotation shorter than this is a scare quote or a title, not a quote of its own. */
const MIN_UNCUED_QUOTE_WORDS = 8;

/**
 * A reported clause around quoted words needs at least this many words of the reporter's own to be
 * `mixed`; with fewer ("said that “...”") the quotation is the whole of what was said: `direct`.
 */
const MIXED_MIN_OWN_WORDS = 2;

interface Found {
  span: Quotation;
  cue: Cue | null;
  cueAt: number;
  parts: Part[];
}

export function extractQuotes(input: QuoteInput): QuoteRecord[] {
  const { text, sentences } = input;
  const types = new Map(input.entities.map((e) => [e.key, e.type] as const));
  const quotes: QuoteRecord[] = [];
  const tracker = new SpeakerTracker(types, input.entities);
  const labels = transcriptLabels(input.entities);
  /** The cue that closes a mixed quote's last quoted words, when it names the speaker anew. */
  const voices = new Map<QuoteRecord, Speaker>();

  const direct = findQuotedSpans(text, input.paragraphs);
  const inside = (t: Token) => inSpan(direct, t.start);
  // The cue offset of the last direct quote, so that "“A,” he said, “B.”" stays one quote.
  let lastCueAt = -1;
  let d = 0;
  // The cue after the last quotation when another came before it: the voice the next one may go on in.
  let voice: { cue: Cue; close: number } | null = null;
  sentences.forEach((s, si) => {
    const mentions = input.mentions[si]!;
    tracker.enter(mentions, (offset) => inSpan(direct, offset));
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
      const before = cueBefore(s, q.open, mentions, tracker, inside);
      const after = q.closed ? cueAfter(sentences, si, q.close, input.mentions, tracker, text) : null;
      const opensSentence = !s.tokens.some((t) => t.start < q.open && /[\p{L}\p{N}]/u.test(t.text));
      // "X scolded him: “A,” she said. “B.”": a quotation with no cue of its own right after one that
      // has a cue on each side is spoken in the voice of the cue between them.
      const between =
        !before &&
        !after &&
        opensSentence &&
        voice !== null &&
        q.open - voice.close <= MAX_TRAILING_CUE &&
        !text.slice(voice.close, q.open).includes('\n')
          ? voice.cue
          : null;
      const cue = before ?? after ?? colonCue(sentences, si, q, input, tracker) ?? between;
      voice = before && after?.speaker && after.at !== before.at ? { cue: after, close: q.close } : null;
      const cueAt = cue?.at ?? -1;
      const same = found[found.length - 1];
      if (same && cue && cueAt === same.cueAt) {
        // "“A,” he said, “B.”": one quotation interrupted by its cue.
        same.span = { ...same.span, end: q.end, close: q.close };
        same.parts.push({ start: q.start, end: q.end });
        continue;
      }
      const previous = lastDirect(quotes);
      if (
        !same &&
        previous?.kind === 'direct' &&
        (previous.speaker || previous.speakerText) &&
        runsOn(previous, q, cue, cueAt === lastCueAt, opensSentence, input, text)
      ) {
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
        if (
          ownWords(
            text,
            r.start,
            r.end,
            inner.map((f) => f.span),
          ) < MIXED_MIN_OWN_WORDS
        ) {
          for (const f of inner) pushDirect(f, r);
          continue;
        }
        const record = pushMixed(
          r,
          inner.map((f) => f.span),
        );
        // "... because “most people don't know,” she said.": the cue after the last quoted words is the voice a next quotation goes on in.
        const lastSpan = inner[inner.length - 1]!.span;
        const tail = lastSpan.closed ? cueAfter(sentences, si, lastSpan.close, input.mentions, tracker, text) : null;
        if (tail?.speaker && tail.at < s.end) voices.set(record, tail.speaker);
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
      const clause = clauseAround(
        s,
        f,
        found.slice(i + 1).filter((g) => !taken.has(g)),
        mentions,
        tracker,
        inside,
        text,
      );
      if (clause) {
        clause.spans.forEach((g) => taken.add(found.find((x) => x.span === g)!));
        if (ownWords(text, clause.start, clause.end, clause.spans) >= MIXED_MIN_OWN_WORDS)
          pushMixed(clause, clause.spans);
        else
          for (const g of clause.spans)
            pushDirect(
              found.find((x) => x.span === g)!,
              clause,
            );
        tracker.spoke({ mention: clause.speakerMention!, entity: clause.speaker, text: clause.speakerText });
        continue;
      }
      taken.add(f);
      const goingOn = f.cue ? null : speakerGoingOn(quotes, f.span, s, input, voices);
      if (!f.cue && !goingOn && wordCount(text, f.span.start, f.span.end) < MIN_UNCUED_QUOTE_WORDS) continue;
      pushDirect(f, goingOn);
    }
    tracker.saw(mentions);

    function pushDirect(f: Found, fallback: Omit<QuoteRecord, 'sentence' | 'quoted' | 'kind'> | null): void {
      const sp = f.cue?.speaker ?? null;
      const record = directRecord(text, f.span, si, f.cue?.cue ?? fallback?.cue ?? null, sp);
      record.quoted = f.parts;
      if (!sp && fallback)
        Object.assign(record, {
          speakerMention: fallback.speakerMention,
          speaker: fallback.speaker,
          speakerText: fallback.speakerText,
        });
      quotes.push(record);
      lastCueAt = f.cueAt;
      if (sp) tracker.spoke(sp);
    }
    function pushMixed(r: Omit<QuoteRecord, 'sentence' | 'quoted' | 'kind'>, spans: Quotation[]): QuoteRecord {
      const end = Math.max(r.end, ...spans.map((x) => x.close));
      const record: QuoteRecord = {
        ...r,
        kind: 'mixed',
        end,
        text: text.slice(r.start, end),
        sentence: si,
        quoted: spans.map((x) => ({ start: x.start, end: x.end })),
      };
      quotes.push(record);
      lastCueAt = -1;
      return record;
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
  // Only reported speech inside the cue right after the quotation may stand between, said by the
  // same words that name its speaker: a quote with a cue of its own ("…, she said.") ends the run.
  const between = quotes.slice(i + 1);
  return direct &&
    between.every(
      (q) => q.start - direct.end <= MAX_TRAILING_CUE && q.speakerMention?.start === direct.speakerMention?.start,
    )
    ? direct
    : undefined;
}

/**
 * "…, Schiff said. “The other factor …”": a quotation with no cue of its own that opens the sentence
 * right after someone's reported speech in the same paragraph goes on in their voice.
 */
function speakerGoingOn(
  quotes: QuoteRecord[],
  q: Quotation,
  s: AnnotatedSentence,
  input: QuoteInput,
  voices: Map<QuoteRecord, Speaker>,
): QuoteRecord | null {
  const previous = quotes[quotes.length - 1];
  if (!previous?.speakerMention || previous.kind === 'direct') return null;
  const opensSentence = !s.tokens.some((t) => t.start < q.open && /[\p{L}\p{N}]/u.test(t.text));
  const sameParagraph = input.paragraphs.some((p) => p.start <= previous.start && q.open < p.end);
  if (!opensSentence || !sameParagraph || q.open - previous.end > MAX_TRAILING_CUE) return null;
  const voice = voices.get(previous);
  return voice
    ? { ...previous, speakerMention: voice.mention, speaker: voice.entity, speakerText: voice.text }
    : previous;
}

function directRecord(text: string, q: Part, sentence: number, cue: string | null, sp: Speaker | null): QuoteRecord {
  return {
    kind: 'direct',
    text: text.slice(q.start, q.end),
    start: q.start,
    end: q.end,
    sentence,
    cue,
    speakerMention: sp?.mention ?? null,
    speaker: sp?.entity ?? null,
    speakerText: sp?.text ?? null,
    quoted: [{ start: q.start, end: q.end }],
  };
}

function wordCount(text: string, start: number, end: number): number {
  return text
    .slice(start, end)
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** Words of the span outside the quoted parts, "that" and punctuation not counted. */
function ownWords(text: string, start: number, end: number, spans: Quotation[]): number {
  let n = 0;
  let from = start;
  for (const q of [...spans].sort((a, b) => a.open - b.open)) {
    n += wordCount(text.slice(from, Math.max(from, q.open)).replace(/\bthat\b/gi, ''), 0, Infinity);
    from = Math.max(from, q.close);
  }
  return n + wordCount(text.slice(Math.min(from, end), end).replace(/\bthat\b/gi, ''), 0, Infinity);
}

/**
 * Whether quotation q goes on with the previous direct quote: the same cue interrupts both ("“A,” she
 * said. “B.”"), or no cue of its own follows the previous one in its paragraph, or a quotation left
 * open at a paragraph's end is taken up by the next paragraph's opening mark.
 */
function runsOn(
  previous: QuoteRecord,
  q: Quotation,
  cue: Cue | null,
  sameCue: boolean,
  opensSentence: boolean,
  input: QuoteInput,
  text: string,
): boolean {
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

type Clause = Omit<QuoteRecord, 'sentence' | 'quoted' | 'kind'> & { spans: Quotation[] };

/**
 * The clause whose verb governs quotation f, with the quotations after it that no other verb
 * separates: from after the verb to the last of them, or to the sentence's end when no verb follows.
 */
function clauseAround(
  s: AnnotatedSentence,
  f: Found,
  later: Found[],
  mentions: ResolvedMention[],
  tracker: SpeakerTracker,
  inside: (t: Token) => boolean,
  text: string,
): Clause | null {
  const toks = s.tokens;
  const open = tokenIndexAt(s, f.span.open);
  if (f.cue?.speaker && f.cue.at >= f.span.close && f.cue.at < s.end) {
    // "Using the tax ''is a misguided approach,'' said Mr. Burman.": all before the cue is what was said.
    const a = toks.findIndex((t) => /[\p{L}\p{N}]/u.test(t.text));
    if (a < 0 || a >= open) return null;
    const sp = f.cue.speaker;
    const start = toks[a]!.start;
    return {
      text: text.slice(start, f.span.close),
      start,
      end: f.span.close,
      cue: f.cue.cue,
      speakerMention: sp.mention,
      speaker: sp.entity,
      speakerText: sp.text,
      spans: [f.span],
    };
  }
  let verb = f.cue && f.cue.at < f.span.open && f.cue.at >= s.start ? toks.findIndex((t) => t.start === f.cue!.at) : -1;
  if (verb < 0)
    for (let k = open - 1; k >= 0 && verb < 0; k--) if (!inside(toks[k]!) && toks[k]!.pos === 'VERB') verb = k;
  if (verb < 0) return null;
  const speaker = f.cue?.speaker ?? subjectBefore(s, verb, mentions, tracker);
  if (!speaker) return null;
  let a = verb + 1;
  a = speechStart(toks, a, open);
  const spans = [f.span];
  const hasVerb = (from: number, to: number) =>
    toks.some((t) => t.start >= from && t.end <= to && !inside(t) && (t.pos === 'VERB' || t.pos === 'AUX'));
  for (const g of later) {
    if (hasVerb(spans[spans.length - 1]!.close, g.span.open)) break;
    spans.push(g.span);
  }
  const lastClose = spans[spans.length - 1]!.close;
  const last = lastWordIndex(s);
  let end = lastClose;
  if (!hasVerb(lastClose, s.end) && toks[last] && toks[last].end > lastClose) {
    end = toks[last].end;
    if (/[.!?]/.test(text[end] ?? '') && end < s.end) end++;
  }
  const start = toks[a]!.start;
  return {
    text: text.slice(start, end),
    start,
    end,
    cue: toks[verb]!.text,
    speakerMention: speaker.mention,
    speaker: speaker.entity,
    speakerText: speaker.text,
    spans,
  };
}
