// "How old is the woman who was charged?": the relative clause picks which woman is asked of, so
// a passage tells of her only where it writes that deed as a deed ("has since been charged"). One
// writing the word only as a noun ("released without charge") or not at all tells of another of
// the women, however many of the question's words it holds.
import type { Corpus } from '../corpus/corpus.js';
import type { Question } from './question.js';

/** The word that opens a relative clause picking a person ("that" picks things, which passages name in other words). */
const RELATIVE = /^who$/i;
/** Words between the relative pronoun and its verb: "who was", "who has since been". */
const BEFORE_VERB = new Set(['AUX', 'ADV', 'PART']);

/** The position of the verb of a relative clause that picks a noun of the question ("the woman who was charged"), or -1. */
function relativeVerbAt(q: Question): number {
  for (let i = 1; i < q.tokens.length; i++) {
    if (q.tokens[i - 1]!.pos !== 'NOUN' || !RELATIVE.test(q.tokens[i]!.text)) continue;
    let k = i + 1;
    while (k < q.tokens.length && BEFORE_VERB.has(q.tokens[k]!.pos)) k++;
    return q.tokens[k]?.pos === 'VERB' ? k : -1;
  }
  return -1;
}

/** Whether the question picks someone by a deed (a relative clause) that the passage never writes as a verb. */
export function lacksTheRelativeDeed(corpus: Corpus, q: Question, gid: number): boolean {
  const at = relativeVerbAt(q);
  const deed = at >= 0 ? q.groups.find((g) => g.at === at) : undefined;
  if (!deed?.stems.size) return false;
  return !corpus.tokens(gid).some((t) => t.pos === 'VERB' && deed.stems.has(t.stem));
}
