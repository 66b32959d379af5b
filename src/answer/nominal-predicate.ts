// "What are the uses for GUIs?", "what were the charges against her?": a question whose only verb
// is a copula asks its deed through a noun. A sentence whose clause has that deed as its verb
// ("GUIs can be used in ...", "she was charged with ...") answers it as a clause with the
// question's own verb would: the noun itself used as a verb, or a verb WordNet derives it from.
import type { Corpus } from '../corpus/corpus.js';
import type { Question } from './question.js';
import { stemOf } from '../nlp/annotate.js';

/** Verbs that carry no deed of their own: a question with only these asks its deed by a noun, if at all. */
const COPULAR = new Set(['be', 'have', 'do']);

/**
 * Nouns too general to name a deed when used as a verb ("the name of X" is not "X was named",
 * "what part" is not "X parted"), and ones that name the kind of answer.
 */
const NOT_DEEDS = new Set([
  'name',
  'part',
  'kind',
  'type',
  'sort',
  'way',
  'place',
  'time',
  'year',
  'date',
  'day',
  'number',
  'people',
  'person',
  'thing',
  'work',
  'point',
  'state',
  'area',
  'form',
  'term',
  'word',
]);

/**
 * The verb lemmas a copular question's deed nouns ask ("the uses for" -> use, "the charges
 * against" -> charge, "the decision on" -> decide); none for a question with a verb of its own.
 * A deed noun is one written as a relation, with a preposition after it: "what is the charge"
 * alone asks what it is, not what was charged.
 */
function nominalDeeds(corpus: Corpus, q: Question): Set<string> {
  const out = new Set<string>();
  const p = q.predicate;
  if (p?.kind !== 'verb' || !COPULAR.has(p.lemma)) return out;
  if (q.tokens.some((t, i) => i !== q.whAt && t.pos === 'VERB' && !COPULAR.has(t.lemma))) return out;
  q.tokens.forEach((t, i) => {
    if (t.pos !== 'NOUN' || i <= p.at || NOT_DEEDS.has(t.lemma) || q.tokens[i + 1]?.pos !== 'ADP') return;
    out.add(t.lemma);
    for (const d of corpus.paraphrasesOf(t.lemma).derived) out.add(d);
  });
  return out;
}

/**
 * Whether a clause of the sentence does the deed a copular question names by a noun, and shares a
 * word with the question by stem ("the uses for GUIs" and "GUIs can be used").
 */
export function actsAsNamed(corpus: Corpus, q: Question, gid: number): boolean {
  const deeds = nominalDeeds(corpus, q);
  if (!deeds.size) return false;
  const stems = new Set(q.tokens.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').map((t) => t.stem));
  return corpus.factsIn(gid).some(
    (f) =>
      deeds.has(f.verb) &&
      `${f.subject} ${f.object}`
        .toLowerCase()
        .split(/[\s’']+/)
        .some((w) => w && stems.has(stemOf(w))),
  );
}
