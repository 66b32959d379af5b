// How a quote may be shown without putting words in anyone's mouth: only the words a speaker said
// stand inside quotation marks; reported speech is shown as what it is, the article's own words
// about what someone said.
import type { QuoteView } from './result.js';
import { stemOf } from '../nlp/annotate.js';
import { OBJECT_CUES } from '../extract/quotes/reported.js';

type Shown = Pick<QuoteView, 'kind' | 'text' | 'start' | 'quoted' | 'speaker'>;
type Retold = Shown & Pick<QuoteView, 'cue'>;

export interface QuoteWording {
  /** Who, and how the article gives it: "Ana Ruiz" for direct speech, "Ana Ruiz, as the article reports:" otherwise. */
  lead: string;
  /** Direct: each quoted part in quotation marks, the cue between them left out as "…". Else the article's words as written. */
  words: string;
  /** Whether `words` are the speaker's own, in quotation marks. */
  verbatim: boolean;
}

export function quoteWording(q: Shown): QuoteWording {
  const who = q.speaker ?? 'Unattributed';
  if (q.kind === 'direct') {
    const parts = q.quoted.length ? q.quoted.map((p) => q.text.slice(p.start - q.start, p.end - q.start)) : [q.text];
    return { lead: who, words: parts.map((p) => `“${p.trim()}”`).join(' … '), verbatim: true };
  }
  return { lead: `${q.speaker ?? 'Someone'}, as the article reports:`, words: q.text.trim(), verbatim: false };
}

/**
 * The verb a reported quote is retold with: the article's own cue ("denied that the defences had
 * failed" must not become "said that ..."), where that one word takes a "that" clause; "said" for
 * a cue of several words ("according to"), one that needs a hearer first ("told") or a participle
 * ("saying").
 */
function reportedVerb(cue: string | null): string {
  const word = cue?.trim().toLowerCase() ?? '';
  return /^[a-z]+$/.test(word) && !word.endsWith('ing') && !NEEDS_A_HEARER.has(word) ? word : 'said';
}

/** Cues that take whom they told before what: "told reporters that ...". */
const NEEDS_A_HEARER = new Set(['told', 'tells', 'tell', 'telling', 'informed', 'informs', 'reminded', 'assured']);

/**
 * What someone said, as an answer: "Ana Ruiz said: “…”" for their own words, "The spokesman
 * denied that …" for words the article reports, told with its own verb. `thatWritten`: the
 * article writes "that" before the reported words.
 */
export function retold(q: Retold, thatWritten: boolean): string {
  const who = withArticle(q.speaker ?? 'The article');
  if (q.kind === 'direct') return `${who} said: ${quoteWording(q).words}`;
  const verb = reportedVerb(q.cue);
  // "called the closure a betrayal" is told as written: "called that the closure" is no English.
  return thatWritten || !OBJECT_STEMS.has(stemOf(verb)) ? `${who} ${verb} that ${q.text}` : `${who} ${verb} ${q.text}`;
}

/** Cues whose object is what was said ("called X a betrayal", "vowed to ..."), not a "that" clause. */
const OBJECT_STEMS = new Set([...OBJECT_CUES].map(stemOf));

/** "finance ministry said" opens a sentence as "The finance ministry said". */
function withArticle(name: string): string {
  return /^\p{Ll}/u.test(name) ? `The ${name}` : name;
}

/** One line: `Ana Ruiz: “…”` or `Ana Ruiz, as the article reports: …`. */
export function quoteLine(q: Shown): string {
  const w = quoteWording(q);
  return w.verbatim ? `${w.lead}: ${w.words}` : `${w.lead} ${w.words}`;
}
