// "Who was Harrowgate's previous record signing?" where the article writes "the previous record
// signing was ..." of one and tells of the current one elsewhere: once the article itself sets
// the thing asked apart by its place in a series, a passage that writes neither that word nor
// one of the same place ("former" for "previous") tells of the other one, however well its other
// words match. An article that never writes the word ("the current president") is not held to it.
import type { Corpus } from '../corpus/corpus.js';
import type { Question } from './question.js';

/** Words that set one holder of a place apart from the one before or after, grouped by place. */
const BEFORE = new Set(['previous', 'former', 'prior', 'outgoing']);
// Not "present", which is as often "present in" (there) or "present-day" (of now, not of a series).
const NOW = new Set(['current', 'incoming', 'latest']);
const samePlace = (a: string, b: string) => (BEFORE.has(a) && BEFORE.has(b)) || (NOW.has(a) && NOW.has(b));

/** Whether the passage (with the sentence before) lacks the question's series word that the article writes before the same word. */
export function tellsOfAnotherInSeries(corpus: Corpus, q: Question, gid: number): boolean {
  const lower = (t: { text: string }) => t.text.toLowerCase();
  // Written before the noun it sets apart ("the previous record signing"), not "prior to".
  const at = q.tokens.findIndex(
    (t, i) => (BEFORE.has(lower(t)) || NOW.has(lower(t))) && /^(NOUN|PROPN|ADJ)$/.test(q.tokens[i + 1]?.pos ?? ''),
  );
  const next = q.tokens[at + 1];
  if (at < 0 || !next) return false;
  const word = lower(q.tokens[at]!);
  const near = gid > 0 && corpus.sameParagraph(gid - 1, gid) ? [gid - 1, gid] : [gid];
  if (near.some((g) => corpus.tokens(g).some((t) => lower(t) === word || samePlace(lower(t), word)))) return false;
  // Read as text: decoding every sentence's tokens would read the whole article for one passage.
  const written = new RegExp(`\\b${word}\\s+${escaped(lower(next))}\\b`, 'i');
  const [from, to] = corpus.gidRange(corpus.docOf(gid).id);
  for (let g = from; g < to; g++) if (written.test(corpus.sentenceText(g))) return true;
  return false;
}

const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
