// "When" answered by the event a deed is placed against, where the passage gives no date: "After
// the harbour inquiry, councillors vote" says when they vote, as "the inquiry is held immediately
// after question time" says when it is held. Only a phrase heading the sentence or following the
// question's own verb in its clause, so the event dates that deed and not another.
import type { Tok } from '../corpus/corpus.js';

/** Prepositions that place a deed against another event. */
const EVENT_PREPOSITION = /^(after|before|during|following|until|till)$/i;
/** Adverbs that say how near the event: "immediately after", "shortly before". */
const NEARNESS = /^(immediately|shortly|soon|just|long|well|right|directly)$/i;
/** Words of a noun phrase naming the event. */
const PHRASE_WORD = /^(DET|ADJ|NOUN|PROPN|NUM)$/;
/** Words joining a part to the event's phrase: "an inquiry into the cost of the pier". */
const JOIN = /^(of|on|for|in|at|to|and)$/i;
/** Words of the event's phrase at most: a longer run holds a clause of its own. */
const EVENT_WORDS = 10;
/** Tokens between the question's verb and the preposition at most: "go on to vote at X after Y". */
const VERB_REACH = 6;
/** Words that end the question verb's reach: another clause begins. */
const CLAUSE_BREAK = /^(VERB|AUX|PUNCT|SCONJ|CCONJ|PRON)$/;

/** The end (exclusive) of the event's phrase after the preposition at `from`, or -1 when it names no event. */
function phraseEnd(toks: Tok[], from: number): number {
  let k = from;
  // "after docking at the pier": a deed as the event.
  if (toks[k]?.pos === 'VERB' && /ing$/i.test(toks[k]!.text)) k++;
  const opening = k;
  while (k < toks.length && k - from < EVENT_WORDS) {
    const t = toks[k]!;
    // A new article after a noun starts another phrase: "after the regatta a dinner is held".
    if (t.pos === 'DET' && k > opening && toks[k - 1]!.pos !== 'ADP' && !JOIN.test(toks[k - 1]!.text)) break;
    if (PHRASE_WORD.test(t.pos) || /^['’]s$/.test(t.text)) k++;
    else if (JOIN.test(t.text) && PHRASE_WORD.test(toks[k + 1]?.pos ?? '')) k++;
    else break;
  }
  // A trailing joining word belongs to what follows.
  while (k > from && JOIN.test(toks[k - 1]!.text)) k--;
  const named = toks.slice(from, k).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'VERB');
  return named ? k : -1;
}

/**
 * The event phrase dating the question's verb (`verbAt`, its positions in the sentence): one
 * heading the sentence before that verb, or one following the verb in its clause. `fresh`: the
 * phrase gives something the question does not.
 */
export function eventTimeAnswer(
  toks: Tok[],
  text: string,
  verbAt: readonly number[],
  fresh: (s: string) => boolean,
): string | null {
  if (!verbAt.length) return null;
  for (let i = 0; i < toks.length; i++) {
    if (!EVENT_PREPOSITION.test(toks[i]!.text)) continue;
    // "until after the war": the event follows the second preposition.
    const from = EVENT_PREPOSITION.test(toks[i + 1]?.text ?? '') ? i + 2 : i + 1;
    const end = phraseEnd(toks, from);
    // "after the ferry was sold": a clause, whose own deed is no event named.
    if (end < 0 || /^(VERB|AUX)$/.test(toks[end]?.pos ?? '')) continue;
    const start = NEARNESS.test(toks[i - 1]?.text ?? '') ? i - 1 : i;
    // Heading the sentence, it dates the first clause: no other verb before the one asked.
    const firstVerb = toks.findIndex((t, k) => k >= end && t.pos === 'VERB');
    const heads = start === 0 && verbAt.includes(firstVerb);
    const follows = verbAt.some(
      (v) => v < i && i - v <= VERB_REACH && toks.slice(v + 1, start).every((t) => !CLAUSE_BREAK.test(t.pos)),
    );
    if (!heads && !follows) continue;
    const phrase = text.slice(toks[start]!.start, toks[end - 1]!.end);
    if (fresh(text.slice(toks[from]!.start, toks[end - 1]!.end))) return phrase;
  }
  return null;
}
