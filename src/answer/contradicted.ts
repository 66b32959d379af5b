// A question written against a passage that says otherwise. The passage that matches a question
// best, refused because it turns the question around (a negation, a thing it denies, an opposite, another number or
// ordinal, a name written only later, a quality it never gives), shows what the question was made
// from: that passage says the question's premise is not so. A lower passage that matches fewer of
// its words then answers another question, however far above the threshold it scores; so the
// article does not say. A best passage refused for naming another thing of the kind ("the older Quay Mill" for
// "Harbour Mill"), another's or another count is about something else, and says nothing against
// a lower passage about the thing asked. Nor does a best passage giving another ordinal ("the first
// series") say anything against a lower one giving the ordinal asked ("the third series").
// A best passage refused for lacking a year the question gives, while writing another in its
// place ("published in 1775" for "in 1774"), says otherwise as another number does. A passage
// refused for an opposite that would match best but for its opposite's weight says otherwise too.
import type { Corpus } from '../corpus/corpus.js';
import { NEGATION_REACH, NEGATIVE_WORD, opposedWords } from './contrast.js';
import { deniedWordOf } from './denied-word.js';
import { givesTheOrdinalAsked } from './another-ordinal.js';
import { writesAnotherYear } from './other-number.js';
import { describedOtherwise, grades } from './other-modifier.js';
import type { Question } from './question.js';
import { contributions } from './passage-score.js';
import type { AntonymSource } from './antonyms.js';
import { lowerPieces } from '../text/words.js';
import { answerKindNouns, type RankedPassage, type Requirement } from './rank-passages.js';

/** Requirements a passage fails by saying otherwise of the thing asked, not by lacking something or being about another. */
const SAYS_OTHERWISE = new Set<Requirement>([
  'namedLater',
  'opposite',
  'onlyAffirmative',
  'deniedWord',
  'anotherNumber',
  'anotherOrdinal',
  'deniedDeed',
  'deniedThing',
  'otherQuality',
]);

/** The requirements of a negated question: its best passage says the deed happened. */
const AFFIRMS = new Set<Requirement>(['deniedWord', 'onlyAffirmative']);

/**
 * Whether the best-scoring passage that may answer (accept) says otherwise than the question asks,
 * so that the passage chosen (answering) answers another question. A negated question's answer
 * that itself denies the word the question negates ("they do not hunt insects") says what did not
 * happen, as asked.
 */
export function bestMatchSaysOtherwise(
  corpus: Corpus,
  q: Question,
  ranked: readonly RankedPassage[],
  answering: RankedPassage,
  accept: (gid: number) => boolean,
  antonyms: AntonymSource,
): boolean {
  if (ranked.some((r) => accept(r.gid) && turnedRoundFrom(corpus, q, antonyms, r, answering))) return true;
  const top = ranked.find((r) => accept(r.gid));
  if (top?.refusedFor === 'required' && writesAnotherYear(corpus, q, top.gid)) return true;
  if (!top?.refusedFor || !SAYS_OTHERWISE.has(top.refusedFor)) return false;
  if (top.refusedFor === 'anotherOrdinal') return !givesTheOrdinalAsked(corpus, q, answering.gid);
  if (top.refusedFor === 'otherQuality' && describesOnlyAnotherAttribute(corpus, q, top.gid)) return false;
  return !(AFFIRMS.has(top.refusedFor) && deniesTheWord(corpus, q, answering.gid));
}

/**
 * Whether a passage refused for holding the opposite of a word asked ("lower doses" for "higher
 * doses") matches the question better than the one answering, its opposite's weight taken out, and
 * holds as much of the question's words: the question was made from it and turned round, and the
 * answering passage, which scores higher only because that weight sets the other below it,
 * answers another question.
 */
function turnedRoundFrom(
  corpus: Corpus,
  q: Question,
  antonyms: AntonymSource,
  r: RankedPassage,
  answering: RankedPassage,
): boolean {
  if (r === answering || r.parts.opposite !== 1) return false;
  const match = r.score - contributions(r.parts).opposite;
  if (match <= answering.score || r.parts.coverage < answering.parts.coverage || r.refusedFor !== 'opposite')
    return false;
  // An answering passage that writes the word turned round ("higher") says what was asked, as asked.
  const written = new Set(lowerPieces(corpus.sentenceText(answering.gid)));
  return !opposedWords(corpus, q, r.gid, antonyms).some((w) => written.has(w));
}

/**
 * Whether the passage describes otherwise only the attribute a "what" question asks ("what is the
 * scientific name of X" against "the common name of X is ..."): it gives another attribute of the
 * thing asked, which says nothing against the question's premise. Not a quality that grades
 * ("the youngest rock" against "the oldest rocks"), which picks which thing is asked.
 */
function describesOnlyAnotherAttribute(corpus: Corpus, q: Question, gid: number): boolean {
  if (q.wh !== 'what' && q.wh !== 'which') return false;
  const kind = answerKindNouns(q);
  const otherwise = describedOtherwise(corpus, q, gid);
  return otherwise.length > 0 && otherwise.every(([m, n]) => kind.has(n) && !grades(q.tokens[m]!));
}

/** Whether the sentence writes the word the question negates with a negative word shortly before it. */
function deniesTheWord(corpus: Corpus, q: Question, gid: number): boolean {
  const denied = deniedWordOf(q);
  if (!denied) return false;
  const toks = corpus.tokens(gid);
  return toks.some(
    (t, i) =>
      (t.lemma === denied.lemma || t.stem === denied.stem) &&
      toks.slice(Math.max(0, i - NEGATION_REACH), i).some((n) => NEGATIVE_WORD.test(n.text.toLowerCase())),
  );
}
