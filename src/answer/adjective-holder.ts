// "Who is sensitive to X?", "who was responsible for the delay?": the one a copular clause of the
// passage gives the adjective ("the Americans are very sensitive to X"), not another name of the
// sentence ("... even more than to Iran or China's presence").
import type { Tok } from '../corpus/corpus.js';
import type { ClauseFrame } from '../extract/clause-frames.js';
import type { Question } from './question.js';

const SUBJECT_PRONOUN = /^(he|she|it|they|we|i|you|who|which|that)$/i;

/** The adjective a "who is (more) ADJ" question asks who is, as its stem; null for another form. */
export function askedAdjective(q: Question): string | null {
  if (q.wh !== 'who' || q.whAt < 0) return null;
  let k = q.whAt + 1;
  if (q.tokens[k]?.lemma !== 'be') return null;
  k++;
  while (q.tokens[k]?.pos === 'ADV') k++;
  const adj = q.tokens[k];
  return adj?.pos === 'ADJ' ? adj.stem : null;
}

/** The subject, as written, of a clause "S is (very) ADJ" in the passage; null when it has none. */
export function adjectiveHolder(
  stem: string,
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
  return null;
}
