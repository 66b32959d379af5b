// "What culture did the Normans combine with?" against "the Normans had a profound effect on Irish
// culture": the noun the question names its answer by ("culture", "kind of arches", "the name of
// the castle") written in the sentence with a word that says which one ("Irish culture", "rounded
// arches", "a tradition of singing"), a word the question does not give. A sentence that only
// repeats the question's own words around that noun does not say which one; this one does.
import { stemOf } from '../nlp/annotate.js';
import { STOP_WORDS } from '../nlp/stop-words.js';
import type { Question } from './question.js';
import type { SentencePieces } from './contrast.js';

/** Nouns that name no kind of their own: "what kind of arches" asks by "arches", "the name of the castle" by "castle". */
const KIND_WORDS = new Set(['name', 'kind', 'type', 'sort', 'form', 'example', 'instance', 'term', 'word', 'part']);

/** Words after the noun that go on to say which one: "arches such as", "a song called". */
const NAMING = new Set(['called', 'named', 'including']);

/**
 * The stems of the noun a "what"/"which" question names its answer by: the head of the noun run
 * after the wh-word ("what European country"), or after its copula ("what is the Norman
 * architecture idiom"), a kind word followed by "of" giving way to the noun after ("what type of
 * Turing machine"). Empty when the question names none.
 */
export function kindHeads(q: Pick<Question, 'tokens' | 'wh' | 'whAt'>): Set<string> {
  const out = new Set<string>();
  if ((q.wh !== 'what' && q.wh !== 'which') || q.whAt < 0) return out;
  const { tokens } = q;
  let k = q.whAt + 1;
  if (tokens[k]?.lemma === 'be') {
    k++;
    while (tokens[k] && (/^(DET|PROPN|ADJ|PART)$/.test(tokens[k]!.pos) || /^['’]s$/.test(tokens[k]!.text))) k++;
  }
  for (;;) {
    let head: number | null = null;
    while (tokens[k] && /^(ADJ|NOUN|PROPN)$/.test(tokens[k]!.pos)) {
      if (tokens[k]!.pos === 'NOUN') head = k;
      k++;
    }
    if (head === null) return out;
    const lemma = tokens[head]!.lemma.toLowerCase();
    if (KIND_WORDS.has(lemma) && tokens[k]?.text.toLowerCase() === 'of') {
      k++;
      while (tokens[k]?.pos === 'DET') k++;
      continue;
    }
    if (KIND_WORDS.has(lemma)) return out;
    out.add(tokens[head]!.stem);
    out.add(stemOf(lemma));
    return out;
  }
}

/** A word that may say which one: not a function word, a number or a word the question gives. */
const tells = (word: string | undefined, stem: string | undefined, asked: Set<string>) =>
  !!word && !!stem && !STOP_WORDS.has(word) && !/^\d/.test(word) && !asked.has(stem);

/**
 * 1 when the sentence writes a head noun asked with a word the question does not give right
 * before it ("Irish culture"), after "of" right after it ("a tradition of singing"), or after a
 * word that names it ("arches such as", "a castle called"); 0 otherwise.
 */
export function writesWhichKind(heads: Set<string>, sentence: SentencePieces, asked: Set<string>): number {
  if (!heads.size) return 0;
  const { pieces, stems } = sentence;
  for (let i = 0; i < pieces.length; i++) {
    if (!pieces[i] || !heads.has(stems[i]!)) continue;
    if (tells(pieces[i - 1], stems[i - 1], asked)) return 1;
    const next = pieces[i + 1];
    if ((next === 'of' || (next && NAMING.has(next))) && tells(pieces[i + 2], stems[i + 2], asked)) return 1;
    if (next === 'such' && pieces[i + 2] === 'as' && tells(pieces[i + 3], stems[i + 3], asked)) return 1;
  }
  return 0;
}
