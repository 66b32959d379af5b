// "When did Anna leave the town?" against "Marta left the town in 1990": the deed asked, done by
// someone the question does not name. The date, place or amount of that clause is another
// person's, so it does not answer. Only when both name their doer: a pronoun or a common noun
// ("the council") may stand for the one asked.
import type { Corpus, Tok } from '../corpus/corpus.js';
import { nameKey } from '../text/name-key.js';
import type { ClauseFrame } from '../extract/clause-frames.js';

/**
 * Whether every clause of the sentence with the question's verb (`verbAt`, token positions) has
 * an active subject of proper names of which none is the question's (`asked`: the question's
 * words, lower case), while the question names its own doer before its verb (`question`; `isName`
 * tells a name typed in lower case).
 */
export function doneByAnother(
  toks: Tok[],
  clauses: readonly ClauseFrame[],
  verbAt: readonly number[],
  asked: ReadonlySet<string>,
  question: readonly { text: string; pos: string; lemma: string }[],
  isName: (words: readonly string[]) => boolean,
): boolean {
  const verb = question.findIndex((t, i) => i > 0 && t.pos === 'VERB');
  if (verb < 0) return false;
  const doer = question.slice(1, verb);
  // A name may be typed in lower case ("did the harbour party win"): words the articles name something by.
  const typedName = doer.some((_, i) =>
    [1, 2, 3].some((n) => i + n <= doer.length && isName(doer.slice(i, i + n).map((t) => t.text))),
  );
  const own = clauses.filter((c) => verbAt.includes(c.verb));
  if (!own.length) return false;
  if (!doer.some((t) => t.pos === 'PROPN') && !typedName) return doerWrittenApart(toks, clauses, own, doer);
  return own.every((c) => {
    if (c.passive || !c.subject) return false;
    const subject = toks.slice(c.subject[0], c.subject[1]);
    // A lone capital is a unit or an initial ("mg·L−1"), no name of its own.
    const names = subject.filter((t) => t.pos === 'PROPN' && /\p{L}\p{L}/u.test(t.text));
    if (!names.length || names.some((t) => asked.has(t.text.toLowerCase()) || asked.has(t.stem))) return false;
    // A subject of names only, or one holding a name the articles give ("The far-right Norland
    // First party won"); a capital alone ("Planetary geologists") may only open the sentence.
    return (
      subject.every((t) => t.pos === 'PROPN' || t.pos === 'PUNCT' || t.pos === 'CCONJ') ||
      isName(names.map((t) => t.text))
    );
  });
}

/**
 * "Where did the tribunal sit?" against "Judge X, sitting in London, ruled that the tribunal had
 * erred": the noun the question's doer ends on is the subject of another clause of the sentence,
 * while each clause of the deed asked has a subject of other words (no pronoun, which may stand
 * for it). The sentence tells them apart, so the deed is another's.
 */
function doerWrittenApart(
  toks: Tok[],
  clauses: readonly ClauseFrame[],
  own: readonly ClauseFrame[],
  doer: readonly { pos: string; lemma: string }[],
): boolean {
  // "Where was the decision announced": a passive question's noun is what the deed was done to.
  if (doer.some((t) => t.lemma === 'be')) return false;
  const head = [...doer]
    .reverse()
    .find((t) => t.pos === 'NOUN')
    ?.lemma.toLowerCase();
  if (!head) return false;
  const subjectOf = (c: ClauseFrame) => (c.subject ? toks.slice(c.subject[0], c.subject[1]) : []);
  const holds = (c: ClauseFrame) => subjectOf(c).some((t) => t.lemma.toLowerCase() === head);
  return (
    own.every((c) => {
      const subject = subjectOf(c);
      return !c.passive && subject.some((t) => t.pos === 'PROPN' || t.pos === 'NOUN') && !holds(c);
    }) && clauses.some((c) => !own.includes(c) && holds(c))
  );
}

/** Whether words, as typed, are a name or alias of one of the articles' entities. */
export const entityNamed =
  (corpus: Corpus) =>
  (words: readonly string[]): boolean =>
    corpus.entitiesByName.has(nameKey(words.join(' ')));
