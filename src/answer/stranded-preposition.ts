// "Who are the Americans sensitive to?", "who did they sign it with?": a question ending on a
// preposition asks for what stands after that preposition in the passage, where it follows the
// question's own word ("sensitive to Russia's presence"), not for any name of the sentence.
// A bond that holds both ways is asked either way: "who was Lund married to" of "Finch was
// married to Lund" is answered by the one before it.
import type { Tok } from '../corpus/corpus.js';
import type { ClauseFrame } from '../extract/clause-frames.js';
import type { Question } from './question.js';

/** Most words of the phrase after the preposition where its name may stand: "to the new Russian envoy". */
const PHRASE_WORDS = 5;
/** Words of a bond that holds both ways, whose "to" names the other side (lemmas, and as the tagger may read them). */
const MUTUAL = new Set(['marry', 'married', 'engage', 'engaged', 'wed', 'wedded']);
/** Most words between the question's word and the preposition in the passage: "sensitive, perhaps, to". */
const GAP_WORDS = 2;

/**
 * Token ranges of the phrases after the question's last word, a preposition, where the passage
 * writes it after a word the question has; null when the question does not end on one or the
 * passage has no such phrase.
 */
export function afterStrandedPreposition(
  q: Question,
  toks: readonly Tok[],
  clauses: readonly ClauseFrame[],
): [number, number][] | null {
  const words = q.tokens.filter((t) => t.pos !== 'PUNCT');
  const last = words.at(-1);
  if (!last || !/^(ADP|PART)$/.test(last.pos) || words.length < 3) return null;
  // "Who are the Americans sensitive to": the question has a subject of its own after its
  // auxiliary; in "who is able to deal with" the one asked is the subject.
  const [wh, aux, subject] = [q.tokens[q.whAt], q.tokens[q.whAt + 1], q.tokens[q.whAt + 2]];
  if (q.whAt !== 0 || !wh || aux?.pos !== 'AUX' || !/^(DET|NOUN|PROPN|PRON)$/.test(subject?.pos ?? '')) return null;
  const preposition = last.text.toLowerCase();
  // The words of the question's own subject ("lund" of "who was Lund married to").
  const given = new Set(
    q.arguments.filter((a) => a.role === 'subject').flatMap((a) => a.words.map((w) => w.toLowerCase())),
  );
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
    // "Finch was married to Lund" asked of Lund: the spouse is the clause's subject.
    const subjectOf = (c: ClauseFrame | undefined) => (c?.subject && c.subject[1] <= i ? c.subject : null);
    const other =
      before.some((b) => MUTUAL.has(b.lemma)) && toks.slice(i + 1, end).some((t) => given.has(t.text.toLowerCase()))
        ? subjectOf(clauses.find((c) => c.from <= i && i < c.to))
        : null;
    ranges.push(other ?? [i + 1, end]);
  });
  // A passage that writes no such phrase may still name the one asked otherwise ("Foster v British Gas").
  return ranges.length ? ranges : null;
}
