// `who`: an entity's profile: canonical name, aliases, roles, quotes and mentions.
import { findEntities } from '../search/names.js';
import type { Context } from './answer-context.js';
import { QUOTES_MAX } from './quote.js';
import type { QueryOptions, Result } from './result.js';
import { citation, entityView, quoteView } from './views.js';

export function who(ctx: Context, name: string, options: QueryOptions): Result {
  const { corpus } = ctx;
  const base: Result = {
    command: 'who',
    input: name,
    found: false,
    answer: null,
    citations: [],
    quotes: [],
    facts: [],
  };
  const e = findEntities(corpus, name, 5).find((x) => !options.doc || x.docs.includes(options.doc));
  if (!e) {
    const suggestions = findEntities(corpus, name.slice(0, 60), 5).map((x) => x.name);
    return {
      ...base,
      suggestions,
      message: `The articles do not mention “${name.trim().slice(0, 80)}”.${suggestions.length ? ` Did you mean ${suggestions.join(', ')}?` : ''}`,
    };
  }
  const view = entityView(corpus, e, options.doc);
  const gids = [...new Set(corpus.mentionsOf(e, options.doc))];
  const withRole = corpus.mentionWithRole(
    e,
    e.roles.filter((r) => !options.doc || r.doc === options.doc),
  );
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
