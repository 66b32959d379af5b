// Small fixed lists of words that stand for each other (paraphrases, opposites), written as
// groups and looked up by any of their words.

/**
 * A lookup from each word of some groups of words that stand for each other (compared through
 * `key`, such as a stemmer) to the other words of its groups; built at its first use.
 */
export function groupLookup(
  groups: readonly string[],
  key: (word: string) => string = (w) => w,
): (word: string) => string[] {
  let byKey: Map<string, string[]> | null = null;
  return (word) => {
    if (!byKey) {
      byKey = new Map();
      for (const g of groups) {
        const words = g.split(' ');
        for (const w of words) byKey.set(key(w), [...(byKey.get(key(w)) ?? []), ...words.filter((x) => x !== w)]);
      }
    }
    return byKey.get(key(word)) ?? [];
  };
}
