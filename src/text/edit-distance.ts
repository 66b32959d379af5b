// Edit distance (Damerau-Levenshtein with adjacent swaps) and the deletions a SymSpell index is keyed by.

/** The word with one letter dropped, each way: the keys of a deletion (SymSpell) index. */
export function deletions(w: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < w.length; i++) out.add(w.slice(0, i) + w.slice(i + 1));
  return [...out];
}

/**
 * Edits (drop, add, swap: 1 each; replace: `substitution`) between two words; 3 for any pair whose
 * lengths differ by more than 2, as no caller looks further.
 */
export function editDistance(a: string, b: string, substitution = 1): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  // Three rolling rows (the one before last is needed for a swap): no allocation per call.
  const width = b.length + 1;
  if (rows.length < 3 * width) rows = new Float64Array(3 * width * 2);
  let older = 0;
  let prev = width;
  let row = 2 * width;
  for (let j = 0; j < width; j++) rows[prev + j] = j;
  for (let i = 1; i <= a.length; i++) {
    rows[row] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : substitution;
      let v = Math.min(rows[prev + j]! + 1, rows[row + j - 1]! + 1, rows[prev + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, rows[older + j - 2]! + 1);
      rows[row + j] = v;
    }
    const spare = older;
    older = prev;
    prev = row;
    row = spare;
  }
  return rows[prev + b.length]!;
}

/** The rolling rows, grown to the longest word seen; shared by all calls (no call is ever interrupted). */
let rows = new Float64Array(3 * 32);
