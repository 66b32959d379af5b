// The corpus's entities as the store keeps them: the names, kinds, aliases and roles in the
// header (JSON, a column per field), and each entity's mentions (sentence numbers) and documents
// (by their place in the corpus) in Int32 sections, decoded only when an answer reads them. At
// 18k articles the mentions and documents were two thirds of the entities' JSON and most of its
// parsing at start-up; one object per entity spelt its six field names 39,000 times, two fifths
// of what was left.
import type { IndexedEntity } from './corpus-index.js';

/** What the header holds of an entity. */
export type EntityHead = Omit<IndexedEntity, 'mentions' | 'docs'>;

/** The heads as the header holds them: entity k's fields are each column's k-th value; roles only for the entities that have some. */
export interface EntityColumns {
  ids: string[];
  names: string[];
  types: IndexedEntity['type'][];
  aliases: string[][];
  keys: string[][];
  /** [entity k, its roles], for each entity with roles, k ascending. */
  roles: [number, IndexedEntity['roles']][];
}

/** Per entity, its numbers: entity k's are values[offsets[k] .. offsets[k + 1]). */
export interface Runs {
  offsets: Int32Array;
  values: Int32Array;
}

export interface StoredEntities {
  heads: EntityColumns;
  /** Sentence numbers of the mentions, in corpus order. */
  mentions: Runs;
  /** Documents by their place in the corpus, in the order the entity first appears in them. */
  docs: Runs;
}

function runs(lists: readonly (readonly number[])[]): Runs {
  const offsets = new Int32Array(lists.length + 1);
  lists.forEach((l, k) => (offsets[k + 1] = offsets[k]! + l.length));
  const values = new Int32Array(offsets[lists.length]!);
  lists.forEach((l, k) => values.set(l, offsets[k]));
  return { offsets, values };
}

/** `docIds` are the corpus's document ids in corpus order. */
export function encodeEntities(entities: readonly IndexedEntity[], docIds: readonly string[]): StoredEntities {
  const place = new Map(docIds.map((id, i) => [id, i]));
  return {
    heads: {
      ids: entities.map((e) => e.id),
      names: entities.map((e) => e.name),
      types: entities.map((e) => e.type),
      aliases: entities.map((e) => e.aliases),
      keys: entities.map((e) => e.keys),
      roles: entities.flatMap((e, k): [number, IndexedEntity['roles']][] => (e.roles.length ? [[k, e.roles]] : [])),
    },
    mentions: runs(entities.map((e) => e.mentions)),
    docs: runs(entities.map((e) => e.docs.map((id) => place.get(id)!))),
  };
}

/** Whether the runs are out of shape or hold a number outside 0 .. limit - 1. */
function runsProblem(r: Runs, count: number, limit: number): boolean {
  const { offsets, values } = r;
  if (offsets.length !== count + 1 || offsets[0] !== 0 || offsets[count] !== values.length) return true;
  for (let k = 0; k < count; k++) if (offsets[k + 1]! < offsets[k]!) return true;
  // An indexed loop: for-of over a typed array ran two to three times slower in this one-shot code.
  // eslint-disable-next-line @typescript-eslint/prefer-for-of
  for (let i = 0; i < values.length; i++) if (values[i]! < 0 || values[i]! >= limit) return true;
  return false;
}

/** A problem with the stored entities read from disk, or null: every number must index its table. */
export function storedEntitiesProblem(s: StoredEntities, sentences: number, docs: number): string | null {
  const h = s.heads as Partial<EntityColumns> | undefined;
  const count = h?.ids?.length;
  if (
    !h ||
    count === undefined ||
    ![h.ids, h.names, h.types, h.aliases, h.keys].every((c) => Array.isArray(c) && c.length === count) ||
    !Array.isArray(h.roles)
  )
    return 'corrupt (entities)';
  for (let k = 0; k < count; k++)
    if (
      typeof h.ids![k] !== 'string' ||
      typeof h.names![k] !== 'string' ||
      !Array.isArray(h.keys![k]) ||
      h.keys![k]!.length === 0 ||
      !Array.isArray(h.aliases![k])
    )
      return 'corrupt (entities)';
  let last = -1;
  for (const pair of h.roles)
    if (
      !Array.isArray(pair) ||
      !Number.isInteger(pair[0]) ||
      pair[0] <= last ||
      pair[0] >= count ||
      !Array.isArray(pair[1])
    )
      return 'corrupt (entities)';
    else last = pair[0];
  if (runsProblem(s.mentions, count, sentences) || runsProblem(s.docs, count, docs))
    return 'corrupt (entities out of range)';
  return null;
}

/** Entities whose mentions and documents are decoded at first use, and kept. */
export function decodeEntities(s: StoredEntities, docIds: readonly string[]): IndexedEntity[] {
  const h = s.heads;
  const roles = new Map(h.roles);
  return h.ids.map(
    (id, k) =>
      new StoredEntity(
        {
          id,
          name: h.names[k]!,
          type: h.types[k]!,
          aliases: h.aliases[k]!,
          keys: h.keys[k]!,
          roles: roles.get(k) ?? [],
        },
        k,
        s,
        docIds,
      ),
  );
}

class StoredEntity implements IndexedEntity {
  readonly id: string;
  readonly name: string;
  readonly type: IndexedEntity['type'];
  readonly aliases: string[];
  readonly keys: string[];
  readonly roles: IndexedEntity['roles'];
  private decodedMentions: number[] | null = null;
  private decodedDocs: string[] | null = null;

  constructor(
    head: EntityHead,
    private readonly k: number,
    private readonly stored: StoredEntities,
    private readonly docIds: readonly string[],
  ) {
    this.id = head.id;
    this.name = head.name;
    this.type = head.type;
    this.aliases = head.aliases;
    this.keys = head.keys;
    this.roles = head.roles;
  }

  get mentions(): number[] {
    return (this.decodedMentions ??= Array.from(this.run(this.stored.mentions)));
  }

  get docs(): string[] {
    return (this.decodedDocs ??= Array.from(this.run(this.stored.docs), (d) => this.docIds[d]!));
  }

  private run({ offsets, values }: Runs): Int32Array {
    return values.subarray(offsets[this.k], offsets[this.k + 1]);
  }
}
