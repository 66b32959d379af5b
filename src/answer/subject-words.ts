// A sentence that refers to its article's subject or to a person named before without naming
// them ("Her death in a flood ...", "The 47-year-old was appointed ...") holds their name, as the
// store marks it (extract/subject-reference.ts, person-reference.ts).
import { PERSON_MARK } from '../extract/person-reference.js';
import { SUBJECT_MARK } from '../extract/subject-reference.js';
import { stemOf } from '../nlp/annotate.js';
import type { Hit, TextIndex } from '../search/text-index.js';

/** The question's stems the hit holds, with those it holds as its article's subject. */
export function withSubject(index: TextIndex, stems: readonly string[], hit: Hit): Set<string> {
  let out: Set<string> | null = null;
  for (const st of stems)
    if (!hit.matched.has(st) && index.occursIn(SUBJECT_MARK + st, hit.gid)) (out ??= new Set(hit.matched)).add(st);
  return out ?? hit.matched;
}

/** Whether the sentence holds a name word as the one it refers to without writing it ("He", "The 47-year-old", "Her death"). */
export function refersToWord(index: TextIndex, word: string, gid: number): boolean {
  const st = stemOf(word);
  return index.occursIn(PERSON_MARK + st, gid) || index.occursIn(SUBJECT_MARK + st, gid);
}
