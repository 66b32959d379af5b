// "Who won best actress?" against "Best actress went to X", "who received the
// award" against "the award was presented to X": a prize that goes, or is given, to someone is
// what they won or received; as a thing sold or ceded to someone is what they bought or gained
// ("who bought the mill" against "sold the mill to X"); and "where did the prize go" asks the
// same. The name after "to" answers, and no other name of the sentence does; so do the subject
// of another verb of getting whose object is the thing ("who won the cup" against "X received the
// cup") and the name before a passive of giving ("X was awarded the medal"). "Who was given X"
// asks what "who won X" asks.
import type { Tok } from '../corpus/corpus.js';
import type { StoredMention } from '../store/schema.js';
import type { Question } from './question.js';

/** Verbs of getting a prize, a post or a property: what a "who won / got / bought it" question asks. */
const RECEIVING = new Set([
  'win',
  'get',
  'receive',
  'take',
  'collect',
  'earn',
  'scoop',
  'land',
  'buy',
  'purchase',
  'acquire',
  'gain',
  'obtain',
]);
/** Verbs that pass a thing to the one named after "to": "went to", "was presented to", "sold to". */
const GIVING = new Set(['go', 'give', 'present', 'award', 'hand', 'sell', 'cede', 'transfer']);
/** Verbs that make someone the prize's holder in the passive: "X was named best actor", "was crowned champion". */
const NAMING = new Set(['name', 'crown', 'vote']);
/** Tokens between the thing and the verb, or the verb and "to", at most: "A lifetime achievement award was presented". */
const THING_REACH = 6;
/** Tokens between "to" and the name at most: "to the 79 - year - old cinematographer X". */
const NAME_REACH = 8;

/** The thing a receiver is asked of: its stems, and whether they are only a name's words. */
interface Thing {
  stems: ReadonlySet<string>;
  named: boolean;
}

/** Verbs of giving whose passive holds the thing after it: "X was awarded the medal", "was given the prize". */
const GIVEN_THING = new Set(['award', 'give', 'grant']);
/** Words that may stand between a receiver's name and its verb: "X has received", "X later won". */
const BEFORE_VERB = new Set(['AUX', 'ADV']);

/**
 * The stems of the nouns a "who won X" or "who was given X" question asks the receiver of (a
 * name's words where the thing is only named: "the Harbour Cup"); null for any other question.
 */
function thingAsked(q: Question): Thing | null {
  const p = q.predicate;
  if (q.wh !== 'who' || p?.kind !== 'verb') return null;
  if (!RECEIVING.has(p.lemma) && !(p.passive && GIVEN_THING.has(p.lemma) && p.at === q.whAt + 2)) return null;
  const after = q.tokens.filter((_, i) => i > p.at);
  const nouns = after.filter((t) => t.pos === 'NOUN');
  const things = (nouns.length ? nouns : after.filter((t) => t.pos === 'PROPN')).map((t) => t.stem);
  return things.length ? { stems: new Set(things), named: !nouns.length } : null;
}

/**
 * The stems of the nouns of a thing a "who did X go to" or "where did X go" question asks the
 * receiver of, written before its verb of giving; null for any other question.
 */
function thingGiven(q: Question): Set<string> | null {
  const p = q.predicate;
  if ((q.wh !== 'who' && q.wh !== 'where') || p?.kind !== 'verb' || !GIVING.has(p.lemma)) return null;
  const nouns = q.tokens.filter((t, i) => i > q.whAt && i < p.at && t.pos === 'NOUN').map((t) => t.stem);
  return nouns.length ? new Set(nouns) : null;
}

/** Each verb of giving in the passage with its "to" ("went to", "was presented to"), as token positions. */
function givingTo(toks: readonly Tok[]): [number, number][] {
  const out: [number, number][] = [];
  for (let v = 0; v < toks.length; v++) {
    if (toks[v]!.pos !== 'VERB' || !GIVING.has(toks[v]!.lemma)) continue;
    const to = toks.findIndex((t, i) => i > v && i <= v + THING_REACH && /^to$/i.test(t.text));
    if (to < 0 || toks.slice(v + 1, to).some((t) => t.pos === 'PUNCT' || t.pos === 'VERB')) continue;
    out.push([v, to]);
  }
  return out;
}

/**
 * Whether the thing's nouns (`thing`'s stems) stand before the verb of giving (`v`) or between it
 * and its "to": one of them, or with `whole` each the sentence writes at all ("the poet of the
 * year prize" is not "the fiction prize" of a sentence naming a poet of the year too).
 */
function givesTheThing(
  toks: readonly Tok[],
  v: number,
  to: number,
  thing: ReadonlySet<string>,
  whole: boolean,
): boolean {
  const found = new Set<string>();
  for (let k = v - 1; k >= 0 && k >= v - THING_REACH && toks[k]!.pos !== 'PUNCT'; k--) found.add(toks[k]!.stem);
  for (let k = v + 1; k < to; k++) found.add(toks[k]!.stem);
  if (!whole) return [...thing].some((st) => found.has(st));
  const written = [...thing].filter((st) => toks.some((t) => t.stem === st));
  return written.length > 0 && written.every((st) => found.has(st));
}

/**
 * "Where did the poetry prize go?" against "The fiction prize went to X, while Y won the poetry
 * prize": each thing the passage gives to someone is another than the one asked, so the one it
 * goes to is no answer.
 */
export function givesOnlyAnotherThing(q: Question, toks: readonly Tok[]): boolean {
  const thing = thingGiven(q);
  if (!thing) return false;
  const giving = givingTo(toks);
  return giving.length > 0 && giving.every(([v, to]) => !givesTheThing(toks, v, to, thing, true));
}

/**
 * The name a passage gives the thing asked to ("went to X", "was presented to X"); null when it
 * gives it to no one, or the question asks no receiver.
 */
export function receiverOf(q: Question, toks: readonly Tok[], mentions: readonly StoredMention[]): string | null {
  const won = thingAsked(q);
  const thing = won?.stems ?? thingGiven(q);
  if (!thing) return null;
  const asked = won ?? { stems: thing, named: false };
  const giving = new Map(givingTo(toks));
  for (let v = 0; v < toks.length; v++) {
    const named = namedHolder(toks, mentions, v, asked) ?? (won && receivingSubject(toks, mentions, v, won));
    if (named) return named;
    const to = giving.get(v);
    if (to === undefined || !givesTheThing(toks, v, to, thing, !won || won.named)) continue;
    // Of any type: a name after "to" may have been read as a place ("went to X").
    const name = mentions.find(
      (m) =>
        m.last > to &&
        m.first <= to + NAME_REACH &&
        !toks.slice(to + 1, m.first).some((t) => t.pos === 'VERB' || /^[,;.:]$/.test(t.text)),
    );
    if (name) return name.name;
  }
  return null;
}

/**
 * "X was named best actor": the name just before the passive of a verb of naming whose
 * complement, right after it, is the thing asked. Not "X named Y best actor", whose holder is Y.
 */
function namedHolder(toks: readonly Tok[], mentions: readonly StoredMention[], v: number, thing: Thing): string | null {
  const verb = toks[v]!;
  if (verb.pos !== 'VERB' || !(NAMING.has(verb.lemma) || GIVEN_THING.has(verb.lemma)) || toks[v - 1]?.pos !== 'AUX')
    return null;
  if (!objectIsThing(toks, v, thing)) return null;
  return mentions.find((m) => m.last === v - 2)?.name ?? null;
}

/**
 * "X received the cup" for "who won the cup": the name just before a verb of getting (an
 * auxiliary or adverb between at most) whose object, right after it, is the thing asked.
 */
function receivingSubject(
  toks: readonly Tok[],
  mentions: readonly StoredMention[],
  v: number,
  thing: Thing,
): string | null {
  if (toks[v]!.pos !== 'VERB' || !RECEIVING.has(toks[v]!.lemma) || !objectIsThing(toks, v, thing)) return null;
  let k = v - 1;
  while (k >= 0 && k >= v - 2 && BEFORE_VERB.has(toks[k]!.pos)) k--;
  return mentions.find((m) => m.last === k)?.name ?? null;
}

/**
 * Whether the noun group right after the verb at `v` holds the thing asked: one of its nouns, or
 * every word of its name ("the Harbour Cup" is not "the Dalloway Cup").
 */
function objectIsThing(toks: readonly Tok[], v: number, thing: Thing): boolean {
  const group = new Set<string>();
  for (let k = v + 1; k < toks.length && k <= v + THING_REACH && /^(DET|ADJ|NOUN|PROPN)$/.test(toks[k]!.pos); k++)
    group.add(toks[k]!.stem);
  const stems = [...thing.stems];
  return thing.named ? stems.every((st) => group.has(st)) : stems.some((st) => group.has(st));
}
