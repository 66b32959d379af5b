// A sentence that refers to its article's subject or to someone named before without naming
// them ("Her death in a flood ...", "The 47-year-old was appointed ...") holds their name, as the
// store marks it (extract/subject-reference.ts, referents.ts).
import { REFERENT_MARK } from '../extract/referents.js';
import { SUBJECT_MARK } from '../extract/subject-reference.js';
import { stemOf } from '../nlp/annotate.js';
import type { Hit, TextIndex } from '../search/text-index.js';

/**
 * The question's stems the hit holds, with those it holds as its article's subject and, when
 * `referred`, as the one its opening refers to ("The company was fined ..."). Only `marked`
 * stems (markedStems) can be held so.
 */
export function withSubject(index: TextIndex, marked: readonly string[], hit: Hit, referred: boolean): Set<string> {
  let out: Set<string> | null = null;
  const held = (st: string) =>
    index.occursIn(SUBJECT_MARK + st, hit.gid) || (referred && index.occursIn(REFERENT_MARK + st, hit.gid));
  for (const st of marked) if (!hit.matched.has(st) && held(st)) (out ??= new Set(hit.matched)).add(st);
  return out ?? hit.matched;
}

/**
 * Of the question's stems, those some sentence holds as its article's subject or as the one it
 * refers to: worked out once per question, as withSubject runs for each of its candidates.
 */
export function markedStems(index: TextIndex, stems: readonly string[]): string[] {
  return stems.filter((st) => index.hasStem(SUBJECT_MARK + st) || index.hasStem(REFERENT_MARK + st));
}

/** Whether the sentence holds a name word as the one it refers to without writing it ("He", "The club", "Her death"). */
export function refersToWord(index: TextIndex, word: string, gid: number): boolean {
  const st = stemOf(word);
  return index.occursIn(REFERENT_MARK + st, gid) || index.occursIn(SUBJECT_MARK + st, gid);
}
