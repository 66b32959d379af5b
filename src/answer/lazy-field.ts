// A field worked out at its first read and kept: a ranked passage's short answer and
// requirements are read by callers for a few of its candidates only, and cost most of their work.
//
// One getter per field name, shared by every object, reads what to work out from the object
// itself. A getter made per object (a closure) gave each object a hidden class of its own, kept
// in the old generation: until a full collection, each young collection then kept alive what
// that closure held (the candidate, the question, the ranking's state), so a third of what young
// collections copied at 18k articles was passages ranked by earlier asks.

/** Where an object keeps its lazy fields' work: not enumerable, so copies and JSON leave it out. */
const PENDING = Symbol('lazy fields');

interface Pending {
  compute: () => unknown;
  known: { value: unknown } | null;
}
interface WithPending {
  [PENDING]: Record<string, Pending>;
}

const getters = new Map<string, (this: WithPending) => unknown>();

function getterOf(key: string): (this: WithPending) => unknown {
  let get = getters.get(key);
  if (!get) {
    get = function (this: WithPending) {
      const field = this[PENDING][key]!;
      return (field.known ??= { value: field.compute() }).value;
    };
    getters.set(key, get);
  }
  return get;
}

/** `target` with `key` worked out by `compute` when first read (then kept); enumerable, as a plain field is. */
export function lazyField<T extends object, K extends string, V>(
  target: T,
  key: K,
  compute: () => V,
): T & Readonly<Record<K, V>> {
  const holder = target as T & Partial<WithPending>;
  let pending = holder[PENDING];
  if (!pending) Object.defineProperty(target, PENDING, { value: (pending = {}) });
  pending[key] = { compute, known: null };
  Object.defineProperty(target, key, { enumerable: true, get: getterOf(key) });
  return target as T & Readonly<Record<K, V>>;
}
