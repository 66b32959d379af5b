// An answer that would be a whole overlong sentence is cut to the part holding the question's words.
import { stemOf } from '../nlp/annotate.js';
import { textWords } from '../text/words.js';
import type { Words } from './rank-passages.js';

/**
 * The longest answer given as one piece: a sentence longer than this is a list or table run
 * together ("X may stand for: Medicine: ... Military: ..."), whose whole buries the part asked.
 * Lower cuts more long written sentences (the citation still holds each whole); higher leaves
 * more run-together lists whole.
 */
export const ANSWER_MAX_CHARS = 400;

/**
 * The sentence itself when it fits ANSWER_MAX_CHARS; else the run of its clauses (cut after
 * , ; :) within that length holding the most of the question's weighed words, the shortest such
 * run first, marked "…" where cut. A sentence with no such run (no clause holds a question word,
 * or none fits) stays whole.
 */
export function answerExcerpt(sentence: string, words: Words): string {
  if (sentence.length <= ANSWER_MAX_CHARS) return sentence;
  const cuts = [0, ...[...sentence.matchAll(/[,;:]\s+/g)].map((m) => m.index + m[0].length), sentence.length];
  const pieces = cuts
    .slice(0, -1)
    .map((from, i) => ({ from, to: cuts[i + 1]!, stems: stemsOf(sentence.slice(from, cuts[i + 1])) }));
  let best: { from: number; to: number; weight: number } | null = null;
  for (let i = 0; i < pieces.length; i++) {
    const held = new Set<string>();
    for (let j = i; j < pieces.length && pieces[j]!.to - pieces[i]!.from <= ANSWER_MAX_CHARS; j++) {
      for (const st of pieces[j]!.stems) held.add(st);
      const weight = words.groups.reduce(
        (sum, g) => sum + g.weight * Math.max(0, ...g.stems.map((st, k) => (held.has(st) ? g.shares[k]! : 0))),
        0,
      );
      const from = pieces[i]!.from;
      const to = pieces[j]!.to;
      if (weight > 0 && (!best || weight > best.weight || (weight === best.weight && to - from < best.to - best.from)))
        best = { from, to, weight };
    }
  }
  if (!best) return sentence;
  const part = sentence
    .slice(best.from, best.to)
    .trim()
    .replace(/\s*[,;:]$/, '');
  return (best.from > 0 ? '… ' : '') + part + (best.to < sentence.length ? ' …' : '');
}

function stemsOf(text: string): Set<string> {
  return new Set(textWords(text).map(stemOf));
}
