// A sentence that refers to its article's subject without naming it ("Her death in a flood ...")
// holds the subject's name for coverage, as the store marks it (extract/subject-reference.ts).
import { SUBJECT_MARK } from '../extract/subject-reference.js';
import type { Hit, TextIndex } from '../search/text-index.js';

/** The question's stems the hit holds, with those it holds as its article's subject. */
export function withSubject(index: TextIndex, stems: readonly string[], hit: Hit): Set<string> {
  let out: Set<string> | null = null;
  for (const st of stems)
    if (!hit.matched.has(st) && index.occursIn(SUBJECT_MARK + st, hit.gid)) (out ??= new Set(hit.matched)).add(st);
  return out ?? hit.matched;
}
