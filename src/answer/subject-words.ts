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
export function withSubject(index: TextIndex, marked: readonly MarkedStem[], hit: Hit, referred: boolean): Set<string> {
  let out: Set<string> | null = null;
  const held = (m: MarkedStem) =>
    index.occursIn(m.subject, hit.gid) || (referred && index.occursIn(m.referent, hit.gid));
  for (const m of marked) if (!hit.matched.has(m.stem) && held(m)) (out ??= new Set(hit.matched)).add(m.stem);
  return out ?? hit.matched;
}

/** A question's stem some sentence holds as its subject or referent, with the index's terms for each. */
export interface MarkedStem {
  stem: string;
  subject: string;
  referent: string;
}

/**
 * Of the question's stems, those some sentence holds as its article's subject or as the one it
 * refers to, each with its two terms: worked out once per question, as withSubject runs for each
 * of its candidates (a term made anew for each would be hashed anew for each look-up).
 */
export function markedStems(index: TextIndex, stems: readonly string[]): MarkedStem[] {
  const out: MarkedStem[] = [];
  for (const stem of stems) {
    const subject = SUBJECT_MARK + stem;
    const referent = REFERENT_MARK + stem;
    if (index.hasStem(subject) || index.hasStem(referent)) out.push({ stem, subject, referent });
  }
  return out;
}

/** Whether the sentence holds a name word as the one it refers to without writing it ("He", "The club", "Her death"). */
export function refersToWord(index: TextIndex, word: string, gid: number): boolean {
  const st = stemOf(word);
  return index.occursIn(REFERENT_MARK + st, gid) || index.occursIn(SUBJECT_MARK + st, gid);
}
