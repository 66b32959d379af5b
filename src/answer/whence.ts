// "Where did Platt go?" against "Platt, who joined from Brinsford": a place written after "from"
// is where someone came from, which answers only a question that asks whence ("where did he come
// from", "where did he join from"), never one asking where they went.
import type { Tok } from '../corpus/corpus.js';
import type { Question } from './question.js';

/** Verbs of going somewhere, whose "where" is the place gone to. */
export const GOING = new Set([
  'go',
  'move',
  'travel',
  'head',
  'join',
  'transfer',
  'relocate',
  'fly',
  'sail',
  'return',
  'switch',
]);

/** Whether the question asks where someone went (no "from" in it) and the passage writes the place answered only right after "from" ("from (the) X"). */
export function answersWhence(q: Question, toks: readonly Tok[], text: string, place: string): boolean {
  if (!q.tokens.some((t) => t.pos === 'VERB' && GOING.has(t.lemma)) || q.tokens.some((t) => /^from$/i.test(t.text)))
    return false;
  const starts = toks.flatMap((t, i) => (text.startsWith(place, t.start) ? [i] : []));
  const afterFrom = (i: number) => {
    const k = toks[i - 1]?.pos === 'DET' ? i - 2 : i - 1;
    return /^from$/i.test(toks[k]?.text ?? '');
  };
  return starts.length > 0 && starts.every(afterFrom);
}
