// "Who are the Americans sensitive to?", "who did they sign it with?": a question ending on a
// preposition asks for what stands after that preposition in the passage, where it follows the
// question's own word ("sensitive to Russia's presence"), not for any name of the sentence.
import type { Tok } from '../corpus/corpus.js';
import type { Question } from './question.js';

/** Most words of the phrase after the preposition where its name may stand: "to the new Russian envoy". */
const PHRASE_WORDS = 5;
/** Most words between the question's word and the preposition in the passage: "sensitive, perhaps, to". */
const GAP_WORDS = 2;

/**
 * Token ranges of the phrases after the question's last word, a preposition, where the passage
 * writes it after a word the question has; null when the question does not end on one or the
 * passage has no such phrase.
 */
export function afterStrandedPreposition(q: Question, toks: readonly Tok[]): [number, number][] | null {
  const words = q.tokens.filter((t) => t.pos !== 'PUNCT');
  const last = words.at(-1);
  if (!last || !/^(ADP|PART)$/.test(last.pos) || words.length < 3) return null;
  // "Who are the Americans sensitive to": the question has a subject of its own after its
  // auxiliary; in "who is able to deal with" the one asked is the subject.
  const [wh, aux, subject] = [q.tokens[q.whAt], q.tokens[q.whAt + 1], q.tokens[q.whAt + 2]];
  if (q.whAt !== 0 || !wh || aux?.pos !== 'AUX' || !/^(DET|NOUN|PROPN|PRON)$/.test(subject?.pos ?? '')) return null;
  const preposition = last.text.toLowerCase();
  const stems = new Set(
    words
      .slice(0, -1)
      .filter((t) => /^(NOUN|VERB|ADJ)$/.test(t.pos))
      .map((t) => t.stem),
  );
  const ranges: [number, number][] = [];
  toks.forEach((t, i) => {
    if (t.text.toLowerCase() !== preposition) return;
    const before = toks.slice(Math.max(0, i - 1 - GAP_WORDS), i);
    if (!before.some((b) => stems.has(b.stem))) return;
    let end = i + 1;
    while (end < toks.length && end <= i + PHRASE_WORDS && toks[end]!.pos !== 'PUNCT' && toks[end]!.pos !== 'VERB')
      end++;
    ranges.push([i + 1, end]);
  });
  // A passage that writes no such phrase may still name the one asked otherwise ("Foster v British Gas").
  return ranges.length ? ranges : null;
}
