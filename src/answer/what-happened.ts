// "What happened to X?": an event is asked, which a sentence saying only what something is ("X is
// a drama series made by Y", "Y was a painter, best known as ...") does not tell, however much of
// X's name it holds: an encyclopaedia's opening wins such questions on its words alone.
import type { Question } from './question.js';
import { withoutAsides } from '../text/words.js';

/** Verbs that ask only that something happened. */
const HAPPENING = new Set(['happen', 'occur']);

/** Whether the question asks "what happened (to X)". */
export function asksWhatHappened(q: Question): boolean {
  return q.wh === 'what' && q.whAt === 0 && q.predicate?.kind === 'verb' && HAPPENING.has(q.predicate.lemma);
}

/** A copula giving what the subject is: "is a", "was the", "are one of". */
const IDENTITY = /\s(?:is|are|was|were)\s+(?:a|an|the|one\s+of)\s/i;

/** Whether the sentence's first clause (to its first comma or semicolon, asides left out) says what something is. */
export function saysOnlyWhatItIs(sentence: string): boolean {
  return IDENTITY.test(` ${withoutAsides(sentence).split(/[,;]/)[0]!} `);
}
