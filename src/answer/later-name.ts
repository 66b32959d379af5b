// A passage that comes before the name asked. A question names what it asks about ("When did
// Ostrander open the mill?"); a passage answers it only if it is about that name: it writes it, or
// follows a sentence of its paragraph that does ("He opened the mill in 1880"). Where the
// paragraph writes the name only after the passage, the passage is about something else: the
// question took the name from a later sentence, where it does something else.
import { stemOf } from '../nlp/annotate.js';
import type { Corpus } from '../corpus/corpus.js';
import { COUNTRY_BY_DEMONYM } from '../extract/countries.js';
import { NUMBER_WORDS } from '../text/number-words.js';
import { entityNameWords, lowerPieces } from '../text/words.js';
import type { Question } from './question.js';

/**
 * The words of the names a question gives: a proper noun, a demonym, a word of a name the articles
 * know; not a number, nor a common noun written capitalised ("What French City").
 */
function askedNames(q: Question): string[] {
  const nameWords = new Set(q.focus.flatMap(entityNameWords));
  const proper = new Set(q.tokens.filter((t) => t.pos === 'PROPN').map((t) => t.text.toLowerCase()));
  return (
    q.required
      .map(([w]) => w)
      .filter(
        (w): w is string =>
          w !== undefined &&
          !/^\d/.test(w) &&
          !NUMBER_WORDS.has(w) &&
          (proper.has(w) || nameWords.has(w) || COUNTRY_BY_DEMONYM.has(w)),
      )
      // "D'Angelo" as the text writes its distinctive part.
      .map((w) => lowerPieces(w).reduce((a, b) => (b.length > a.length ? b : a), ''))
  );
}

/** Shortest name word read as the clipped start of a longer one ("Penn", "Mass"): shorter ones start too many words. */
const CLIPPED_MIN = 4;

/** A word as compared: its stem, a demonym as its country's ("French" names France). */
const keysOf = (word: string): string[] => {
  const country = COUNTRY_BY_DEMONYM.get(word);
  return country ? [stemOf(word), ...lowerPieces(country).map(stemOf)] : [stemOf(word)];
};

/** What a stretch of a document's text says, as keysOf gives it. */
const keysIn = (text: string) => new Set(lowerPieces(text).filter(Boolean).flatMap(keysOf));
/** Its words written as names (capitalised), as keysOf gives them: "city" later is no "City" asked. */
const namesIn = (text: string) =>
  new Set((text.match(/\p{Lu}[\p{L}\p{N}]*/gu) ?? []).flatMap((w) => keysOf(w.toLowerCase())));

/**
 * Whether a name the question gives stands in the passage's paragraph only after the passage:
 * neither the passage, nor the sentence before it, nor anything earlier in its paragraph writes it
 * or names what it names.
 */
export function namesOnlyLater(corpus: Corpus, q: Question, gid: number): boolean {
  const names = askedNames(q);
  if (!names.length) return false;
  const ref = corpus.sentence(gid);
  const para = ref.doc.paragraphs[ref.s.paragraph]!;
  const later = namesIn(ref.doc.text.slice(ref.s.end, para.end));
  const onlyLater = names.filter((w) => keysOf(w).some((k) => later.has(k)));
  if (!onlyLater.length) return false;
  // The sentence before may close the paragraph before: a story's name runs on across the break.
  const docFirst = gid - ref.index;
  let first = ref.index > 0 ? gid - 1 : gid;
  while (first > docFirst && corpus.sameParagraph(first - 1, gid)) first--;
  const start = ref.doc.sentences[first - docFirst]!.start;
  const text = ref.doc.text;
  const upTo = keysIn(text.slice(start, ref.s.end));
  // What the name stands for, written another way before ("the Americans" for "U.S."): its entity mentioned.
  const mentioned = new Set<string>();
  for (let g = first; g <= gid; g++)
    for (const m of corpus.mentionsIn(g)) {
      const e = corpus.entityOf(ref.doc, m.entity);
      if (e) entityNameWords(e).forEach((w) => mentioned.add(w));
    }
  // The word itself, clipped ("Penn" of "Pennsylvania"), or its entity under another name; not
  // another word of its name ("William" of "William Smith"), which may be another's ("William Pitt").
  const before = lowerPieces(text.slice(start, ref.s.end));
  return onlyLater.some(
    (w) =>
      !keysOf(w).some((k) => upTo.has(k)) &&
      !mentioned.has(w) &&
      !(w.length >= CLIPPED_MIN && before.some((b) => b.startsWith(w))),
  );
}
