// `quote`: a speaker's quotes (direct and reported), on a topic when one is given, or every quote.
import type { Entity, Quote } from '../corpus/corpus.js';
import { findEntities, suggestSpeakerNames } from '../search/names.js';
import type { Context } from './answer-context.js';
import { rankQuotes } from './ask.js';
import { queryOf } from './question-query.js';
import type { QueryOptions, Result } from './result.js';
import { citation, quoteView } from './views.js';

/** Quotes an answer lists; the answer still counts them all. */
export const QUOTES_MAX = 100;
/** Passages searched for quotes about a topic when no speaker is named. */
const TOPIC_PASSAGES = 200;

export function quote(ctx: Context, speaker: string, options: QueryOptions): Result {
  const { corpus, index } = ctx;
  const base: Result = {
    command: 'quote',
    input: speaker,
    found: false,
    answer: null,
    citations: [],
    quotes: [],
    facts: [],
  };
  const topic = options.about?.trim() ? queryOf(options.about, corpus, index).terms : null;
  let quotes: Quote[];
  let who: Entity[] = [];
  /** Quotes found, when more are found than decoded. */
  let counted: number | null = null;
  if (speaker.trim()) {
    who = findEntities(corpus, speaker, 5).filter((e) => corpus.speaks(e.id, options.doc));
    if (!who.length) {
      const suggestions = suggestSpeakerNames(corpus, speaker, 5).map((s) => s.value);
      return {
        ...base,
        suggestions,
        message: `No quotes by “${speaker.trim().slice(0, 80)}” in the articles.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''}`,
      };
    }
    // Without a topic to rank by, only the quotes listed are decoded; the rest are counted.
    const limit = topic ? Infinity : QUOTES_MAX;
    quotes = who.flatMap((e) => corpus.quotesBy(e.id, options.doc, limit));
    if (!topic) counted = who.reduce((n, e) => n + corpus.quoteCountBy(e.id, options.doc), 0);
  } else if (topic) {
    // Quotes about a topic stand in the passages about it: found through the index, not a scan.
    const seen = new Set<string>();
    quotes = index
      .search(topic, corpus.gidRange(options.doc), TOPIC_PASSAGES)
      .flatMap((h) => corpus.quotesIn(h.gid))
      .filter((q) => !seen.has(q.id) && !!seen.add(q.id));
  } else {
    quotes = options.doc
      ? corpus.quotesOfDoc(options.doc)
      : Array.from({ length: Math.min(QUOTES_MAX, corpus.quoteCount) }, (_, i) => corpus.quote(i));
  }
  if (topic) {
    quotes = rankQuotes(index, quotes, topic).filter((q) =>
      [...topic.keys()].some((st) => index.occursIn(st, q.gid) || q.text.toLowerCase().includes(st)),
    );
  }
  if (!quotes.length)
    return {
      ...base,
      message: options.about
        ? `No quotes about “${options.about.slice(0, 80)}”${who[0] ? ` by ${who[0].name}` : ''}.`
        : 'The articles contain no quotes.',
    };
  const total = counted ?? (speaker.trim() || topic || options.doc ? quotes.length : corpus.quoteCount);
  const views = quotes.slice(0, QUOTES_MAX).map((q) => quoteView(corpus, q));
  const listed = total > views.length ? ` (the first ${views.length} listed)` : '';
  const answer = `${total} quote${total === 1 ? '' : 's'}${who[0] ? ` by ${who[0].name}` : ''}${listed}`;
  return { ...base, found: true, answer, quotes: views, citations: [citation(corpus, quotes[0]!.gid, 1)] };
}
