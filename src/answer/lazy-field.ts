// A field worked out at its first read and kept: a ranked passage's short answer and
// requirements are read by callers for a few of its candidates only, and cost most of their work.
//
// One getter per field name, shared by every object, reads what to work out from the object
// itself. With a getter made per object (a closure), V8 could not share hidden classes (each
// object after the first fell back to a dictionary of properties), and what the closures held
// (the candidate, the question, the ranking's state) outlived the asks through young
// collections: a third of what they copied at 18k articles (bench/results, session 16).

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
