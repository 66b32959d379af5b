// The `article` option as members use it: picked from autocomplete (an id), or typed by hand
// (a title, part of one, a slip in it). Typed text is matched to the nearest title or id.
import Fuse from 'fuse.js';
import type { Choice, Engine } from '../../answer/engine.js';

/** How far a typed title may be from the real one (fuse.js score, 0 exact … 1 anything): loose enough for slips and partial titles, tight enough not to pick an unrelated article. */
const TITLE_MATCH_THRESHOLD = 0.4;

interface Known {
  ids: Set<string>;
  fuse: Fuse<Choice & { title: string }>;
}
const byEngine = new WeakMap<Engine, Known>();

function known(engine: Engine): Known {
  let k = byEngine.get(engine);
  if (!k) {
    const sources = engine.run('sources', '').sources ?? [];
    const rows = sources.map((s) => ({
      name: `${s.title}${s.date ? ` (${s.date})` : ''}`,
      value: s.doc,
      title: s.title,
    }));
    k = {
      ids: new Set(sources.map((s) => s.doc)),
      fuse: new Fuse(rows, {
        keys: ['title', 'value'],
        threshold: TITLE_MATCH_THRESHOLD,
        ignoreLocation: true,
        includeScore: true,
      }),
    };
    byEngine.set(engine, k);
  }
  return k;
}

/** The article id a typed value means, or a one-line message when none is near. */
export function resolveArticle(engine: Engine, typed: string | null | undefined): { doc?: string; message?: string } {
  const value = typed?.trim();
  if (!value) return {};
  const k = known(engine);
  if (k.ids.has(value)) return { doc: value };
  const best = k.fuse.search(value.slice(0, 200), { limit: 1 })[0];
  if (best) return { doc: best.item.value };
  return {
    message: `No article matches “${value.slice(0, 80)}”: start typing its title and pick it from the list, or see /sources.`,
  };
}

/** Autocomplete for `article`: the engine's matches, or the nearest titles when a slip leaves none. */
export function suggestArticles(engine: Engine, partial: string, limit: number): Choice[] {
  const direct = engine.suggestDocuments(partial, limit);
  if (direct.length || !partial.trim()) return direct;
  return known(engine)
    .fuse.search(partial.slice(0, 200), { limit })
    .map((h) => ({ name: h.item.name, value: h.item.value }));
}
