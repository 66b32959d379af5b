// "Where" answered by a phrase of common nouns: "Where are the seeds stored?" against "The seeds
// are stored in a cold vault under the hill" is "in a cold vault under the hill", a place the
// mention finder never names. Only the phrase that follows the question's own verb in the
// sentence (or its object, where the question names it), or the place phrase opening the sentence
// before the deed's clause, so the place is where that deed happens, not where anything else does.
import type { Tok } from '../corpus/corpus.js';
import type { ClauseFrame } from '../extract/clause-frames.js';

/** Prepositions that say where something is or happens. */
const LOCATIVE =
  /^(in|on|at|among|amongst|under|inside|within|near|along|beneath|above|below|between|throughout|across|beside|behind|around)$/i;
/** Words that may stand between the verb and its place: "are usually stored in", "live mostly on". */
const BETWEEN = /^(ADV|PART|AUX)$/;
/** Tokens between the verb and the preposition at most. */
const VERB_REACH = 3;
/** Words of the place phrase at most: longer runs into another clause. */
const PHRASE_MAX = 12;
/** Words that go on a noun phrase: "the narrow end", "rocks, algae, or the body surfaces of ...". */
const PHRASE_WORD = /^(DET|ADJ|NOUN|PROPN|NUM)$/;
/** Words that date rather than place: "in 1990", "on Monday", "at the end of the war" is a time too. */
const TIME_WORD =
  /^(\d+s?|jan\w*|feb\w*|march|april|may|june|july|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*|\w+day|spring|summer|autumn|winter|time|times|year|years|century|centuries|decade|decades|period|age|era|end|beginning|start|morning|afternoon|evening|night|week|weeks|month|months)$/i;

/** Nouns that make "in ..." a manner or a measure, not a place: "in the right order", "in large numbers". */
const MANNER_HEAD =
  /^(order|way|ways|manner|form|forms|fashion|number|numbers|amount|amounts|proportion|terms|response|addition|general|particular|case|cases|fact|practice|theory|principle|effect|turn|part|total|detail|favour|favor|line|accordance|contrast|comparison|excess|advance|person)$/i;

/** Words of a question asking where something is not, or seldom, done: the phrase of where it is does not answer. */
const NEGATING = /^(not|n't|never|rarely|seldom|hardly|no)$/i;

/**
 * The place phrase after one of the question's verbs (`verbAt`, token positions in the
 * sentence): its preposition and noun phrase, with "of ..." and "and ..." parts, or null when
 * none follows, it dates rather than places, or it holds nothing the question does not give.
 */
export function locativeAnswer(
  text: string,
  toks: Tok[],
  verbAt: number[],
  asked: ReadonlySet<string>,
  question: readonly { text: string; pos: string }[],
  clauses: readonly ClauseFrame[],
): string | null {
  if (question.some((t) => NEGATING.test(t.text))) return null;
  const isAsked = (t: Tok) => asked.has(t.stem) || asked.has(t.text.toLowerCase());
  for (const v of verbAt) {
    // The verb's subject, when the sentence names one, is what the question asks about: "Where do
    // X live?" is not answered by where Y lives. A pronoun or "which" may stand for it.
    const subject = clauses.find((c) => c.from <= v && v < c.to)?.subject;
    if (subject) {
      const words = toks.slice(subject[0], subject[1]).filter((t) => /^(NOUN|PROPN)$/.test(t.pos));
      if (words.length && !words.some(isAsked)) continue;
      // "It is produced in ...": the sentence must still name the thing asked about.
      const named = askedSubject(question);
      if (!words.length && named.length && !named.some((w) => toks.some((t) => t.text.toLowerCase() === w))) continue;
    }
    let i = v + 1;
    while (i < toks.length && i - v <= VERB_REACH && BETWEEN.test(toks[i]!.pos)) i++;
    if (!LOCATIVE.test(toks[i]?.text ?? '')) i = pastAskedObject(toks, i, isAsked);
    // The comma ending a place phrase that opens the sentence, when no place follows the verb.
    const fronted = LOCATIVE.test(toks[i]?.text ?? '') ? -1 : frontedPlaceEnd(toks, v);
    if (fronted > 0) i = 0;
    if (!LOCATIVE.test(toks[i]?.text ?? '')) continue;
    // "nest in great numbers on cliffs that ...": past a manner, the place may follow.
    const own = phraseEnd(toks, i, false);
    const manner = toks.slice(i + 1, own).some((t) => MANNER_HEAD.test(t.text));
    if (fronted < 0 && manner && LOCATIVE.test(toks[own]?.text ?? '')) i = own;
    const end = fronted > 0 ? fronted : phraseEnd(toks, i, true);
    const phrase = toks.slice(i + 1, end);
    if (!phrase.some((t) => /^(NOUN|PROPN)$/.test(t.pos))) continue;
    if (phrase.some((t) => TIME_WORD.test(t.text) || MANNER_HEAD.test(t.text))) continue;
    const nouns = phrase.filter((t) => /^(NOUN|PROPN|ADJ)$/.test(t.pos));
    if (nouns.every(isAsked)) continue;
    return text.slice(toks[i]!.start, toks[end - 1]!.end);
  }
  return null;
}

/** Nouns of what is written or said: "in a statement", "in the report" is where it was said, not a place. */
const WRITTEN_HEAD =
  /^(statement|statements|interview|interviews|letter|letters|report|reports|speech|speeches|article|articles|paper|papers|study|studies|book|books|note|notes|message|messages|post|posts|remarks|filing|filings|survey|surveys)$/i;

/**
 * "In the old quarry, ..., the swifts nest": a place phrase that opens the sentence, set off by a
 * comma before the deed's clause (`v`), places that deed. The comma's index, or -1: for no such
 * phrase, or one of what is written or said ("In a statement, ...").
 */
function frontedPlaceEnd(toks: Tok[], v: number): number {
  if (!LOCATIVE.test(toks[0]?.text ?? '')) return -1;
  const comma = toks.findIndex((t) => t.text === ',');
  if (comma < 2 || comma >= v) return -1;
  const phrase = toks.slice(1, comma);
  const placeWords = phrase.every(
    (t) => PHRASE_WORD.test(t.pos) || LOCATIVE.test(t.text) || /^(of|and)$/i.test(t.text),
  );
  // "In physics, ..." names a field, not a place: a place phrase has its determiner ("in the crust").
  const determined = phrase[0]!.pos === 'DET';
  return placeWords && determined && !phrase.some((t) => WRITTEN_HEAD.test(t.text)) ? comma : -1;
}

/** Words of the deed's object at most, before the place: "stored the old tractor parts in ...". */
const OBJECT_MAX = 5;

/**
 * "Where did the ferrets hide the keys?" against "the ferrets hid the keys under the shed": past
 * the deed's object, when the question names it (every noun of it asked), the place phrase says
 * where that deed was done. `i`: where the object starts; returns where it ends, or `i`.
 */
function pastAskedObject(toks: Tok[], i: number, isAsked: (t: Tok) => boolean): number {
  let end = i;
  while (end < toks.length && end - i < OBJECT_MAX && PHRASE_WORD.test(toks[end]!.pos)) end++;
  const nouns = toks.slice(i, end).filter((t) => /^(NOUN|PROPN)$/.test(t.pos));
  return nouns.length && nouns.every(isAsked) ? end : i;
}

/** The end (exclusive) of the phrase after the preposition at `i`: its noun phrase, with "of ..." and "and ..." parts and, `nested`, a place within the place. */
function phraseEnd(toks: Tok[], i: number, nested: boolean): number {
  let end = i + 1;
  while (end < toks.length && end - i <= PHRASE_MAX) {
    const t = toks[end]!;
    // "of ...", "and ...", and a place within the place ("in a vault under the hill").
    const joins =
      (/^(of|and|or|,)$/i.test(t.text) || (nested && LOCATIVE.test(t.text))) &&
      PHRASE_WORD.test(toks[end + 1]?.pos ?? '');
    if (!PHRASE_WORD.test(t.pos) && !joins) break;
    end++;
  }
  return end;
}

/** The nouns of a question between its wh-word and its last verb: "Where is the old mill located?" asks of "mill". */
function askedSubject(question: readonly { text: string; pos: string }[]): string[] {
  let verbAt = question.length;
  while (verbAt > 0 && question[verbAt - 1]!.pos !== 'VERB') verbAt--;
  return question
    .slice(1, verbAt ? verbAt - 1 : question.length)
    .filter((t) => /^(NOUN|PROPN)$/.test(t.pos))
    .map((t) => t.text.toLowerCase());
}
