// "How old is the man who was charged?" where the passage that charges him says only "the older
// man": a report tells people apart by age once it has given their ages ("a 24-year-old man and a
// 31-year-old man were arrested ... The older man has since been charged"), so "the older" is the
// one of the greatest age given just before, "the younger" the one of the least.
import type { Corpus, Tok } from '../corpus/corpus.js';
import type { ClauseFrame } from '../extract/clause-frames.js';
import { stemOf } from '../nlp/annotate.js';
import type { Question } from './question.js';

/** Comparatives that pick one of the people aged before: the eldest is the greatest age. */
const PICKS: Record<string, 'most' | 'least'> = {
  older: 'most',
  elder: 'most',
  oldest: 'most',
  eldest: 'most',
  younger: 'least',
  youngest: 'least',
};

/**
 * Sentences back the ages may stand from the one saying "the older man": news gives each suspect
 * a paragraph of one sentence, so further reaches the ages past them, and risks another group's.
 */
const AGES_BACK = 3;

/** "a 24-year-old man", "a 31 year old woman": the age and the noun it describes. */
const AGED_NOUN = /\b(\d{1,3})[- ]years?[- ]old\s+(\p{L}+)/giu;

/**
 * The age of the person the passage names as "the older N" (or "the younger N", ...) as the
 * subject of, or within, a clause of the deed asked (`deeds`: the clauses holding the question's
 * verbs; any clause when it has none), from the nearest sentence before it in the article that
 * gives two or more ages of N; null when there is none or the passage names no one so.
 */
export function comparedAge(
  corpus: Corpus,
  gid: number,
  toks: readonly Tok[],
  deeds: readonly ClauseFrame[],
): string | null {
  const inDeed = (i: number) =>
    !deeds.length ||
    deeds.some((c) => (c.from <= i && i < c.to) || (!!c.subject && c.subject[0] <= i && i < c.subject[1]));
  const at = toks.findIndex(
    (t, i) =>
      /^the$/i.test(toks[i - 1]?.text ?? '') &&
      PICKS[t.text.toLowerCase()] !== undefined &&
      toks[i + 1]?.pos === 'NOUN' &&
      inDeed(i + 1),
  );
  if (at < 0) return null;
  const pick = PICKS[toks[at]!.text.toLowerCase()]!;
  const noun = stemOf(toks[at + 1]!.text.toLowerCase());
  const first = corpus.docOf(gid).firstGid;
  for (let g = gid - 1; g >= Math.max(first, gid - AGES_BACK); g--) {
    const ages = agesOf(corpus.sentenceText(g), noun);
    if (new Set(ages).size < 2) continue;
    return String(pick === 'most' ? Math.max(...ages) : Math.min(...ages));
  }
  return null;
}

/** The ages a sentence gives people of the noun whose stem is `noun`, in order. */
function agesOf(sentence: string, noun: string): number[] {
  return [...sentence.matchAll(AGED_NOUN)].filter((m) => stemOf(m[2]!.toLowerCase()) === noun).map((m) => Number(m[1]));
}

/**
 * "How old are the men?": every age the passage gives people of a plural noun the question asks
 * of ("a 24-year-old man and a 31-year-old man": "24 and 31"), where it gives two or more; one
 * of them alone would answer for only one of the men.
 */
export function everyAge(q: Question, sentence: string): string | null {
  for (const t of q.tokens) {
    if (t.pos !== 'NOUN' || t.lemma === t.text.toLowerCase()) continue;
    const ages = [...new Set(agesOf(sentence, stemOf(t.lemma)))];
    if (ages.length >= 2) return `${ages.slice(0, -1).join(', ')} and ${ages[ages.length - 1]}`;
  }
  return null;
}
