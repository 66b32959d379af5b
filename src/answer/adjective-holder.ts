// "Who is sensitive to X?", "who was responsible for the delay?": the one a copular clause of the
// passage gives the adjective ("the Americans are very sensitive to X"), or the one whose quality
// the adjective's noun names ("despite US wariness of X"), not another name of the sentence.
import type { Tok } from '../corpus/corpus.js';
import type { ClauseFrame } from '../extract/clause-frames.js';
import type { Question } from './question.js';

const SUBJECT_PRONOUN = /^(he|she|it|they|we|i|you|who|which|that)$/i;

/** The adjective a "who is (more) ADJ" question asks who is; null for another form. */
export function askedAdjective(q: Question): { stem: string; lemma: string } | null {
  if (q.wh !== 'who' || q.whAt < 0) return null;
  let k = q.whAt + 1;
  if (q.tokens[k]?.lemma !== 'be') return null;
  k++;
  while (q.tokens[k]?.pos === 'ADV') k++;
  const adj = q.tokens[k];
  return adj?.pos === 'ADJ' ? { stem: adj.stem, lemma: adj.lemma } : null;
}

/**
 * The subject, as written, of a clause "S is (very) ADJ" in the passage, else the name or noun
 * before a noun derived from the adjective ("US wariness", "the council's anger"); null when none.
 * `derived`: the stems of nouns derived from the adjective.
 */
export function adjectiveHolder(
  stem: string,
  derived: ReadonlySet<string>,
  toks: readonly Tok[],
  frames: readonly ClauseFrame[],
  text: string,
): string | null {
  for (const c of frames) {
    if (!c.subject || toks[c.verb]?.lemma !== 'be') continue;
    let k = c.verb + 1;
    while (toks[k]?.pos === 'ADV') k++;
    if (toks[k]?.stem !== stem) continue;
    const [from, to] = c.subject;
    if (to - from === 1 && SUBJECT_PRONOUN.test(toks[from]!.text)) continue;
    return text.slice(toks[from]!.start, toks[to - 1]!.end);
  }
  for (let i = 1; i < toks.length; i++) {
    if (toks[i]!.pos !== 'NOUN' || !derived.has(toks[i]!.stem)) continue;
    // "the council's anger": the owner before the possessive mark.
    const k = /^['’]s$/.test(toks[i - 1]!.text) ? i - 2 : i - 1;
    const holder = toks[k];
    if (holder && /^(PROPN|NOUN)$/.test(holder.pos)) return text.slice(holder.start, holder.end);
  }
  return null;
}
