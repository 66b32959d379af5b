// "Which country signed the treaty?" against "Norland signed a treaty in 1921": the name on the
// side of the question's deed that the wh-phrase stands on, where the mention finder gave the
// name no kind. The subject for a question whose wh-phrase does the deed, the object for one
// asked with "did" ("which island did Norland annex" and "Norland annexed Oster Holm").
import type { Fact } from '../corpus/corpus.js';
import type { Question } from './question.js';
import { lowerWords } from '../text/words.js';

/** Auxiliaries of "do" that make the wh-phrase the object: "which island did Norland annex". */
const DO_FORMS = /^(do|does|did)$/i;
/** A name as the answer: capitalised words, with an article before them at most ("the Norland Republic"). */
const NAME = /^(?:the\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’.-]*){0,4})$/u;

/** Whether the question's wh-phrase is what its deed is done to: asked with "did", or in the passive. */
function asksDoneTo(q: Question): boolean {
  const p = q.predicate;
  if (p?.kind !== 'verb') return false;
  return p.passive || q.tokens.slice(q.whAt + 1, p.at).some((t) => DO_FORMS.test(t.text));
}

/**
 * The name on the wh-phrase's side of one of `facts` (those with the question's verb), whose
 * other side shares a word with the question (`shares`); none the question gives (`given`).
 */
export function nameOnAskedSide(
  q: Question,
  facts: readonly Fact[],
  shares: (text: string) => boolean,
  given: (text: string) => boolean,
): string | null {
  if ((q.wh !== 'what' && q.wh !== 'which') || q.predicate?.kind !== 'verb') return null;
  const doneTo = asksDoneTo(q);
  for (const f of facts) {
    const passive = f.relation.endsWith(' by');
    // The one done to: an active deed's object, a passive's subject; the doer the other way round.
    const [answer, other] = doneTo === passive ? [f.subject, f.object] : [f.object, f.subject];
    const name = NAME.exec(answer.trim())?.[1];
    if (name && shares(other) && !lowerWords(name).every((w) => given(w))) return name;
  }
  return null;
}
