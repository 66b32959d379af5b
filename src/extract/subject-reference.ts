// An encyclopaedia article names its subject once, in the sentence that defines it ("Ada Quill
// (1901–1960) was a Welsh engineer."), and then goes on with "She", "Her bridges", "Known for
// ..., she", "the engineer": those sentences are about the subject though they do not write its
// name. They are stored with the subject's words, marked (SUBJECT_MARK) so that which words are
// rare stays as the text has it, and a question that names the subject ("how did Ada Quill
// die") is held by "Her death in a flood ..." as by a sentence that names her. A news report's
// headline is no name its lead defines, so news articles get none.
import type { AnnotatedSentence, Token } from '../nlp/annotate.js';
import { stemOf } from '../nlp/annotate.js';
import { isContentTerm } from './lexicon.js';

/** Marks a subject's stem among a sentence's index terms: no word of the text begins with it. */
export const SUBJECT_MARK = '\u0002';

/** Sentences from the first a defining sentence may stand at: a caption line may come before it. */
const DEFINING_REACH = 2;
/** Words an opening phrase ("Known as the RCA Building until 1988,") may run to before the pronoun that is its clause's subject. */
const OPENING_PHRASE_MAX = 12;

const PERSON_PRONOUNS = new Set(['he', 'she', 'his', 'her']);
const THING_PRONOUNS = new Set(['it', 'its', 'they', 'their']);

/** What follows a clause's subject directly: its verb. */
const CLAUSE_VERB = new Set(['VERB', 'AUX']);

/** Words that open an introductory phrase before the clause's subject: a participle, a preposition, an adverb. */
const OPENING_POS = new Set(['VERB', 'ADP', 'ADV', 'SCONJ']);

/**
 * For each sentence of the first paragraph (by its place in `sentences`) that refers to the
 * article's subject without naming it, the subject's stems it lacks. `title` names the subject;
 * a sentence among the first that writes every word of the title before its "is" or "was"
 * defines it.
 */
export function subjectReferences(
  title: string,
  sentences: readonly AnnotatedSentence[],
  paragraphOf: readonly number[],
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const subject = titleStems(title);
  if (!subject.length) return out;
  let defining = -1;
  let copulaAt = -1;
  for (let i = 0; i < Math.min(DEFINING_REACH, sentences.length) && paragraphOf[i] === paragraphOf[0]; i++) {
    const toks = sentences[i]!.tokens;
    const be = toks.findIndex((t) => t.lemma === 'be' && (t.pos === 'AUX' || t.pos === 'VERB'));
    if (be < 0) continue;
    const before = new Set(toks.slice(0, be).map((t) => t.stem));
    if (subject.every((st) => before.has(st))) {
      defining = i;
      copulaAt = be;
      break;
    }
  }
  if (defining < 0) return out;
  const definingToks = sentences[defining]!.tokens;
  // A person's first sentence gives a birth or life dates in brackets ("(born 1968)", "(1901–1960)");
  // the name finder's kinds are no guide here, as it takes most names of works for people.
  const person = lifeDates(definingToks, copulaAt);
  const pronouns = person ? PERSON_PRONOUNS : THING_PRONOUNS;
  const classNoun = classNounOf(definingToks, copulaAt);
  for (let i = defining + 1; i < sentences.length && paragraphOf[i] === paragraphOf[defining]; i++) {
    const toks = sentences[i]!.tokens;
    if (!refersToSubject(toks, pronouns, classNoun)) continue;
    const own = new Set(toks.map((t) => t.stem));
    const missing = subject.filter((st) => !own.has(st));
    if (missing.length) out.set(i, missing);
  }
  return out;
}

/** The stems of the title's content words, without a part in brackets ("(TV series)" says which article, not what it is about). */
function titleStems(title: string): string[] {
  const words = title.replace(/\([^)]*\)/g, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  return [...new Set(words.map(stemOf).filter((st) => isContentTerm(st)))];
}

/**
 * Whether the sentence's first clause has the subject for its subject: it opens with a pronoun
 * of the subject's kind ("She", "Its duties"), or with one after an opening phrase ("Known as
 * ..., it"), or with "the" and a noun the defining sentence classes the subject by, or with
 * "the" and a noun its verb follows.
 */
function refersToSubject(toks: readonly Token[], pronouns: Set<string>, classNoun: string | null): boolean {
  const first = toks[0];
  if (!first) return false;
  if (pronouns.has(first.text.toLowerCase())) return true;
  if (OPENING_POS.has(first.pos)) {
    const comma = toks.findIndex((t, k) => k <= OPENING_PHRASE_MAX && t.text === ',');
    if (comma > 0 && pronouns.has(toks[comma + 1]?.text.toLowerCase() ?? '')) return true;
  }
  if (/^(the|this)$/i.test(first.text)) {
    let k = 1;
    while (toks[k] && (toks[k]!.pos === 'ADJ' || (toks[k]!.pos === 'NOUN' && toks[k + 1]?.pos === 'NOUN'))) k++;
    const head = toks[k];
    if (head?.pos !== 'NOUN' || toks[k + 1]?.lemma === 'of') return false;
    // Or another noun for it, as the subject of the clause ("The tournament was won by ..."):
    // a first paragraph goes on about its subject, and names what else it speaks of.
    return head.lemma === classNoun || CLAUSE_VERB.has(toks[k + 1]?.pos ?? '');
  }
  return false;
}

/**
 * The noun the defining sentence classes the subject by: the head of the phrase after its "is"
 * ("an American technology company" -> "company", "one of the first major crises" -> "crisis").
 */
function classNounOf(toks: readonly Token[], copulaAt: number): string | null {
  let k = copulaAt + 1;
  if (toks[k]?.lemma === 'one' && toks[k + 1]?.lemma === 'of') k += 2;
  while (toks[k] && /^(DET|ADJ|ADV|NUM|PROPN)$/.test(toks[k]!.pos)) k++;
  let head: Token | null = null;
  while (toks[k]?.pos === 'NOUN') head = toks[k++]!;
  return head?.lemma ?? null;
}

/** Whether brackets before the copula hold "born" or a year, as a person's first sentence gives them. */
function lifeDates(toks: readonly Token[], copulaAt: number): boolean {
  const open = toks.findIndex((t, k) => k < copulaAt && t.text === '(');
  if (open < 0) return false;
  for (let k = open + 1; k < copulaAt && toks[k]!.text !== ')'; k++)
    if (toks[k]!.lemma === 'bear' || /^1\d{3}$|^20\d\d$/.test(toks[k]!.text)) return true;
  return false;
}
