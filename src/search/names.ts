// Finds entities by name: exact names and aliases first (a map lookup), then the name index for
// partial names and typos ("stanik", "stanikzay"). Never a scan of every name.
import { CORPUS_CACHES } from '../caches.js';
import { nameKey } from '../text/name-key.js';
import type { Corpus, Entity } from '../corpus/corpus.js';
import { NameIndex, type NameRow } from './name-index.js';

/** Built once per corpus and gone with it (src/caches.ts, CORPUS_CACHES.nameIndexes). */
const allNames = new WeakMap<Corpus, NameIndex>();
const speakerNames = new WeakMap<Corpus, NameIndex>();
/** findEntities' answers through the name index, by corpus (src/caches.ts, CORPUS_CACHES.nameLookups). */
const lookups = new WeakMap<Corpus, Map<string, Entity[]>>();

function rowsOf(entities: readonly Entity[]): NameRow[] {
  return entities.flatMap((e) => [e.name, ...e.aliases].map((name) => ({ name, id: e.id, weight: e.mentions.length })));
}

function nameIndex(corpus: Corpus): NameIndex {
  let ix = allNames.get(corpus);
  if (!ix) {
    ix = new NameIndex(rowsOf(corpus.entities));
    allNames.set(corpus, ix);
  }
  return ix;
}

function speakerIndex(corpus: Corpus): NameIndex {
  let ix = speakerNames.get(corpus);
  if (!ix) {
    ix = new NameIndex(rowsOf(corpus.speakers));
    speakerNames.set(corpus, ix);
  }
  return ix;
}

/** Builds both name indexes now rather than at the first lookup. */
export function prepareNameIndexes(corpus: Corpus): void {
  nameIndex(corpus);
  speakerIndex(corpus);
}

/** Entities a name may mean, best first. `strict` allows whole words spelt nearly right, not prefixes. */
export function findEntities(corpus: Corpus, name: string, limit = 5, strict = false): Entity[] {
  const key = nameKey(name);
  if (!key) return [];
  const exact = corpus.entitiesByName.get(key);
  if (exact) return exact.map((id) => corpus.entityById.get(id)!).slice(0, limit);
  // A surname or first name alone: "Nessar" for "Omar Nessar".
  const byWord = corpus.peopleByNameWord.get(key) ?? [];
  if (byWord.length) return [...byWord].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, limit);
  if (key.length < 3) return [];
  // The index weighs every near spelling of every word and orders them by likeness: a question
  // looks a name up more than once, and questions repeat names.
  let known = lookups.get(corpus);
  if (!known) {
    known = new Map();
    lookups.set(corpus, known);
  }
  const lookup = `${limit} ${strict} ${key}`;
  let out = known.get(lookup);
  if (!out) {
    out = [];
    for (const row of nameIndex(corpus).find(key, { prefix: !strict, limit: limit * 4 })) {
      const e = corpus.entityById.get(row.id)!;
      if (!out.includes(e)) out.push(e);
      if (out.length >= limit) break;
    }
    if (known.size >= CORPUS_CACHES.nameLookups.size) known.clear();
    known.set(lookup, out);
  }
  return out.slice();
}

/** Entities with this exact word in a name or alias and at least `minMentions` mentions, most mentioned first. */
export function entitiesWithWord(corpus: Corpus, word: string, minMentions = 0): Entity[] {
  const out = new Set<Entity>();
  for (const row of nameIndex(corpus).withWord(word, minMentions)) out.add(corpus.entityById.get(row.id)!);
  return [...out];
}

/** People, organisations and groups for autocomplete (/who), quoted or not, most mentioned first when nothing is typed. */
export function suggestEntityNames(corpus: Corpus, partial: string, limit: number): { name: string; value: string }[] {
  const wanted = (e: Entity): boolean => e.type === 'person' || e.type === 'organisation' || e.type === 'group';
  if (!partial.trim()) {
    return corpus.entities
      .filter(wanted)
      .sort((a, b) => b.mentions.length - a.mentions.length)
      .slice(0, limit)
      .map((e) => ({ name: e.name, value: e.name }));
  }
  const out: { name: string; value: string }[] = [];
  const seen = new Set<string>();
  for (const row of nameIndex(corpus).find(partial.slice(0, 100), { prefix: true, limit: limit * 4 })) {
    const e = corpus.entityById.get(row.id)!;
    if (seen.has(e.id) || !wanted(e)) continue;
    seen.add(e.id);
    out.push({ name: row.name === e.name ? e.name : `${e.name} (${row.name})`, value: e.name });
    if (out.length >= limit) break;
  }
  return out;
}

/** Speakers for autocomplete: canonical names and aliases matching what was typed. */
export function suggestSpeakerNames(corpus: Corpus, partial: string, limit: number): { name: string; value: string }[] {
  if (!partial.trim()) return corpus.speakers.slice(0, limit).map((e) => ({ name: e.name, value: e.name }));
  const out: { name: string; value: string }[] = [];
  const seen = new Set<string>();
  for (const row of speakerIndex(corpus).find(partial.slice(0, 100), { prefix: true, limit: limit * 4 })) {
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    const e = corpus.entityById.get(row.id)!;
    out.push({ name: row.name === e.name ? e.name : `${e.name} (${row.name})`, value: e.name });
    if (out.length >= limit) break;
  }
  return out;
}
