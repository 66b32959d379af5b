// "According to whom ...?": the question asks whose account the passage gives, which is the one
// its "according to" names, never a name of the deed reported.
import type { Corpus, Tok } from '../corpus/corpus.js';
import { stemOf } from '../nlp/annotate.js';
import type { Question } from './question.js';

/** Longest source written without a name: "according to the harbour authority's annual report". */
const SOURCE_WORDS = 6;

/** Whether the question opens "according to whom / who / what / which ...". */
export function asksSource(q: Question): boolean {
  const [a, b, c] = q.tokens.map((t) => t.text.toLowerCase());
  return a === 'according' && b === 'to' && /^(whom|who|what|which)$/.test(c ?? '');
}

/**
 * The source the passage gives: what its "according to" names, as written, else the speaker of
 * the quote or report it stands in; null when it gives none.
 */
export function sourceAnswer(corpus: Corpus, q: Question, gid: number, toks: readonly Tok[]): string | null {
  if (!saysAllAsked(q, toks)) return null;
  const at = toks.findIndex((t, i) => t.text.toLowerCase() === 'according' && toks[i + 1]?.text.toLowerCase() === 'to');
  if (at < 0) {
    const quote = corpus.quotesIn(gid).find((x) => x.speaker || x.speakerText);
    if (!quote) return null;
    const doc = corpus.sentence(gid).doc;
    return (quote.speaker && corpus.entityOf(doc, quote.speaker)?.name) || quote.speakerText;
  }
  const from = at + 2;
  const text = corpus.sentence(gid).doc.text;
  const named = corpus.mentionsIn(gid).find((m) => m.first >= from && m.first <= from + 1);
  if (named) return text.slice(toks[from]!.start, named.end);
  let to = from;
  while (to < toks.length && to - from < SOURCE_WORDS && /^(DET|ADJ|NOUN|PROPN|PART)$/.test(toks[to]!.pos)) to++;
  return to > from ? text.slice(toks[from]!.start, toks[to - 1]!.end) : null;
}

/**
 * Whether the sentence writes each word the question asks after its wh-word (or what stands for
 * it): a source vouches for what its sentence says, so that must be all of the question.
 */
function saysAllAsked(q: Question, toks: readonly Tok[]): boolean {
  const stems = new Set(toks.flatMap((t) => [t.stem, stemOf(t.lemma)]));
  return q.groups
    .filter((g) => !g.optional && g.at !== undefined && g.at > q.whAt)
    .every((g) => [...g.stems.keys()].some((st) => stems.has(st)));
}
