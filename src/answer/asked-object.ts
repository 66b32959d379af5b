// "Who did the firm call in?" gives the doer and asks who the deed was done to: the answer stands
// after the verb in the clause that does the deed (before it, when that clause is passive: "experts
// were called in by the firm"), never the doer or another name of the sentence.
import type { ClauseFrame } from '../extract/clause-frames.js';
import type { Question } from './question.js';
import { ALL_PERSONS, pronouns } from '../text/function-words.js';

/**
 * "who did X verb", "whom will X verb": the question gives the doer and asks the one done to; so
 * does a passive question whose subject is "who" ("who was sacked", "who got sacked by the club").
 */
export function asksObject(q: Question): boolean {
  if (q.predicate?.kind !== 'verb') return false;
  const subject = q.arguments.some((a) => a.role === 'subject');
  if (q.wh === 'who' && q.predicate.passive) return !subject;
  return (
    (q.wh === 'who' || q.tokens[q.whAt]?.text.toLowerCase() === 'whom') &&
    // "who did the firm call in", "who will the club sign", "who has she appointed".
    (q.tokens[q.whAt + 1]?.lemma === 'do' ||
      (q.tokens[q.whAt + 1]?.pos === 'AUX' && q.tokens[q.whAt + 1]?.lemma !== 'be')) &&
    subject
  );
}

/**
 * Whether a fact's doer is the one the question gives: its words, or any doer for a pronoun
 * ("who did they ...") or a passive question that names none ("who was sacked").
 */
export function givesDoer(q: Question, doer: string): boolean {
  const given = q.predicate?.passive
    ? q.arguments.find((a) => a.role === 'by')
    : q.arguments.find((a) => a.role === 'subject');
  if (!given) return q.predicate?.passive === true;
  const words = new Set(doer.toLowerCase().split(/[^\p{L}\p{N}]+/u));
  return PRONOUNS.has(given.words.join(' ')) || given.words.some((w) => words.has(w));
}

const PRONOUNS = new Set(pronouns(ALL_PERSONS, ['subject']));

/**
 * Where the one done to may stand, as token ranges [from, to), in the clauses whose verb is the
 * deed asked (`verbAt`: where the question's verb stands in the sentence); null when no clause does
 * it. An active clause's reach runs to the next clause's verb: the cutter may end a clause at its
 * object ("reported it | to the regulator"), leaving out the phrase the answer is in.
 */
export function objectPlaces(
  clauses: readonly ClauseFrame[],
  verbAt: readonly number[],
  sentenceLength: number,
): [number, number][] | null {
  const own = clauses.filter((c) => verbAt.includes(c.verb));
  const nextVerb = (at: number) => Math.min(...clauses.filter((o) => o.verb > at).map((o) => o.verb), sentenceLength);
  // "came from two goals down to beat City": the deed stands in no clause of its own, an
  // infinitive the reader keeps inside another's; its object follows it.
  if (!own.length) return verbAt.length ? verbAt.map((v): [number, number] => [v + 1, nextVerb(v)]) : null;
  return own.map((c): [number, number] => {
    // A passive clause's subject, which the reader may have found before the clause it cut.
    if (c.passive) return c.subject ? [c.subject[0], c.subject[1]] : [c.from, c.verb];
    return [c.verb + 1, nextVerb(c.verb)];
  });
}
