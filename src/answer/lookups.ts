// `quote`, `who` and `facts`: what the store knows about speakers, entities and relations.
import type { Entity, Fact, Quote } from '../search/corpus.js';
import { findEntities, suggestSpeakerNames } from '../search/names.js';
import type { Context } from './ask.js';
import { rankQuotes } from './ask.js';
import { analyseQuestion } from './question.js';
import type { QueryOptions, Result } from './result.js';
import { citation, entityView, factView, quoteView } from './views.js';

const empty = <C extends 'quote' | 'who' | 'facts'>(command: C, input: string) => ({ command, input, found: false, answer: null, citations: [], quotes: [], facts: [] });

/** Quotes an answer lists; the answer still counts them all. */
const QUOTES_MAX = 100;
/** Passages searched for quotes about a topic when no speaker is named. */
const TOPIC_PASSAGES = 200;

export function quote(ctx: Context, speaker: string, options: QueryOptions): Result {
  const { corpus, index } = ctx;
  const base = empty('quote', speaker);
  const topic = options.about?.trim() ? analyseQuestion(options.about, corpus, index).terms : null;
  let quotes: Quote[];
  let who: Entity[] = [];
  /** Quotes found, when more are found than decoded. */
  let counted: number | null = null;
  if (speaker.trim()) {
    who = findEntities(corpus, speaker, 5).filter((e) => corpus.speaks(e.id, options.doc));
    if (!who.length) {
      const suggestions = suggestSpeakerNames(corpus, speaker, 5).map((s) => s.value);
      return { ...base, suggestions, message: `No quotes by “${speaker.trim().slice(0, 80)}” in the articles.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''}` };
    }
    // Without a topic to rank by, only the quotes listed are decoded; the rest are counted.
    const limit = topic ? Infinity : QUOTES_MAX;
    quotes = who.flatMap((e) => corpus.quotesBy(e.id, options.doc, limit));
    if (!topic) counted = who.reduce((n, e) => n + corpus.quoteCountBy(e.id, options.doc), 0);
  } else if (topic) {
    // Quotes about a topic stand in the passages about it: found through the index, not a scan.
    const seen = new Set<string>();
    quotes = index.search(topic, corpus.gidRange(options.doc), TOPIC_PASSAGES).flatMap((h) => corpus.quotesIn(h.gid)).filter((q) => !seen.has(q.id) && !!seen.add(q.id));
  } else {
    quotes = options.doc ? corpus.quotesOfDoc(options.doc) : Array.from({ length: Math.min(QUOTES_MAX, corpus.quoteCount) }, (_, i) => corpus.quote(i));
  }
  if (topic) {
    quotes = rankQuotes(index, quotes, topic).filter((q) => [...topic.keys()].some((st) => index.occursIn(st, q.gid) || q.text.toLowerCase().includes(st)));
  }
  if (!quotes.length) return { ...base, message: options.about ? `No quotes about “${options.about.slice(0, 80)}”${who[0] ? ` by ${who[0].name}` : ''}.` : 'The articles contain no quotes.' };
  const total = counted ?? (speaker.trim() || topic || options.doc ? quotes.length : corpus.quoteCount);
  const views = quotes.slice(0, QUOTES_MAX).map((q) => quoteView(corpus, q));
  const listed = total > views.length ? ` (the first ${views.length} listed)` : '';
  const answer = `${total} quote${total === 1 ? '' : 's'}${who[0] ? ` by ${who[0].name}` : ''}${listed}`;
  return { ...base, found: true, answer, quotes: views, citations: [citation(corpus, quotes[0]!.gid, 1)] };
}

export function who(ctx: Context, name: string, options: QueryOptions): Result {
  const { corpus } = ctx;
  const base = empty('who', name);
  const e = findEntities(corpus, name, 5).find((x) => !options.doc || x.docs.includes(options.doc));
  if (!e) {
    const suggestions = findEntities(corpus, name.slice(0, 60), 5).map((x) => x.name);
    return { ...base, suggestions, message: `The articles do not mention “${name.trim().slice(0, 80)}”.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''}` };
  }
  const view = entityView(corpus, e, options.doc);
  const gids = [...new Set(corpus.mentionsOf(e, options.doc))];
  const withRole = corpus.mentionWithRole(e, e.roles.filter((r) => !options.doc || r.doc === options.doc));
  const ordered = withRole !== undefined ? [withRole, ...gids.filter((g) => g !== withRole)] : gids;
  const quotes = corpus.quotesBy(e.id, options.doc, QUOTES_MAX).map((q) => quoteView(corpus, q));
  const parts = [view.name, view.roles.length ? view.roles.join('; ') : `(${view.type})`];
  return {
    ...base,
    found: true,
    answer: parts.join(': ') + (view.aliases.length ? ` — also “${view.aliases.join('”, “')}”` : ''),
    entity: view,
    quotes,
    citations: ordered.slice(0, 10).map((g) => citation(corpus, g, 1)),
  };
}

const FACTS_MAX = 200;
/** Documents searched for facts about a topic: where its entities appear and where its words do. */
const TOPIC_HITS = 50;

/** In corpus order (newest first), so facts read like the news feed. */
function documentsAbout(ctx: Context, named: Entity[], terms: Map<string, number>, doc?: string): string[] {
  const { corpus, index } = ctx;
  if (doc) return [doc];
  const ids = new Set(named.flatMap((e) => e.docs));
  for (const h of index.search(terms, corpus.gidRange(), TOPIC_HITS)) ids.add(corpus.docOf(h.gid).id);
  return [...ids].sort((a, b) => corpus.docById.get(a)!.firstGid - corpus.docById.get(b)!.firstGid);
}

export function facts(ctx: Context, about: string, options: QueryOptions): Result {
  const { corpus, index } = ctx;
  const base = empty('facts', about);
  let list: Fact[];
  if (about.trim()) {
    const named = findEntities(corpus, about, 3);
    const words = named.flatMap((e) => [e.name, ...e.aliases]).map((n) => n.toLowerCase());
    const terms = analyseQuestion(about, corpus, index).terms;
    list = documentsAbout(ctx, named, terms, options.doc).flatMap((id) => corpus.factsOfDoc(id)).filter((f) => {
      const text = `${f.subject} ${f.relation} ${f.object}`.toLowerCase();
      return words.some((w) => text.includes(w)) || corpus.stemsOf(f.gid).some((st) => terms.get(st) === 1);
    });
  } else {
    list = [];
    for (const d of options.doc ? [corpus.docById.get(options.doc)!] : corpus.docs) {
      if (list.length >= FACTS_MAX) break;
      list.push(...corpus.factsOfDoc(d.id));
    }
  }
  const views = list.slice(0, FACTS_MAX).map((f) => factView(corpus, f));
  const docs = options.doc ? [corpus.docById.get(options.doc)!] : corpus.docs;
  // The article's own date is a fact too.
  const dated = about.trim() ? [] : docs.filter((d) => d.meta.date).slice(0, 20).map((d) => ({ subject: d.title, relation: 'was published on', object: d.meta.date!, frame: null, when: d.meta.date, where: null, doc: d.id, paragraph: 1, sentence: 1 }));
  const all = [...dated, ...views];
  if (!all.length) return { ...base, message: about ? `No facts about “${about.slice(0, 80)}” in the articles.` : 'No facts found.' };
  return { ...base, found: true, answer: `${all.length} fact${all.length === 1 ? '' : 's'}${about ? ` about ${about.trim()}` : ''}`, facts: all, citations: list.slice(0, 5).map((f) => citation(corpus, f.gid, 1)) };
}
