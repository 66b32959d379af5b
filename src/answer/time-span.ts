// The time a "when" question asks for: the date of the clause whose verb is the question's
// ("work will start on 3 May and finish in August": 3 May for "when will work start"), never a
// bound of another event ("the first visit since September 2019"). A time the article gives
// relative to itself ("recently", "last week") is answered with those words and the article's date.
import { isoOfDatePhrase, isYear } from '../text/dates.js';
import type { Tok } from '../corpus/corpus.js';
import { timePhrases, type TimePhrase } from '../extract/time-phrases.js';
import { isClockTime } from './clock-time.js';
import type { ClauseFrame } from '../extract/clause-frames.js';
import { SPEECH_VERBS } from '../extract/lexicon.js';

/** Words that make a phrase a time: numbers, centuries, months, weekdays, "last year", feasts. */
const CALENDAR_WORD =
  /\d|centur|decade|year|month|week|day\b|january|february|march|april|may\b|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|spring|summer|autumn|fall\b|winter|yesterday|today|tomorrow|christmas|easter|ramadan|eid\b|diwali|hanukkah|passover|thanksgiving|midnight|midday|noon|dawn|dusk|morning|afternoon|evening/i;
/** A length written as a modifier ("a five-day strike", "a 24-year-old man"): an age or a length, never a date. */
const LENGTH_MODIFIER = /-(?:second|minute|hour|day|week|month|year|decade|century)s?$/i;
/** Units of time alone, counted by nothing: "for the weeks the line is closed" says how long, never when. */
const BARE_UNITS = /^(?:the\s+)?(?:hours|days|weeks|months|years|decades|centuries)$/i;
/** One unit of time: "a week", "the second year running" say how long or how often; "their second year" may date. */
const BARE_UNIT = /^(?:hour|day|week|month|year|decade|century)$/i;
/** Words before one unit that make it a length or a frequency: "for at least a week", "every year". */
const LENGTH_BEFORE = /^(?:a|an|one|every|each)$/i;
/** Words after one unit that make it a frequency: "for the second year running". */
const FREQUENCY_AFTER = /^(?:running)$/i;

/** Whether a time phrase is a unit of time that says how long or how often, not when. */
function measuresTime(toks: Tok[], p: TimePhrase): boolean {
  if (BARE_UNITS.test(p.text)) return true;
  return (
    BARE_UNIT.test(p.text) &&
    (LENGTH_BEFORE.test(toks[p.first - 1]?.text ?? '') || FREQUENCY_AFTER.test(toks[p.last + 1]?.text ?? ''))
  );
}
/** Times written in lower case unless they begin a sentence or a name: parts of the day and seasons. */
const LOWER_CASE_TIME = /^(?:morning|afternoon|evening|night|spring|summer|autumn|winter)$/i;

/** "the programme Evening Harvest", "the Winter Games": a time word capitalised inside a name names, it does not date. */
function inAName(toks: Tok[], p: TimePhrase): boolean {
  const word = toks[p.first]!.text;
  return (
    p.first === p.last &&
    p.first > 0 &&
    LOWER_CASE_TIME.test(word) &&
    /^\p{Lu}/u.test(word) &&
    /^\p{Lu}/u.test(toks[p.first + 1]?.text ?? '')
  );
}
/** Adverbs that date an event relative to the article: "a delegation recently visited". */
const RELATIVE_ADVERB = /^(recently|lately|yesterday|today|tonight|tomorrow|earlier)$/i;
/** Words that make a time relative to the article's own date. */
const RELATIVE_WORD =
  /\b(recent|recently|lately|yesterday|today|tonight|tomorrow|earlier|last|this|next|ago|week|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;
/** Question words asking for the time of an earlier event than the one the article reports. */
export const PREVIOUS = /^(previous|previously|before|prior|formerly|last)$/i;
/** Tokens between "first" and "since" in "the first visit by the delegation since": at most. */
const FIRST_REACH = 5;
/** Tokens between a verb and a relative adverb dating it at most: "recently visited". */
const ADVERB_REACH = 2;

/** What answers "what year": a year written out ("2007", "March 2007"), or one the article's date fixes ("last year"). A decade, a century or "12 months" does not. */
const NAMES_A_YEAR = /(^|[^\d])\d{4}($|[^\d'’s])|\b(last|this|next) year\b/i;

/** Words that tell one clause of the question's verb from another: "the new depot will open", not "the tram line opened". */
const CLAUSE_WORD = /^(NOUN|PROPN|ADJ|NUM)$/;

/** Whether the clause does the deed asked: a word of it at `verbAt` stands there as a verb, not a noun. */
function doneIn(c: ClauseFrame, toks: Tok[], verbAt: number[]): boolean {
  return verbAt.some((v) => c.from <= v && v < c.to && toks[v]!.pos === 'VERB');
}

/** "to found a colony", "revoking the edict": a verb without a tense of its own. */
function nonFinite(c: ClauseFrame, toks: Tok[]): boolean {
  const v = toks[c.verb]!;
  return /^to$/i.test(toks[c.verb - 1]?.text ?? '') || (/ing$/i.test(v.text) && toks[c.verb - 1]?.pos !== 'AUX');
}

/** "A newly illustrated guide ... was printed in 1911": the asked word inside the subject of the dated clause describes its doer. */
function holdsDeed(subject: readonly [number, number] | null, verbAt: number[]): boolean {
  return !!subject && verbAt.some((v) => subject[0] <= v && v < subject[1]);
}

/** Words opening a clause that happens at the time of the one it joins: "when students occupied". */
const SAME_TIME = /^(when|as|while)$/i;

/**
 * A clause whose time is another's: a verb without a tense, or a "when" clause; a date elsewhere
 * in the sentence may be its own.
 */
function timedByAnother(c: ClauseFrame, toks: Tok[]): boolean {
  return nonFinite(c, toks) || SAME_TIME.test(toks[c.from]?.text ?? '');
}

/**
 * The sentence's clauses that do what the question asks: its verb stands in them, and of several
 * such, those holding the most of the question's other words.
 */
function askedClauses(
  clauses: readonly ClauseFrame[],
  toks: Tok[],
  verbAt: number[],
  asked: ReadonlySet<string>,
): ClauseFrame[] {
  const holding = clauses.filter((c) => verbAt.some((v) => c.from <= v && v < c.to));
  // "When will work on the centre finish": the clause whose asked word is its verb ("finish in
  // October"), not one where it stands as a noun ("Work on the centre will start in May").
  const asVerb = holding.filter((c) => doneIn(c, toks, verbAt));
  const withVerb = asVerb.length ? asVerb : holding;
  if (withVerb.length < 2) return withVerb;
  const shared = (c: ClauseFrame) => {
    let n = 0;
    for (let i = c.from; i < c.to; i++) {
      const t = toks[i]!;
      if (CLAUSE_WORD.test(t.pos) && !verbAt.includes(i) && (asked.has(t.stem) || asked.has(t.text.toLowerCase()))) n++;
    }
    return n;
  };
  const most = Math.max(...withVerb.map(shared));
  return withVerb.filter((c) => shared(c) === most);
}

/** The clause holds the time phrase, or the clause reader attached it there. */
function inClause(c: ClauseFrame, p: TimePhrase): boolean {
  return (c.from <= p.first && p.first < c.to) || c.dates.some(([f]) => f === p.first);
}

/** "(born August 13, 1926)": a birth date, which dates no other deed of the person's. */
function bornOn(toks: Tok[], p: TimePhrase): boolean {
  return /^(born|b\.?)$/i.test(toks[p.first - 1]?.text ?? '');
}

/**
 * The time phrase answering a "when" question in a sentence. `verbAt`: where the question's
 * verbs stand in it; `docDate`: the article's date, for times relative to it; `clauses`: the
 * sentence's clause frames, whose dates belong to their own verb; `asked`: the question's words;
 * `life`: the question asks of a birth or a death, which a birth date answers; `clock`: it asks
 * "what time", which only a time of day answers.
 */
export function timeAnswer(
  toks: Tok[],
  text: string,
  fresh: (s: string) => boolean,
  verbAt: number[],
  docDate: string | null,
  previous = false,
  year = false,
  clauses: readonly ClauseFrame[] = [],
  asked: ReadonlySet<string> = new Set(),
  life = false,
  clock = false,
): string | null {
  const phrases = [...timePhrases(toks, text), ...wordCenturies(toks, text)];
  // "recently visited": an adverb dating the very verb asked (not the earlier time "previously" asks).
  toks.forEach((t, i) => {
    if (
      !previous &&
      RELATIVE_ADVERB.test(t.text) &&
      verbAt.some((v) => Math.abs(v - i) <= ADVERB_REACH) &&
      !phrases.some((p) => p.first <= i && i <= p.last)
    ) {
      phrases.push({ text: t.text, first: i, last: i, bound: false });
    }
  });
  // "The first visit since September 2019" says when an earlier visit was, not this one.
  const earlier = (p: TimePhrase) =>
    p.bound && toks.slice(Math.max(0, p.first - FIRST_REACH), p.first).some((t) => /^first$/i.test(t.text));
  // "X will close next spring, the company announced on Wednesday": the announcement's date
  // never dates the deed asked when the sentence holds a clause of that deed.
  const own = askedClauses(clauses, toks, verbAt, asked);
  const reportedOn = (p: TimePhrase) =>
    own.length > 0 &&
    clauses.some((c) => !own.includes(c) && inClause(c, p) && SPEECH_VERBS.has(toks[c.verb]?.lemma ?? ''));
  // And the other way round: "when did she speak" is not dated by what she said she would do
  // ("She said she would begin talks on Monday"), a time in a clause after the words asked.
  const reportedDeed = (p: TimePhrase) =>
    own.length > 0 &&
    own.every((c) => SPEECH_VERBS.has(toks[c.verb]?.lemma ?? '')) &&
    !own.some((c) => inClause(c, p)) &&
    own.some((c) => c.to <= p.first);
  // "Ada, who later became chair, joined after the council sold the site in 2004": a date of a
  // clause whose tensed verb is another deed dates that deed; when no clause of the verb asked
  // has a date, none answers. Only where the asked word is a verb there: a noun asked ("the
  // fire") may be dated by a clause of its own ("the fire, which broke out in May"); and not a
  // date opening the sentence ("In 2004, ..."), which dates all its clauses.
  const byVerb = own.some((c) => doneIn(c, toks, verbAt)) && !own.every((c) => timedByAnother(c, toks));
  const firstVerb = Math.min(...clauses.map((c) => c.verb));
  const anotherDeed = (p: TimePhrase) =>
    byVerb &&
    p.first > firstVerb &&
    !own.some((c) => inClause(c, p)) &&
    clauses.some(
      (c) =>
        !own.includes(c) &&
        inClause(c, p) &&
        toks[c.verb]!.pos === 'VERB' &&
        !nonFinite(c, toks) &&
        !holdsDeed(c.subject, verbAt),
    );
  const dated = phrases.filter(
    (p) =>
      (previous || !earlier(p)) &&
      (life || !bornOn(toks, p)) &&
      fresh(p.text) &&
      (isoOfDatePhrase(p.text) || CALENDAR_WORD.test(p.text) || RELATIVE_ADVERB.test(p.text)) &&
      !LENGTH_MODIFIER.test(p.text) &&
      !measuresTime(toks, p) &&
      !inAName(toks, p) &&
      !(year && !NAMES_A_YEAR.test(p.text)) &&
      !(clock && !isClockTime(p.text)) &&
      !lasting(toks, p) &&
      !reportedOn(p) &&
      !reportedDeed(p) &&
      !anotherDeed(p),
  );
  if (!dated.length) return null;
  const distance = (p: TimePhrase) =>
    verbAt.length ? Math.min(...verbAt.map((v) => (v < p.first ? p.first - v : v > p.last ? v - p.last : 0))) : 0;
  // Nearest the verb asked; a calendar date before a vaguer phrase at the same distance. "When
  // did they previously visit": "the first visit since September 2019" bounds this visit by that one.
  const bound = (p: TimePhrase) => (previous ? Number(!p.bound) : Number(p.bound));
  // "The old depot closed in 2019 and demolition started in March": a date of the clause whose
  // verb is asked before one that merely stands nearer it.
  const elsewhere = (p: TimePhrase) => Number(!own.some((c) => inClause(c, p)));
  const best = [...dated].sort(
    (a, b) =>
      bound(a) - bound(b) ||
      elsewhere(a) - elsewhere(b) ||
      distance(a) - distance(b) ||
      Number(!isoOfDatePhrase(a.text)) - Number(!isoOfDatePhrase(b.text)) ||
      a.first - b.first,
  )[0]!;
  if (isoOfDatePhrase(best.text)) return best.text;
  if (RELATIVE_WORD.test(best.text) && docDate) return `${best.text} (the article is dated ${docDate})`;
  // A stretch of time says when only with its preposition: "after two years", "within a week".
  const before = toks[best.first - 1]?.text.toLowerCase() ?? '';
  if (STRETCH.test(best.text) && STRETCH_PREPOSITIONS.has(before)) return `${before} ${best.text}`;
  // "shortly after midnight": a time of day is as near as its preposition puts it.
  if (TIME_OF_DAY.test(best.text) && NEAR_TIME.has(before)) {
    const from = toks[best.first - 2]?.pos === 'ADV' ? best.first - 2 : best.first - 1;
    return text.slice(toks[from]!.start, toks[best.last]!.end);
  }
  return best.text;
}

/** An ordinal written as a word, as centuries are: "the nineteenth century". */
const ORDINAL_WORD =
  /^(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)$/i;
/** Words placing a time within its century: "the early nineteenth century". */
const PART_OF_CENTURY = /^(early|mid|late|middle)$/i;

/** "In the early nineteenth century": a century written in words, which the time finder leaves undated. */
function wordCenturies(toks: Tok[], text: string): TimePhrase[] {
  const out: TimePhrase[] = [];
  toks.forEach((t, i) => {
    if (!/^century$/i.test(t.text) || !ORDINAL_WORD.test(toks[i - 1]?.text ?? '')) return;
    const first = PART_OF_CENTURY.test(toks[i - 2]?.text ?? '') ? i - 2 : i - 1;
    out.push({ text: text.slice(toks[first]!.start, t.end), first, last: i, bound: false });
  });
  return out;
}

const TIME_OF_DAY = /^(midnight|midday|noon|dawn|dusk)$/i;
/** Prepositions that place a deed near a time of day rather than at it. */
const NEAR_TIME = new Set(['after', 'before', 'around', 'until', 'by']);

/** A stretch of time, not a date: "two years", "18 months", "a week". */
const STRETCH =
  /^(?:an?|\S+)\s+(?:more\s+)?(?:seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|years?|decades?|centuries|century)$/i;

/** Verbs that ask when something starts, which "from April" answers. */
export const STARTING = new Set(['start', 'begin', 'commence', 'launch']);

/** The date "from" sets a start by: "travel free on buses from April" -> "from April". */
export function dateAfterFrom(toks: Tok[], text: string): string | null {
  const p = timePhrases(toks, text).find(
    (x) => /^from$/i.test(toks[x.first - 1]?.text ?? '') && (isoOfDatePhrase(x.text) || CALENDAR_WORD.test(x.text)),
  );
  return p ? `from ${p.text}` : null;
}

/** Prepositions that make a stretch of time a when: "after two years", "within a week". */
const STRETCH_PREPOSITIONS = new Set(['after', 'within', 'in', 'before', 'by', 'until']);
/** Prepositions that make a stretch say how long, never when: "jailed for four years", "over a decade". */
const LASTING_PREPOSITIONS = new Set(['for', 'over']);

/** "For four years": how long something lasted, which does not answer "when". */
function lasting(toks: Tok[], p: TimePhrase): boolean {
  return STRETCH.test(p.text) && LASTING_PREPOSITIONS.has(toks[p.first - 1]?.text.toLowerCase() ?? '');
}

/** Words of a name a year is written into: "the 2019 Harbour Festival", "2008's storm". */
const NAME_WORD = /^(NOUN|PROPN|ADJ)$/;
/** Words of a name after a year at most: longer runs are a clause, not a name. */
const NAME_REACH = 5;

/**
 * "When was the accord signed?" where the article writes "the 2001 Kelmouth Accord":
 * a year written into the name of the thing asked about dates it, though the sentence is about
 * something else and never says "signed". `named`: the question's nouns (lower case, with their
 * lemmas), those naming the kind of answer ("year") left out. The year itself is the answer.
 */
export function yearInName(toks: Tok[], named: ReadonlySet<string>): string | null {
  for (let i = 0; i < toks.length; i++) {
    if (!isYear(toks[i]!.text)) continue;
    let k = i + 1;
    // Written into a name after an article ("the 1992 ...") or owning it ("2008's ..."); after
    // a preposition ("in 1640 the mayor stated ...") it dates the clause that follows instead.
    if (/^['’]s$/.test(toks[k]?.text ?? '')) k++;
    else if (toks[i - 1]?.pos !== 'DET') continue;
    const from = k;
    while (k < toks.length && k - from < NAME_REACH && NAME_WORD.test(toks[k]!.pos)) k++;
    if (k === from || toks[k - 1]!.pos === 'ADJ') continue;
    const run = toks.slice(from, k);
    if (run.some((t) => t.pos !== 'ADJ' && (named.has(t.text.toLowerCase()) || named.has(t.lemma))))
      return toks[i]!.text;
  }
  return null;
}

/** Words that end the phrase a bracketed year follows: "drama (1990), dance (2016)". */
const PHRASE_BREAK = /^(,|;|and|or|\(|\))$/i;

/**
 * "Marine engineering (1994)": a year in brackets right after a noun the question names
 * (`named`, as yearInName takes them) dates that thing, as a year written into its name does. Of
 * several ("boat building (2011) and sail making (2016)"), the phrase holding most of the
 * question's words; none when two hold as many.
 */
export function yearInBrackets(toks: Tok[], named: ReadonlySet<string>): string | null {
  const isNamed = (t: Tok) => /^(NOUN|PROPN)$/.test(t.pos) && (named.has(t.text.toLowerCase()) || named.has(t.lemma));
  const found: { year: string; held: number }[] = [];
  for (let i = 1; i + 2 < toks.length; i++) {
    if (toks[i]!.text !== '(' || !isYear(toks[i + 1]!.text) || toks[i + 2]!.text !== ')') continue;
    if (!isNamed(toks[i - 1]!)) continue;
    let from = i - 1;
    while (from > 0 && !PHRASE_BREAK.test(toks[from - 1]!.text)) from--;
    found.push({ year: toks[i + 1]!.text, held: toks.slice(from, i).filter(isNamed).length });
  }
  const most = Math.max(...found.map((f) => f.held));
  const best = found.filter((f) => f.held === most);
  return best.length === 1 ? best[0]!.year : null;
}

/** Tokens from the event's noun to its year at most: "a charter granted by the king in 1622". */
const EVENT_REACH = 6;
/** Words that attach a year to the noun before them: "its charter of 1622", "rules from 1912". */
const YEAR_OF = /^(in|of|from|during)$/i;

/**
 * "When did the town receive its charter?" where the sentence writes "the town's charter of 1622"
 * but no "receive": the year the sentence attaches to the question's object noun (`objects`,
 * lower case with lemmas) by "in", "of", "from" or "during", with no verb between them, and
 * not owned by a name the question does not give (`asked`: its words, lower case).
 */
export function yearOfEvent(toks: Tok[], objects: ReadonlySet<string>, asked: ReadonlySet<string>): string | null {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.pos !== 'NOUN' || !(objects.has(t.text.toLowerCase()) || objects.has(t.lemma))) continue;
    // "Kelmouth's charter of 1622" is Kelmouth's: not the charter of another the question names.
    let p = i - 1;
    while (p > 0 && toks[p]!.pos === 'ADJ') p--;
    const owner = /^['’]s$/.test(toks[p]?.text ?? '') ? toks[p - 1] : undefined;
    if (owner?.pos === 'PROPN' && !asked.has(owner.text.toLowerCase())) continue;
    for (let k = i + 1; k < toks.length && k - i <= EVENT_REACH; k++) {
      const x = toks[k]!;
      if (x.pos === 'VERB' || x.pos === 'AUX' || /^[;:]$/.test(x.text)) break;
      if (isYear(x.text) && YEAR_OF.test(toks[k - 1]?.text ?? '')) return x.text;
    }
  }
  return null;
}

/**
 * "How long will the warning last": "until Friday", the time a state lasts to, as written.
 * "Since 2019" says when it began, which answers "since when", or "how long has it ..." (below).
 */
export function untilAnswer(toks: readonly Tok[], text: string): string | null {
  return boundWritten(toks, text, UNTIL);
}

/** "How long has the plant made engines": "since 1968", the start of a state that still holds. */
export function sinceAnswer(toks: readonly Tok[], text: string): string | null {
  return boundWritten(toks, text, SINCE);
}

/** A length of time written without a number: "several weeks", "a few days", "many years". */
const VAGUE_DURATION =
  /^(?:(?:several|a few|few|many|some|a couple of) )(?:minutes|hours|days|weeks|months|years|decades)$/i;

/** "How long will the talks take": "several weeks", a length the passage gives without a number. */
export function vagueDurationAnswer(toks: readonly Tok[], text: string): string | null {
  for (const p of timePhrases(toks, text)) {
    const written = text.slice(toks[p.first]!.start, toks[p.last]!.end);
    if (VAGUE_DURATION.test(written)) return written;
    // wink leaves "a" out of "a few days": the article before belongs to it.
    const withA = toks[p.first - 1]?.text.toLowerCase() === 'a' ? `a ${written}` : '';
    if (withA && VAGUE_DURATION.test(withA)) return text.slice(toks[p.first - 1]!.start, toks[p.last]!.end);
  }
  return null;
}

const UNTIL = /^(until|till)$/i;
const SINCE = /^since$/i;

/** A time phrase with the bounding preposition before it, as written: "until Friday". */
function boundWritten(toks: readonly Tok[], text: string, preposition: RegExp): string | null {
  for (const p of timePhrases(toks, text)) {
    // wink reads "until Friday" as one duration, or the time alone after its preposition.
    const from = preposition.test(toks[p.first]!.text) ? p.first : p.first - 1;
    if (from >= 0 && preposition.test(toks[from]!.text)) return text.slice(toks[from]!.start, toks[p.last]!.end);
  }
  return null;
}
