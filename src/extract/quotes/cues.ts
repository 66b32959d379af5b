// The cue of a quotation: a speech verb before or after it, a colon, a dash and a name, an
// interview transcript's label.
import type { DocEntity, ResolvedMention } from '../entities.js';
import { SPEECH_VERBS } from '../lexicon.js';
import type { AnnotatedSentence, Token } from '../../nlp/annotate.js';
import type { QuoteInput } from '../quotes.js';
import type { Quotation } from './quoted-spans.js';
import {
  SpeakerTracker,
  mentionAt,
  nameRun,
  participleSubject,
  phraseAt,
  speakerFromMention,
  speakerStartToken,
  subjectBefore,
  type Speaker,
} from './speakers.js';

/** A speech cue, its speaker, and the cue word's offset (two quotations one cue interrupts share it). */
export interface Cue {
  cue: string;
  speaker: Speaker | null;
  at: number;
}

export function tokenIndexAt(s: AnnotatedSentence, offset: number): number {
  const k = s.tokens.findIndex((t) => t.start >= offset);
  return k < 0 ? s.tokens.length : k;
}

export function isAccording(t: Token): boolean {
  return t.text.length === 9 && t.text.toLowerCase() === 'according';
}

/**
 * Verbs that cue a quotation set right beside them ("“...?” Vitter demanded.", "She continued, “...”")
 * but, with no quotation marks, report nothing ("she continued to work").
 */
export const QUOTATION_CUES = new Set([
  'demand',
  'yell',
  'shout',
  'scream',
  'boast',
  'quip',
  'joke',
  'retort',
  'exclaim',
  'proclaim',
  'whisper',
  'counter',
  'caution',
  'lament',
  'plead',
  'concede',
  'chant',
  'sing',
  'continue',
  'post',
  'muse',
  'wonder',
  'laugh',
  'scold',
  'interject',
]);

export function isQuotationCue(toks: Token[], k: number): boolean {
  return isCue(toks, k) || (toks[k]!.pos === 'VERB' && QUOTATION_CUES.has(toks[k]!.lemma));
}

/**
 * A speech verb, or its third-person form that the tagger took for a plural noun right after a name
 * ("The Post reports that ...", "Clinton says ...").
 */
/** Verbs that report as speech verbs do, here only ("..., The Post has learned."). */
export const REPORTING_VERBS = new Set(['learn']);

export function isCue(toks: Token[], k: number): boolean {
  const t = toks[k]!;
  if (t.pos === 'VERB' || t.pos === 'AUX') return SPEECH_VERBS.has(t.lemma) || REPORTING_VERBS.has(t.lemma);
  return (
    t.pos === 'NOUN' &&
    t.text.endsWith('s') &&
    SPEECH_VERBS.has(t.lemma) &&
    (toks[k - 1]?.pos === 'PROPN' || toks[k - 1]?.pos === 'PRON')
  );
}

/** "Stanikzai said, “..." or "He said that ... “...". */
export function cueBefore(
  s: AnnotatedSentence,
  open: number,
  mentions: ResolvedMention[],
  tracker: SpeakerTracker,
  inside: (t: Token) => boolean,
): Cue | null {
  const q = tokenIndexAt(s, open);
  for (let k = q - 1; k >= 0; k--) {
    const t = s.tokens[k]!;
    if (inside(t)) break;
    if (isQuotationCue(s.tokens, k)) {
      // "Said Ellis: “...”": a cue that opens the sentence names its speaker after it.
      const named = k === 0 ? mentions.find((m) => m.first > k && m.last < q) : undefined;
      const speaker =
        participleSubject(s, k, mentions, tracker, inside) ??
        subjectBefore(s, k, mentions, tracker) ??
        (named ? speakerFromMention(named) : null);
      if (speaker) return { cue: t.text, speaker, at: t.start };
    }
    if (isAccording(t) && s.tokens[k + 1]?.lemma === 'to') {
      const speaker = mentionAt(s, k + 2, mentions, tracker);
      if (speaker) return { cue: 'according to', speaker, at: t.start };
    }
  }
  return null;
}

/** How far after a closing mark a cue is looked for: room for a name and its appositions ("Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said"). */
export const CUE_AFTER_WINDOW = 24;
/** A speaker written as a phrase before its verb ("a narrator in the Clinton ad asks"): at most this many words, of these kinds. */
const MAX_SPEAKER_PHRASE = 8;
const SPEAKER_PHRASE_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'ADP', 'NUM']);

export const DASHES = /^[―—–-]+$/;

export const OPENING_MARK = /^([“„«"]|'')$/;

/**
 * "“...,” Stanikzai said.", "“...,” said Stanikzai.", "“...?” he asks." (the cue in the next sentence),
 * "“...,” Vitter demanded." (any verb whose subject follows the quotation), "“...” ― Ana Ruiz".
 */
export function cueAfter(
  sentences: AnnotatedSentence[],
  from: number,
  close: number,
  all: ResolvedMention[][],
  tracker: SpeakerTracker,
  text: string,
): Cue | null {
  let first = from;
  while (first < sentences.length && sentences[first]!.end < close) first++;
  for (let si = first; si < sentences.length && si <= first + 1; si++) {
    const s = sentences[si]!;
    const k0 = tokenIndexAt(s, close);
    if (k0 >= s.tokens.length) {
      // Nothing follows the quotation in its sentence: the cue may open the next, in the same paragraph.
      const next = sentences[si + 1];
      if (!next || text.slice(close, next.start).includes('\n')) return null;
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
      // "“...,” as one memo put it.": "put it" after "as" is a cue.
      const speech =
        isQuotationCue(toks, k) ||
        (t.lemma === 'put' && toks[k + 1]?.lemma === 'it' && toks.slice(k0, k).some((x) => x.lemma === 'as'));
      if (!speech && (nextSentence || t.pos !== 'VERB' || k === k0)) continue;
      const subject = k > k0 ? subjectBefore(s, k, all[si]!, tracker, k0) : null;
      const relative = subject !== null && /^(who|which|that)$/i.test(subject.mention.text);
      const between = subject !== null ? toks.slice(k0, speakerStartToken(s, subject)) : [];
      // ", as X said": the speaker after "as" is as adjacent as one right after the mark.
      let adjacent =
        subject !== null &&
        !relative &&
        between.every((x) => /^[\p{P}]+$/u.test(x.text) || (x.lemma === 'as' && speech));
      // "“…?” a narrator in the Clinton ad asks.": the speaker's phrase runs from the closing mark to the verb.
      if (
        subject &&
        !adjacent &&
        !relative &&
        between.length &&
        between.length <= MAX_SPEAKER_PHRASE &&
        between.every((x) => SPEAKER_PHRASE_POS.has(x.pos)) &&
        SPEAKER_PHRASE_POS.has(between[0]!.pos) &&
        between[0]!.pos !== 'ADP'
      ) {
        const first = between[0]!;
        subject.mention = {
          text: text.slice(first.start, subject.mention.end),
          start: first.start,
          end: subject.mention.end,
        };
        subject.text = subject.entity ? subject.text : subject.mention.text.replace(/^(the|a|an)\s+/i, '');
        adjacent = true;
      }
      // "“...,” while 73 percent said ...": a conjunction before the subject opens a clause of its own.
      if (speech && subject && !adjacent && between.some((x) => x.pos === 'SCONJ' || x.pos === 'CCONJ')) return null;
      const speaker = speech
        ? ((subject && (adjacent || !nextSentence) ? subject : null) ??
          (k === k0 || adjacent
            ? (mentionAt(s, k + 1, all[si]!, tracker) ?? nameRun(s, k + 1) ?? phraseAt(s, k + 1))
            : null))
        : adjacent
          ? subject
          : null;
      if (speaker) return { cue: t.text, speaker, at: t.start };
      // A verb inside an apposition ("one of the states suing the EPA") is passed over; a verb with
      // its own subject right after the quotation ends the search.
      if (!speech && adjacent) return null;
    }
    return null;
  }
  return null;
}

/**
 * "Caddell continued:" or "The piece used one of her quotes as its headline:" right before the
 * quotation: the verb before the colon and its subject, whatever the verb.
 */
export function colonCue(
  sentences: AnnotatedSentence[],
  si: number,
  q: Quotation,
  input: QuoteInput,
  tracker: SpeakerTracker,
): Cue | null {
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
    // "McCrummen reports:": the tagger may take the verb for a plural noun after a name.
    if (t.pos !== 'VERB' && !isCue(where.tokens, k)) continue;
    const speaker = subjectBefore(where, k, mentions, tracker);
    return speaker ? { cue: t.text, speaker, at: t.start } : null;
  }
  return null;
}

/** "PENCE: Well, look, ..." — a transcript's speaker label in capitals, then a colon. */
export const TRANSCRIPT_LABEL = /^(\p{Lu}[\p{Lu}.'’-]+(?: \p{Lu}[\p{Lu}.'’-]+){0,2}):\s+(?=\S)/u;

/** Each person's last name, lower-cased, to tie a transcript label to who it names. */
export function transcriptLabels(entities: DocEntity[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== 'person') continue;
    const last = e.name.split(/\s+/).pop()!.toLowerCase();
    if (!out.has(last)) out.set(last, e.key);
  }
  return out;
}

export function transcriptLabel(
  text: string,
  q: Quotation,
  labels: Map<string, string>,
): { content: Quotation; speaker: Speaker } | null {
  const m = TRANSCRIPT_LABEL.exec(text.slice(q.start, Math.min(q.end, q.start + 60)));
  if (!m || q.start + m[0].length >= q.end) return null;
  const name = m[1]!;
  const entity = labels.get(name.split(' ').pop()!.toLowerCase()) ?? null;
  const written = name.toLowerCase().replace(/(^|[\s'’-])\p{L}/gu, (c) => c.toUpperCase());
  return {
    content: { ...q, start: q.start + m[0].length },
    speaker: {
      mention: { text: name, start: q.start, end: q.start + name.length },
      entity,
      text: entity ? null : written,
    },
  };
}
