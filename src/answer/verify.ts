// `verify` and `cite`: is a claimed quotation in the articles, word for word, nearly, with its
// meaning changed, or not at all; and a citation ready to paste.
import { quoteWording } from './quote-wording.js';
import { annotate } from '../nlp/annotate.js';
import type { Quote } from '../corpus/corpus.js';
import { smallAntonyms } from './antonyms.js';
import type { Context } from './answer-context.js';
import { meaningChanges } from './misquote.js';
import { withoutInvisibles } from './input.js';
import { queryOf } from './question-query.js';
import type { Citation, Difference, QueryOptions, Result } from './result.js';
import { citation, quoteView } from './views.js';
import { looseStem, lowerWords } from '../text/words.js';
import { ALL_PERSONS, pronouns, wordIn } from '../text/function-words.js';

/** Case, quotation-mark, dash and spacing differences never make a quote inexact. */
export function normaliseForMatch(s: string): string {
  return withoutInvisibles(s.normalize('NFKC'))
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033«»"]/g, '')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[.,;:!?…]+(\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

function words(s: string): string[] {
  return normaliseForMatch(s)
    .split(/[^\p{L}\p{N}']+/u)
    .filter((w) => w.length > 1);
}

const CLOSE_SHARE = 0.6;

/**
 * Each paragraph normalised once, for as long as its document stays loaded: one huge paragraph
 * holding many hits was normalised again for each (3 s per /verify on a 4.5 MB article).
 */
const normalisedParagraphs = new WeakMap<object, Map<number, string>>();

function normalisedParagraph(
  doc: { text: string; paragraphs: { start: number; end: number }[] },
  paragraph: number,
): string {
  let byParagraph = normalisedParagraphs.get(doc);
  if (!byParagraph) normalisedParagraphs.set(doc, (byParagraph = new Map<number, string>()));
  let text = byParagraph.get(paragraph);
  if (text === undefined) {
    const para = doc.paragraphs[paragraph]!;
    text = normaliseForMatch(doc.text.slice(para.start, para.end));
    byParagraph.set(paragraph, text);
  }
  return text;
}

interface Match {
  verdict: 'exact' | 'close' | 'absent';
  gid: number | null;
  share: number;
  missing: string[];
}

function bestMatch(ctx: Context, claim: string, options: QueryOptions): Match {
  const { corpus, index } = ctx;
  const q = queryOf(claim, corpus, index);
  const hits = index.search(q, corpus.gidRange(options.doc), 20);
  const target = normaliseForMatch(claim);
  const claimWords = [...new Set(words(claim))];
  let best: Match = { verdict: 'absent', gid: hits[0]?.gid ?? null, share: 0, missing: claimWords };
  // A paragraph several hits share is searched once.
  const searched = new Set<string>();
  for (const h of hits) {
    const ref = corpus.sentence(h.gid);
    const key = `${ref.doc.id}\u0000${ref.s.paragraph}`;
    if (target && !searched.has(key)) {
      searched.add(key);
      if (normalisedParagraph(ref.doc, ref.s.paragraph).includes(target))
        return { verdict: 'exact', gid: h.gid, share: 1, missing: [] };
    }
    const have = new Set(words(ref.doc.text.slice(ref.s.start, ref.s.end)));
    const stems = new Set(corpus.stemsOf(h.gid));
    const missing = claimWords.filter((w) => !have.has(w) && !stems.has(looseStem(w)));
    const content = claimWords.filter((w) => w.length > 3);
    const matchedContent = content.filter((w) => !missing.includes(w)).length;
    const share = content.length ? matchedContent / content.length : 0;
    if (share > best.share)
      best = { verdict: share >= CLOSE_SHARE && matchedContent >= 2 ? 'close' : 'absent', gid: h.gid, share, missing };
  }
  return best;
}

/** "Nessar said (that) ...", "“...,” Nessar said": who a claim says spoke, and the words it gives them. */
const SPEAKER_FIRST =
  /^\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+(?:said|says|told\s+\S+|stated|added|claimed|argued|insisted|warned|wrote|tweeted)(?:\s+that)?[,:]?\s+(\S.*)$/u;
const SPEAKER_LAST = /^(\S.*?)[,]?[”"]?\s+((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s+(?:said|says)\.?\s*$/u;

/** A pronoun names nobody a claim can be checked against ("They said ..."). */
const PRONOUN = wordIn([...pronouns(ALL_PERSONS, ['subject']), 'someone', 'everyone']);

function claimedSpeaker(claim: string): { name: string; words: string } | null {
  const first = SPEAKER_FIRST.exec(claim);
  const last = first ? null : SPEAKER_LAST.exec(claim);
  const found = first
    ? { name: first[1]!, words: first[2]! }
    : last
      ? { name: last[2]!, words: last[1]!.replace(/^\s*[“"]/, '') }
      : null;
  return found && !PRONOUN.test(found.name.trim()) ? found : null;
}

/** Whether a name the claim gives is one of the speaker's names ("Nessar" for "Omar Nessar"). */
function names(claimed: string, speaker: { name: string; aliases: string[] }): boolean {
  const wordsOf = (n: string) =>
    lowerWords(n)
      .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
      .filter(Boolean);
  const claimedWords = wordsOf(claimed);
  return [speaker.name, ...speaker.aliases].some((n) => {
    const w = wordsOf(n);
    return claimedWords.every((c) => w.includes(c));
  });
}

export function verify(ctx: Context, claim: string, options: QueryOptions): Result {
  const { corpus } = ctx;
  // A claim that names its speaker is checked twice: the words against the article, the name
  // against who the article says spoke them.
  const attributed = claimedSpeaker(claim);
  const spoken = attributed?.words ?? claim;
  let m = bestMatch(ctx, spoken, options);
  if (attributed && m.verdict !== 'exact') {
    // The name may be what ties a paraphrase to its passage ("Nessar said ..." where Nessar is named).
    const whole = bestMatch(ctx, claim, options);
    if (whole.share > m.share) m = whole;
  }
  const changes =
    m.verdict === 'close' && m.gid !== null
      ? meaningChanges(
          annotate(spoken, 0, spoken.length).flatMap((s) => s.tokens),
          corpus.tokens(m.gid),
          ctx.antonyms ?? smallAntonyms,
        )
      : [];
  if (attributed && m.verdict !== 'absent' && m.gid !== null) {
    const quote = quotesAt(ctx, m.gid).find((q) => q.speakerId);
    const speaker = quote?.speakerId ? corpus.entityById.get(quote.speakerId) : undefined;
    if (speaker && !names(attributed.name, speaker))
      changes.unshift({
        kind: 'speaker',
        claimed: attributed.name,
        article: speaker.name,
        note: `${attributed.name} → ${speaker.name}, who said it`,
      });
  }
  // Near words that change what the passage says are a misquote, not a rewording.
  if (changes.length) return misquote(ctx, claim, m.gid!, m.share, changes);
  const base: Result = {
    command: 'verify',
    input: claim,
    found: m.verdict !== 'absent',
    answer: null,
    citations: [],
    quotes: [],
    facts: [],
    verdict: m.verdict,
  };
  const cites = m.gid !== null ? [citation(corpus, m.gid, m.share)] : [];
  const quotes = m.gid !== null ? quotesAt(ctx, m.gid).map((q) => quoteView(corpus, q)) : [];
  if (m.verdict === 'exact')
    return { ...base, answer: 'Exact: the articles contain these words.', citations: cites, quotes };
  if (m.verdict === 'close') {
    const differences: Difference[] = m.missing.map((w) => ({ kind: 'word', claimed: w, article: null, note: w }));
    return {
      ...base,
      answer: `Close: the articles word it differently: “${cites[0]!.text}”`,
      differences,
      citations: cites,
      quotes,
    };
  }
  return {
    ...base,
    citations: cites,
    message:
      'Absent: the articles do not contain this quote' +
      (cites[0] ? `; the nearest passage is: “${cites[0].text.slice(0, 300)}”` : '.'),
  };
}

function misquote(ctx: Context, claim: string, gid: number, share: number, changes: Difference[]): Result {
  const { corpus } = ctx;
  const cites = [citation(corpus, gid, share)];
  const quotes = quotesAt(ctx, gid).map((q) => quoteView(corpus, q));
  const answer = `Misquote: the articles say otherwise: “${cites[0]!.text}”`;
  return {
    command: 'verify',
    input: claim,
    found: true,
    answer,
    citations: cites,
    quotes,
    facts: [],
    verdict: 'misquote',
    differences: changes,
  };
}

function quotesAt(ctx: Context, gid: number): Quote[] {
  return ctx.corpus.quotesIn(gid);
}

/** A citation ready to paste: the exact words, the speaker, the article's title and date, the paragraph. */
export function cite(ctx: Context, input: string, options: QueryOptions): Result {
  const { corpus } = ctx;
  const base: Result = { command: 'cite', input, found: false, answer: null, citations: [], quotes: [], facts: [] };
  const byId = corpus.quoteById(input.trim());
  let c: Citation;
  let q: Quote | undefined = byId;
  const sentenceRef = /^s:(.+):(\d+)$/.exec(input.trim());
  if (byId) {
    c = citation(corpus, byId.gid, 1);
  } else if (sentenceRef && corpus.resolveDoc(sentenceRef[1]!) !== undefined) {
    const [from, to] = corpus.gidRange(corpus.resolveDoc(sentenceRef[1]!));
    const start = Number(sentenceRef[2]);
    let gid = -1;
    for (let g = from; g < to && gid < 0; g++) if (corpus.sentence(g).s.start === start) gid = g;
    if (gid < 0) return { ...base, message: 'That passage reference is stale: pick the passage again.' };
    c = citation(corpus, gid, 1);
    q = quotesAt(ctx, gid)[0];
  } else {
    const m = bestMatch(ctx, input, options);
    if (m.verdict === 'absent' || m.gid === null)
      return { ...base, message: 'Nothing in the articles matches that text closely enough to cite.' };
    c = citation(corpus, m.gid, m.share);
    q = quotesAt(ctx, m.gid)[0];
  }
  // A quote is cited by its own words, every sentence of it, without the lead-in ("X said,"); a
  // passage that holds none, by the article's sentence.
  const view = q ? quoteView(corpus, q) : null;
  const where = `in “${c.title}”${c.date ? `, ${c.date}` : ''}, paragraph ${view?.paragraph ?? c.paragraph}`;
  let answer: string;
  if (!view) answer = `“${c.text}”, ${where}`;
  else {
    const w = quoteWording(view);
    answer = w.verbatim ? `${w.words} — ${w.lead}, ${where}` : `${w.lead} ${w.words} — ${where}`;
  }
  return { ...base, found: true, answer, citations: [c], quotes: view ? [view] : [] };
}
