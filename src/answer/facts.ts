// `facts`: who did what to whom, when and where, about a topic or in every article; and each article's own date.
import type { Entity, Fact } from '../corpus/corpus.js';
import { findEntities } from '../search/names.js';
import type { Context } from './answer-context.js';
import { queryOf } from './question-query.js';
import type { QueryOptions, Result } from './result.js';
import { citation, factView } from './views.js';

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
  const base: Result = {
    command: 'facts',
    input: about,
    found: false,
    answer: null,
    citations: [],
    quotes: [],
    facts: [],
  };
  let list: Fact[];
  if (about.trim()) {
    const named = findEntities(corpus, about, 3);
    const words = named.flatMap((e) => [e.name, ...e.aliases]).map((n) => n.toLowerCase());
    const terms = queryOf(about, corpus, index).terms;
    list = documentsAbout(ctx, named, terms, options.doc)
      .flatMap((id) => corpus.factsOfDoc(id))
      .filter((f) => {
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
  const dated = about.trim()
    ? []
    : docs
        .filter((d) => d.meta.date)
        .slice(0, 20)
        .map((d) => ({
          subject: d.title,
          relation: 'was published on',
          object: d.meta.date!,
          frame: null,
          when: d.meta.date,
          where: null,
          doc: d.id,
          paragraph: 1,
          sentence: 1,
        }));
  const all = [...dated, ...views];
  if (!all.length)
    return { ...base, message: about ? `No facts about “${about.slice(0, 80)}” in the articles.` : 'No facts found.' };
  return {
    ...base,
    found: true,
    answer: `${all.length} fact${all.length === 1 ? '' : 's'}${about ? ` about ${about.trim()}` : ''}`,
    facts: all,
    citations: list.slice(0, 5).map((f) => citation(corpus, f.gid, 1)),
  };
}
