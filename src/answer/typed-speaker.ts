// "What did residents say?", "what did the spokesman say?": a speaker typed as a word the
// question's name finder takes for no name (a group or a role in lower case), whom the articles
// may write as a name ("Residents said ...") or only as a role. Their words are the quotes whose
// speaker is written with the words typed for them, in the passages that rank best for the question.
import type { Quote } from '../corpus/corpus.js';
import { SPEECH_VERBS } from '../extract/lexicon.js';
import { stemOf } from '../nlp/annotate.js';
import { lowerWords } from '../text/words.js';
import type { Context } from './answer-context.js';
import type { Question } from './question.js';
import { rankPassages } from './rank-passages.js';
import type { QueryOptions } from './result.js';

/** Best-ranked passages looked in for such a speaker's quotes: more finds a quote further from the topic. */
const SPEAKER_PASSAGES = 5;

/**
 * The quote of the speaker the question types, from the passages best ranked for it, that
 * `covers` what the question asks about; or null.
 */
export function typedSpeakerQuote(
  ctx: Context,
  q: Question,
  options: QueryOptions,
  covers: (x: Quote) => boolean,
): Quote | null {
  const { corpus } = ctx;
  const verbAt = q.tokens.findIndex((t) => SPEECH_VERBS.has(t.lemma));
  if (verbAt < 0) return null;
  const typed = new Set(
    q.tokens.slice(Math.max(0, q.whAt + 1), verbAt).flatMap((t) => (/^(NOUN|PROPN)$/.test(t.pos) ? [t.stem] : [])),
  );
  if (!typed.size) return null;
  const theirs = (x: Quote) => {
    const speaker = x.speakerId ? corpus.entityById.get(x.speakerId)?.name : x.speakerText;
    return !!speaker && lowerWords(speaker).some((w) => typed.has(stemOf(w))) && covers(x);
  };
  for (const r of rankPassages(ctx, q, options, { nearest: true }).slice(0, SPEAKER_PASSAGES)) {
    const found = corpus.quotesIn(r.gid).find(theirs);
    if (found) return found;
  }
  return null;
}
