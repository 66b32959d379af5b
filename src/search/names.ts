// Finds entities by name: exact names and aliases first (a map lookup), then fuse.js for typos
// and partial names ("stanik", "stanikzay").
import Fuse from 'fuse.js';
import { nameKey } from '../extract/entities.js';
import type { Corpus, Entity } from './corpus.js';

interface NameRow { name: string; id: string; speaker: boolean }

const fuses = new WeakMap<Corpus, Fuse<NameRow>>();

function nameFuse(corpus: Corpus): Fuse<NameRow> {
  let f = fuses.get(corpus);
  if (!f) {
    const speakers = new Set(corpus.quotesBySpeaker.keys());
    const rows: NameRow[] = [];
    for (const e of corpus.entities) for (const n of [e.name, ...e.aliases]) rows.push({ name: n, id: e.id, speaker: speakers.has(e.id) });
    f = new Fuse(rows, { keys: ['name'], includeScore: true, threshold: 0.4, ignoreLocation: true, minMatchCharLength: 2 });
    fuses.set(corpus, f);
  }
  return f;
}

/** Entities a name may mean, best first. `strict` allows only near-exact spellings of a whole name word. */
export function findEntities(corpus: Corpus, name: string, limit = 5, strict = false): Entity[] {
  const key = nameKey(name);
  if (!key) return [];
  const exact = corpus.entitiesByName.get(key);
  if (exact) return exact.map((id) => corpus.entityById.get(id)!).slice(0, limit);
  // A surname or first name alone: "Nessar" for "Omar Nessar".
  const byWord = corpus.peopleByNameWord.get(key) ?? [];
  if (byWord.length) return rankByMentions(byWord).slice(0, limit);
  if (key.length < 3) return [];
  const hits = nameFuse(corpus).search(key, { limit: limit * 4 });
  const out: Entity[] = [];
  for (const h of hits) {
    if (strict && (h.score ?? 1) > 0.25) continue;
    if (strict && !h.item.name.toLowerCase().split(/\s+/).some((w) => w.length >= key.length - 2 && Math.abs(w.length - key.length) <= 2)) continue;
    const e = corpus.entityById.get(h.item.id)!;
    if (!out.includes(e)) out.push(e);
    if (out.length >= limit) break;
  }
  return out;
}

function rankByMentions(es: Entity[]): Entity[] {
  return [...es].sort((a, b) => b.mentions.length - a.mentions.length);
}

/** Speakers for autocomplete: canonical names and aliases matching what was typed. */
export function suggestSpeakerNames(corpus: Corpus, partial: string, limit: number): { name: string; value: string }[] {
  if (!partial.trim()) return corpus.speakers.slice(0, limit).map((e) => ({ name: e.name, value: e.name }));
  const out: { name: string; value: string }[] = [];
  const seen = new Set<string>();
  for (const h of nameFuse(corpus).search(partial.slice(0, 100), { limit: limit * 6 })) {
    if (!h.item.speaker || seen.has(h.item.id)) continue;
    seen.add(h.item.id);
    const e = corpus.entityById.get(h.item.id)!;
    out.push({ name: h.item.name === e.name ? e.name : `${e.name} (${h.item.name})`, value: e.name });
    if (out.length >= limit) break;
  }
  return out;
}
