// Which of the words a question gives a passage must write, and the forms that write them. The
// names and numbers a question gives mark what it is about ("in 1803", "the Frisians"); a number
// that says how many answers it wants ("what are the two kinds of ...") marks nothing the passage
// must repeat: "X and Y are the kinds of ..." answers it without writing "two".
import type { Question } from './question.js';
import { SMALL_NUMBER_DIGITS } from '../text/number-words.js';

/** The counts a question may ask its answer to hold: "what two cities", "name three of them". */
const ANSWER_COUNT = new Set([...SMALL_NUMBER_DIGITS].filter(([, d]) => Number(d) >= 2).flatMap(([w, d]) => [w, d]));
/** Words after which a count says how many answers are asked: "what two", "which three", "name two". */
const BEFORE_COUNT = /^(what|which|name|list|give)$/i;
/** Nouns after which a count asks for that many instances: "what are two examples of", not "what are two reasons". */
const INSTANCES = /^(examples|kinds|types|sorts|forms)$/i;
/** Verbs of "what are the two ..." between the wh-word and "the". */
const COPULA = /^(are|were|is|was)$/i;

/**
 * The number words of a question that count its answers rather than mark what it asks about:
 * "What two rivers ...", "What are the three kinds of ...", "What are two examples of ...", "Name
 * two of the ...", when the sentence could list that many. Lower case.
 */
export function answerCountWords(q: Pick<Question, 'tokens'>, sentence: string): Set<string> {
  const out = new Set<string>();
  const toks = q.tokens;
  toks.forEach((t, i) => {
    const w = t.text.toLowerCase();
    if (!ANSWER_COUNT.has(w)) return;
    const before = toks[i - 1]?.text ?? '';
    const counts =
      BEFORE_COUNT.test(before) ||
      (COPULA.test(before) &&
        /^(what|which)$/i.test(toks[i - 2]?.text ?? '') &&
        INSTANCES.test(toks[i + 1]?.text ?? '')) ||
      (/^the$/i.test(before) &&
        COPULA.test(toks[i - 2]?.text ?? '') &&
        /^(what|which)$/i.test(toks[i - 3]?.text ?? ''));
    if (counts && listParts(sentence) >= Number(SMALL_NUMBER_DIGITS.get(w) ?? w)) out.add(w);
  });
  return out;
}

/**
 * How many parts the longest list a sentence could hold has, at most: its commas, semicolons,
 * "and"s and "or"s plus one. A sentence with fewer cannot name as many answers as are asked
 * ("many types of reductions" for "what are the six types").
 */
function listParts(sentence: string): number {
  return sentence.split(/,\s*(?:and|or)\s+|\s+(?:and|or)\s+|[,;]\s*/).length;
}

/**
 * The forms of a people's name a passage may write for the one a question gives: "the Frisians"
 * is written "Frisian" before a noun ("a Frisian fleet"), and "Frisian traders" is about "the
 * Frisians". Only a capitalised name after "the", or before a noun, so that "Olafs campaign"
 * (a possessive typed without its mark) is not read as Robert's.
 */
export function peopleNameForms(q: Pick<Question, 'tokens'>, word: string): string[] {
  const at = q.tokens.findIndex((t) => t.text.toLowerCase() === word && /^\p{Lu}/u.test(t.text));
  if (at < 0 || word.length < PEOPLE_NAME_MIN) return [word];
  if (word.endsWith('s') && /^the$/i.test(q.tokens[at - 1]?.text ?? '')) return [word, word.slice(0, -1)];
  const next = q.tokens[at + 1];
  if (!word.endsWith('s') && next?.pos === 'NOUN' && /^\p{Ll}/u.test(next.text)) return [word, `${word}s`];
  return [word];
}

/** Shortest people's name whose other number counts: shorter ones are acronyms or particles. */
const PEOPLE_NAME_MIN = 5;
