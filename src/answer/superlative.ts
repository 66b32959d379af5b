// "Where was the smallest settlement?", "What is the most common form of X?": a superlative picks
// one thing of several. A passage that lists the settlements, or names one form, without grading
// them that way ("Significant settlements were in A, B and C") does not say which one is the
// smallest, however well its other words match; a question written to look answerable often
// adds the superlative to a passage that has none. The passage answers if it or the sentence
// before writes the superlative's quality (or a word WordNet says may mean it), or grades the same
// quality ("the largest city" for "the biggest"); one grading it the other way is refused as an
// opposite (degree.ts). The quality written ungraded ("a rare bird" for "the rarest") may be the
// one asked. squad-dev abstained 15 more and answered 1 more, wikiqa abstained 2 more.
import type { Token } from '../nlp/annotate.js';
import type { Corpus } from '../corpus/corpus.js';
import { gradesIn } from './degree.js';
import type { Question } from './question.js';

/** Degree words that pick the one of most or least of a quality, not one of more ("smaller"). */
const SUPERLATIVE = /^(?:most|least|\p{L}{2,}est)$/u;

/** Qualities of size that writers grade for one another, which WordNet gives as alike but not as synonyms: "the greatest amount" is "the largest". */
const SIZE = ['big', 'large', 'great'];

/** The question's superlatives of an adjective: the quality's token index and the lemmas it may be. */
function superlativesIn(q: Question): { at: number; quality: string[] }[] {
  return gradesIn(q.tokens).flatMap((g) => {
    const degree = q.tokens[g.at]!;
    if (!SUPERLATIVE.test(degree.text.toLowerCase())) return [];
    // "the most common form": the quality after "most"; "the smallest settlement": the word itself.
    const at = /^(?:most|least)$/i.test(degree.text) ? g.at + 1 : g.at;
    return q.tokens[at]?.pos === 'ADJ' ? [{ at, quality: g.quality }] : [];
  });
}

/** Whether the question grades a quality by a superlative that neither the passage nor the sentence before writes or grades. */
export function lacksTheSuperlative(corpus: Corpus, q: Question, gid: number): boolean {
  const asked = superlativesIn(q);
  if (!asked.length) return false;
  const near: Token[] = [...corpus.tokens(gid)];
  if (gid > 0 && corpus.docOf(gid - 1) === corpus.docOf(gid)) near.push(...corpus.tokens(gid - 1));
  const stems = new Set(near.map((t) => t.stem));
  const lemmas = new Set(near.map((t) => t.lemma));
  const graded = gradesIn(near).flatMap((g) => g.quality);
  return asked.some(({ at, quality }) => {
    const written = [q.tokens[at]!.stem, ...(q.groups.find((g) => g.at === at)?.stems.keys() ?? [])];
    // The quality itself, ungraded ("a rare bird" for "the rarest bird"), may be the one asked.
    if (written.some((st) => stems.has(st)) || quality.some((l) => lemmas.has(l))) return false;
    const alike = new Set(
      quality.flatMap((l) => [l, ...corpus.paraphrasesOf(l).synonyms, ...(SIZE.includes(l) ? SIZE : [])]),
    );
    return !graded.some((l) => alike.has(l));
  });
}
