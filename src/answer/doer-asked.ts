// "What should customers do?", "what did the council do": the deeds asked are the ones its subject
// does. A passage that names them only as what another acts on ("apologised to customers",
// "thanked the council") tells none of their deeds, however well its words match; one naming
// them anywhere else, or not at all (a pronoun may stand for them), may.
import type { Corpus } from '../corpus/corpus.js';
import type { Question } from './question.js';

/** The words naming the doer of "what AUX <doer> do", lower-case; null for any other question. */
function doerAsked(q: Question): Set<string> | null {
  if (q.wh !== 'what') return null;
  const rest = q.tokens.slice(q.whAt + 1).filter((t) => t.pos !== 'PUNCT');
  const last = rest[rest.length - 1];
  if (rest[0]?.pos !== 'AUX' || last?.lemma !== 'do' || rest.length < 3) return null;
  const doer = rest.slice(1, -1);
  if (!doer.every((t) => /^(DET|ADJ|NOUN|PROPN)$/.test(t.pos))) return null;
  const words = doer.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  return words.length ? new Set(words.flatMap((t) => [t.stem, t.lemma.toLowerCase()])) : null;
}

/** Whether the question asks what someone does and the passage names them only right after a verb or a preposition. */
export function lacksTheDoer(corpus: Corpus, q: Question, gid: number): boolean {
  const doer = doerAsked(q);
  if (!doer) return false;
  const toks = corpus.tokens(gid);
  const named = toks.flatMap((t, i) => (doer.has(t.stem) || doer.has(t.lemma.toLowerCase()) ? [i] : []));
  // "to customers", "thanked the council": the words before the name, past its determiner and
  // adjectives, are a verb or a preposition acting on it; "by" names a doer.
  const actedOn = (i: number) => {
    let k = i - 1;
    while (k >= 0 && (named.includes(k) || /^(DET|ADJ)$/.test(toks[k]!.pos))) k--;
    const t = toks[k];
    return !!t && (t.pos === 'VERB' || (t.pos === 'ADP' && !/^by$/i.test(t.text)));
  };
  return named.length > 0 && named.every(actedOn);
}
