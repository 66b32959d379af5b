// A game's score is written as two numbers joined by a hyphen ("3-2", "1-1"), which no word of
// "what was the score" or "how did the match end" finds: the sentences writing one are found by
// that shape, and the question's other words ("the score against United") choose among them.
import type { Context } from './answer-context.js';
import type { Question } from './question.js';
import type { QueryOptions } from './result.js';
import { coverage, weighWords } from './rank-passages.js';

/** A score as one word: goals of each side, at most two digits (a year span has more). */
const SCORE = /^\d{1,2}-\d{1,2}$/;
/** Nouns that ask for a score: "what was the (final) score". Not "result", as often a consequence ("one result of X"). */
const SCORE_NOUNS = new Set(['score', 'scoreline']);
/** What a score is of: "how did the match end" asks its score, "how did the war end" does not. */
export const CONTEST_NOUNS = new Set([
  'match',
  'game',
  'tie',
  'final',
  'fixture',
  'derby',
  'clash',
  'contest',
  'replay',
]);
/** Verbs of how a contest came out: "how did the game end", "what did it finish". */
const ENDING_VERBS = new Set(['end', 'finish']);
/** Verbs a score question may hold besides its ending: the copula. */
const COPULA = new Set(['be']);
/**
 * Share of the question's other words ("the score against United") a sentence writing a score
 * must hold: lower answers with the score of another game of the articles, higher leaves a
 * paraphrased one unanswered.
 */
const MIN_SCORE_COVERAGE = 0.5;
/** Sentences with a score weighed at most, best by the question's other words. */
const SCORE_HITS = 50;

/** Whether the question asks a game's score: a score noun after "what", or how a contest ended. */
export function asksScore(q: Question): boolean {
  const lemmas = q.tokens.map((t) => t.lemma.toLowerCase());
  // A name's word the tagger reads as a verb ("against united") is no deed asked.
  const named = new Set(q.groups.filter((g) => g.name).map((g) => g.at));
  const verbs = q.tokens
    .filter((t, i) => (t.pos === 'VERB' || t.pos === 'AUX') && !named.has(i))
    .map((t) => t.lemma.toLowerCase());
  const onlyEnding = verbs.every((v) => COPULA.has(v) || ENDING_VERBS.has(v) || v === 'do');
  if ((q.wh === 'what' || q.wh === 'which') && onlyEnding)
    return q.tokens.some((t, i) => t.pos === 'NOUN' && SCORE_NOUNS.has(lemmas[i]!));
  return (
    q.wh === 'how' &&
    verbs.some((v) => ENDING_VERBS.has(v)) &&
    onlyEnding &&
    q.tokens.some((t, i) => t.pos === 'NOUN' && CONTEST_NOUNS.has(lemmas[i]!))
  );
}

/** The score asked, with the sentences writing scores that were weighed (the answer's first). */
export interface ScoreFound {
  /** The score as written, or null when none of the articles' scores is of what the question names. */
  score: string | null;
  gids: number[];
}

/**
 * The score a sentence writes, from the sentence holding one that best covers the question's
 * other words, the earliest of its article on a tie (a report gives the result first); a null
 * score when none covers them or sentences of two articles tie; null when no score is written.
 */
export function scoreAsked(ctx: Context, q: Question, options: QueryOptions): ScoreFound | null {
  const { corpus, index } = ctx;
  const shapes = index.termsShaped(SCORE);
  if (!shapes.length) return null;
  const hits = index.search(new Map(shapes.map((t) => [t, 1])), corpus.gidRange(options.doc), SCORE_HITS);
  if (!hits.length) return null;
  const asking = new Set([...SCORE_NOUNS, ...CONTEST_NOUNS, ...ENDING_VERBS, 'final']);
  const others = weighWords(
    index,
    q.groups.filter((g) => !asking.has(q.tokens[g.at ?? -1]?.lemma.toLowerCase() ?? '')),
  );
  const weighed = hits
    .map((h) => ({ gid: h.gid, share: others.groups.length ? coverage(others, new Set(corpus.stemsOf(h.gid))) : 1 }))
    .sort((a, b) => b.share - a.share || a.gid - b.gid);
  const gids = weighed.map((r) => r.gid);
  const best = weighed[0]!;
  const rival = weighed.find((r) => r.share === best.share && corpus.docOf(r.gid) !== corpus.docOf(best.gid));
  if (best.share < MIN_SCORE_COVERAGE || rival) return { score: null, gids };
  return { score: corpus.tokens(best.gid).find((t) => SCORE.test(t.text))?.text ?? null, gids };
}
