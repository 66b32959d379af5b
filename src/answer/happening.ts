// "When did the raid happen?": a question that asks when something happened may use any verb of
// happening, and so may the article ("the raid took place at dawn", "it occurred at dawn"): each
// is the deed asked, which a time or an event ("during the storm") placed against it dates.
import type { Tok } from '../corpus/corpus.js';
import type { Token } from '../nlp/annotate.js';

/** Verbs that say only that something happened. */
const HAPPENING = new Set(['happen', 'occur']);

/** Whether the verb at `at` is one of happening: "happened", "occurs", "took place". */
function happensAt(toks: readonly { lemma: string; pos: string; text: string }[], at: number): boolean {
  const t = toks[at];
  if (t?.pos !== 'VERB') return false;
  return HAPPENING.has(t.lemma) || (t.lemma === 'take' && /^place$/i.test(toks[at + 1]?.text ?? ''));
}

/** Where the sentence writes a verb of happening, when the question asks with one; else none. */
export function happeningPositions(question: readonly Token[], toks: readonly Tok[]): number[] {
  if (!question.some((_, i) => happensAt(question, i))) return [];
  return toks.map((_, i) => (happensAt(toks, i) ? i : -1)).filter((i) => i >= 0);
}
