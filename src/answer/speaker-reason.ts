// "Why does X say (think) ...?": the reason is what X gives, X's own words. Where the passage
// found says only that X holds the view ("X has gone on the offensive against ..."), the words
// of X's that follow it in the story, on the same matter, are the answer.
import { stemOf } from '../nlp/annotate.js';
import type { Quote } from '../corpus/corpus.js';
import type { Context } from './answer-context.js';
import { askedSpeaker } from './asked-speaker.js';
import type { Question } from './question.js';
import type { QueryOptions } from './result.js';

/** Sentences after the passage found that X's reason may stand in: further reaches more, and risks words on another matter. */
const SPEAKER_REASON_REACH = 3;

/** Verbs too general to tie X's words to the matter asked ("why does X say it"). */
const LIGHT_VERBS = new Set(['be', 'have', 'do', 'say', 'get', 'make', 'think', 'believe', 'feel', 'want']);

/**
 * X's quote in the passage found or in the sentences after it in the same article, that shares a
 * verb or noun of the matter asked (what X says, less the saying). Only for a speaker the
 * question names before its verb of saying or thinking.
 */
export function speakerReason(ctx: Context, q: Question, gid: number, options: QueryOptions): Quote | null {
  const { corpus } = ctx;
  const asked = askedSpeaker(ctx, q, q.focus, options);
  if (!asked?.named) return null;
  const ids = new Set(asked.speakers.map((e) => e.id));
  const matter = new Set(
    q.tokens
      .slice(asked.verbAt + 1)
      .filter((t) => /^(VERB|NOUN)$/.test(t.pos) && !LIGHT_VERBS.has(t.lemma))
      .map((t) => stemOf(t.lemma.toLowerCase())),
  );
  for (const e of asked.speakers) for (const w of [e.name, ...e.aliases]) matter.delete(stemOf(w.toLowerCase()));
  if (!matter.size) return null;
  const doc = corpus.docOf(gid);
  for (let g = gid; g <= gid + SPEAKER_REASON_REACH && g < corpus.sentenceCount && corpus.docOf(g) === doc; g++) {
    const theirs = corpus.quotesIn(g).find((x) => x.speakerId && ids.has(x.speakerId));
    if (!theirs) continue;
    const stems = new Set(corpus.stemsOf(g));
    if ([...matter].some((st) => stems.has(st))) return theirs;
  }
  return null;
}
