// A field worked out at its first read and kept: a ranked passage's short answer and
// requirements are read by callers for a few of its candidates only, and cost most of their work.

/** `target` with `key` worked out by `compute` when first read (then kept); enumerable, as a plain field is. */
export function lazyField<T extends object, K extends string, V>(
  target: T,
  key: K,
  compute: () => V,
): T & Readonly<Record<K, V>> {
  let known: { value: V } | null = null;
  Object.defineProperty(target, key, {
    enumerable: true,
    get: () => (known ??= { value: compute() }).value,
  });
  return target as T & Readonly<Record<K, V>>;
}
