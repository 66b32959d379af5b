// `search`, `sources` and the context around a citation.
import type { Context } from './answer-context.js';
import { queryOf } from './question-query.js';
import type { ContextResult, QueryOptions, Result } from './result.js';
import { citation } from './views.js';

export const PAGE_SIZE = 5;

export function search(ctx: Context, text: string, options: QueryOptions): Result {
  const { corpus, index } = ctx;
  const q = queryOf(text, corpus, index);
  // Past the last sentence there is nothing to page to: a huge offset (1e20) must not size an array.
  const offset = Math.min(corpus.sentenceCount, Math.max(0, Math.floor(Number(options.offset ?? 0)) || 0));
  const limit = Math.min(25, Math.max(1, Math.floor(Number(options.limit ?? PAGE_SIZE)) || PAGE_SIZE));
  const hits = index.search(q, corpus.gidRange(options.doc), offset + limit + 1);
  const page = hits.slice(offset, offset + limit);
  const base: Result = {
    command: 'search',
    input: text,
    found: page.length > 0,
    answer: null,
    citations: page.map((h) => citation(corpus, h.gid, h.score)),
    quotes: [],
    facts: [],
  };
  if (!page.length)
    return { ...base, message: offset ? 'No more passages.' : `No passage matches “${text.trim().slice(0, 80)}”.` };
  const more = hits.length > offset + limit;
  return { ...base, answer: `Passages ${offset + 1}–${offset + page.length}${more ? ' (more available)' : ''}` };
}

export function sources(ctx: Context): Result {
  const { corpus } = ctx;
  const views = corpus.docs.map((d) => ({
    doc: d.id,
    title: d.title,
    date: d.meta.date,
    url: d.meta.url,
    source: d.meta.source,
    author: d.meta.author,
    paragraphs: d.paragraphCount,
    sentences: d.sentenceCount,
    quotes: d.quoteCount,
    entities: d.entityCount,
  }));
  const base: Result = {
    command: 'sources',
    input: '',
    found: views.length > 0,
    answer: null,
    citations: [],
    quotes: [],
    facts: [],
    sources: views,
  };
  if (!views.length) return { ...base, message: 'No articles are loaded: add .txt or .md files to the seeds folder.' };
  return { ...base, answer: `${views.length} article${views.length === 1 ? '' : 's'}` };
}

/** The sentences around an offset in a document ("Show context"). */
export function context(ctx: Context, doc: string, start: number, around = 2): ContextResult {
  const { corpus } = ctx;
  const base: ContextResult = {
    command: 'context',
    input: `${doc}:${start}`,
    found: false,
    answer: null,
    citations: [],
    quotes: [],
    facts: [],
  };
  if (!corpus.docById.has(doc)) return { ...base, message: 'That article is no longer loaded.' };
  const [from, to] = corpus.gidRange(doc);
  let at = -1;
  for (let g = from; g < to; g++)
    if (corpus.sentence(g).s.start <= start && corpus.sentence(g).s.end >= start) {
      at = g;
      break;
    }
  if (at < 0) return { ...base, message: 'That passage is no longer in the article.' };
  const cites = [];
  for (let g = Math.max(from, at - around); g < Math.min(to, at + around + 1); g++)
    cites.push(citation(corpus, g, g === at ? 1 : 0));
  return { ...base, found: true, answer: cites.map((c) => c.text).join(' '), citations: cites };
}
