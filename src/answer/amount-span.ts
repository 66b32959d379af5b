// The amount a "how many" or "how much" question asks for: the number attached to the noun it
// counts ("the 30 member countries", "a pre-tax profit of £75m"), whole as written ("£75m"),
// never the count of something else in the sentence ("two members" for "how many councillors").
import { stemOf } from '../nlp/annotate.js';
import type { Tok } from '../corpus/corpus.js';
import { amountsIn, COUNT_REACH, isParticiple } from '../extract/amounts.js';
import { writtenIn, type Measure } from './measure-asked.js';
import { ordinalPlace } from './ordinal-place.js';
import { countsNothing, isFraction } from './not-a-count.js';
import { UNIT_NAMES } from './another-one.js';

/** A currency sign or name: the amount is a sum of money (a "million" alone may count anything). */
const CURRENCY = /[$€£¥]|\b(dollars?|dlrs|euros?|pounds|yen)\b/i;

/** Tokens between a measured noun and its amount at most: "a pre-tax profit of £75m". */
const MEASURE_REACH = 4;

/** Units of measure: "how many miles" is answered only by a number of miles, never by a bare number. */
const UNIT_STEMS = new Set(
  [
    'second',
    'minute',
    'hour',
    'day',
    'week',
    'month',
    'year',
    'decade',
    'century',
    'mile',
    'kilometre',
    'kilometer',
    'km',
    'metre',
    'meter',
    'foot',
    'feet',
    'inch',
    'yard',
    'pound',
    'kilogram',
    'kg',
    'ton',
    'tonne',
    'gram',
    'litre',
    'liter',
    'gallon',
    'acre',
    'hectare',
    'degree',
    'mph',
    'kph',
    'mm',
    'cm',
  ].map(stemOf),
);

interface Amount {
  text: string;
  rank: number;
  attached: boolean;
  other: boolean;
  nameDistance: number;
  at: number;
  /** A unit of measure follows the number: "4 weeks", "21 miles". */
  unit: boolean;
  /** A sum in a currency: "$652 million" is no count of people. */
  sum: boolean;
  /** In a clause whose doer is the question's subject. */
  doer: boolean;
  /** A bare number ending its clause, its noun left unwritten: "who received 11,821". */
  elided: boolean;
  /** A percentage: "12% of the salt" is how much of it, though a noun follows. */
  share: boolean;
  /** After "by", "from" or "to": "rose by 14% to £186m" writes a change, then the level it came to;
   * "rise from 41 minutes to 49 minutes" the level it left, then the one it comes to. */
  step: 'by' | 'from' | 'to' | null;
}

/** "60km/h", "30 m/s": the unit a rate is per, written with a slash right after the amount. */
function perUnit(text: string, end: number): string {
  const unit = /\/\p{L}[\p{L}\d²³]*/uy;
  unit.lastIndex = end;
  return unit.exec(text)?.[0] ?? '';
}

/**
 * Whether an amount is written in another unit than the one asked: "42 km" for "how many miles".
 * `asked` is the noun "how many" counts; a bare number or one in no unit is not in another.
 */
export function inAnotherUnit(asked: string | undefined, amount: string): boolean {
  const unit = asked ? stemOf(asked) : '';
  if (!UNIT_STEMS.has(unit)) return false;
  const same = new Set([unit, ...UNIT_NAMES(unit).map(stemOf)]);
  const written = amount
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .map(stemOf)
    .filter((st) => UNIT_STEMS.has(st) || UNIT_NAMES(st).length > 0);
  return written.length > 0 && written.every((st) => !same.has(st));
}

/** Units of time a rate may be per ("£30,000 a year"): what is earned over a time is still earned. */
const TIME_UNITS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year', 'quarter'].map(stemOf));

/** Nouns of money lost or owed, whose amount is never one earned. */
const LOSSES = new Set(['loss', 'deficit', 'debt', 'shortfall']);

/** "6.2p a share", "£40 per head": an amount per one of a thing other than a time, right after it. */
function perOther(toks: readonly Tok[], last: number): boolean {
  const unit = toks[last + 2];
  return /^(a|an|per)$/i.test(toks[last + 1]?.text ?? '') && unit?.pos === 'NOUN' && !TIME_UNITS.has(unit.stem);
}

/** A number that counts one of its unit: "a one-year deal" is "one year", not "one years". */
const ONE = /^(one|1|a|an)$/i;

/**
 * The unit a hyphen joins to the number ending at token `j` ("five-year", "three-day"), as the
 * singular it is written in; not an age ("24-year-old"), which "how old" reads on its own.
 */
function unitJoined(toks: readonly Tok[], j: number): string | null {
  const unit = toks[j + 2];
  if (toks[j + 1]?.text !== '-' || !unit || !UNIT_STEMS.has(unit.stem) || toks[j + 3]?.text === '-') return null;
  return unit.text.toLowerCase();
}

/** "Three of which", "two of whom": a part of what the relative pronoun stands for, written before. */
function ofWhich(toks: Tok[], numberEnd: number): boolean {
  return /^of$/i.test(toks[numberEnd + 1]?.text ?? '') && /^(which|whom)$/i.test(toks[numberEnd + 2]?.text ?? '');
}

/** The noun a relative pronoun after a comma stands for, where no amount before counts it: "the kettles, three of which". */
function antecedent(toks: Tok[], from: number): Tok[] {
  let k = from - 1;
  while (k >= 0 && toks[k]!.pos === 'PUNCT') k--;
  return toks[k]?.pos === 'NOUN' ? [toks[k]!] : [];
}

/** Nouns that name a price whatever it is of: "a cost of £5m", "a value of $2bn". */
const PRICE_NOUNS = /^(cost|price|value|worth|fee|sum|total|amount|payment|bill)$/;

/** Whether the sum at `from` is written as another noun's: "a reward of £50,000", a noun the question does not give. */
function sumOfAnother(toks: readonly Tok[], from: number, given: (t: Tok) => boolean): boolean {
  const noun = /^of$/i.test(toks[from - 1]?.text ?? '') ? toks[from - 2] : undefined;
  return !!noun && noun.pos === 'NOUN' && !given(noun) && !PRICE_NOUNS.test(noun.lemma.toLowerCase());
}

/** The word before an amount that makes it a change ("by 14%"), the level a change left ("from
 * 41 minutes") or the one it came to ("to £186m"). */
function stepBefore(toks: readonly Tok[], from: number): Amount['step'] {
  const w = toks[from - 1]?.text.toLowerCase();
  return w === 'by' || w === 'from' || w === 'to' ? w : null;
}

/** Words that ask the level before a change ("how long did it take before"), which "from" writes. */
const EARLIER = new Set(['before', 'previously', 'previous', 'originally', 'original', 'formerly', 'used', 'old']);

/** The stem of "percent", counted by "how many percent": the one count a share answers. */
const PERCENT_STEM = 'percent';

/**
 * `counted`: the stems that stand for the noun counted (none when the articles never use it:
 * "ppl" then excludes no count); `names`: the names the question gives, which the amount stands near;
 * `moneyOnly`: the question asks a price, which only a sum of money or a share answers;
 * `sumOnly`: it asks for money itself ("how much money"), which a share does not give;
 * `measure`: the measure a "how fast", "how old" question asks, which only an amount in it answers;
 * `deedClauses`: token ranges of the clauses whose verb the question asks;
 * `refusedClauses`: those of clauses about another thing, whose amounts are never the one asked;
 * `countOnly`: the question asks how many, which a sum of money measuring the things does not tell;
 * `earnedOnly`: it asks what was earned, which a sum per share or per head ("6p a share") is not;
 * `doerClauses`: token ranges of the clauses whose doer is the question's subject, whose amount
 * is theirs before another's, though it leaves the noun counted unwritten ("who received 11,821").
 */
export function amountAnswer(
  toks: Tok[],
  asked: Set<string>,
  text: string,
  counted: string[],
  names: Set<string>,
  moneyOnly = false,
  sumOnly = false,
  measure: Measure | null = null,
  deedClauses: readonly (readonly [number, number])[] = [],
  refusedClauses: readonly (readonly [number, number])[] = [],
  countOnly = false,
  earnedOnly = false,
  doerClauses: readonly (readonly [number, number])[] = [],
): string | null {
  const countedStem = counted.length ? new Set(counted) : null;
  const isCounted = (t: Tok | undefined) =>
    !!t && !!countedStem && (countedStem.has(t.stem) || countedStem.has(stemOf(t.lemma.toLowerCase())));
  const nameAt = toks
    .map((t, i) => (t.pos === 'PROPN' && names.has(t.text.toLowerCase()) ? i : -1))
    .filter((i) => i >= 0);
  const found: Amount[] = [];
  const outside = (a: Amount) => deedClauses.length > 0 && !deedClauses.some(([f, t]) => f <= a.at && a.at < t);
  const given = (t: Tok) => asked.has(t.stem) || asked.has(t.text.toLowerCase());
  // The numbers that count a whole a part is taken from: "101" of "took 41 of the 101 seats".
  const wholes = new Set<number>();
  // The nouns the amount before counted: "three of which" counts a part of them.
  let counting: Tok[] = [];
  for (const { text: written, at: i, numberEnd: j, first, from, last, money, year } of amountsIn(toks, text, given)) {
    const t = toks[i]!;
    // The noun after the number ("30 member countries") or before it ("profit of £75m").
    // "Four of the sororities": the counted noun after "of the"; "41 of the 101 seats": after the whole.
    let partitive = /^of$/i.test(toks[j + 1]?.text ?? '') ? (toks[j + 2]?.pos === 'DET' ? j + 3 : j + 2) : j + 1;
    // "A five-year contract": the unit joined to the number counts it, and the noun after is measured.
    const joined = unitJoined(toks, j);
    if (joined) partitive = j + 2;
    const whole = partitive > j + 1 && !money && toks[partitive]?.pos === 'NUM' ? partitive : -1;
    if (whole >= 0) {
      wholes.add(whole);
      partitive = whole + 1;
    }
    const after = toks.slice(partitive, partitive + COUNT_REACH);
    const upTo = after.findIndex(
      (x, k) => x.pos !== 'NOUN' && x.pos !== 'ADJ' && x.pos !== 'PROPN' && !isParticiple(x, after[k + 1]),
    );
    const following = ofWhich(toks, j)
      ? counting.length
        ? counting
        : antecedent(toks, from)
      : upTo < 0
        ? after
        : after.slice(0, upTo);
    counting = following;
    const span =
      whole >= 0 && following.length
        ? text.slice(toks[first]!.start, following[following.length - 1]!.end)
        : joined
          ? `${written} ${ONE.test(written) ? joined : `${joined}s`}`
          : written + perUnit(text, toks[last]!.end);
    const before: Tok[] = [];
    for (
      let k = from - 1;
      k >= 0 && k >= from - MEASURE_REACH && !/^[,;.:()]$/.test(toks[k]!.text) && toks[k]!.pos !== 'VERB';
      k--
    )
      before.push(toks[k]!);
    // "Nominated in nine categories" counts nominations: the verb of the noun counted, just before.
    let v = from - 1;
    while (v >= 0 && v >= from - MEASURE_REACH && /^(ADP|DET|ADV|AUX|PART)$/.test(toks[v]!.pos)) v--;
    const byDeed = toks[v]?.pos === 'VERB' && isCounted(toks[v]);
    // "Bids of £12m" measures the bids; "how many bids" counts them, which no sum does.
    // "How big is the protection zone": with no noun counted, "a 3km protection zone" measures the
    // thing asked when the nouns it measures are all the question's.
    const measuresAsked =
      measure !== null &&
      !countedStem &&
      following.some((x) => x.pos === 'NOUN') &&
      following.every((x) => x.pos !== 'NOUN' || given(x));
    const attached =
      !(countOnly && CURRENCY.test(span)) &&
      (following.some(isCounted) || (money && before.some(isCounted)) || byDeed || measuresAsked);
    // "the £30,000 painting prize" is the prize's amount, whatever else the sentence funds.
    const other = !attached && following.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN');
    const nameDistance = nameAt.length ? Math.min(...nameAt.map((n) => Math.abs(n - i))) : 0;
    // "How much did it sell for?": "Chapter 11" or "12 months" is no price.
    const share = t.ent === 'PERCENT' || /%|\b(pct|percent)\b/i.test(span);
    if (measure && !writtenIn(measure, toks, from, i, text)) continue;
    // "How much is the gold worth": "a reward of £50,000" is the reward's sum, not the gold's price.
    if (moneyOnly && money && sumOfAnother(toks, from, given)) continue;
    // "How big is the fire": "240 firefighters" counts another thing than the one sized.
    if (
      measure === 'size' &&
      other &&
      !CURRENCY.test(span) &&
      ![...toks.slice(i, last + 1), ...following].some((x) => UNIT_STEMS.has(x.stem))
    )
      continue;
    if (measure !== 'age' && countsNothing(toks, from, i)) continue;
    // Nor is a loss what was earned: "a pre-tax loss of £85m"; and a sentence telling one says the
    // firm made none, whatever it made before ("compared with a profit of £12m the year before").
    if (earnedOnly && before.some((x) => LOSSES.has(x.lemma.toLowerCase()))) return null;
    if (earnedOnly && perOther(toks, last)) continue;
    // "How many people": a share of them is no count, a fraction nor a percentage ("78% of
    // members"), though "how much oxygen" may be a share of something.
    if (countedStem && (isFraction(toks, i, j) || (countOnly && share && !countedStem.has(PERCENT_STEM)))) continue;
    if (!year && (money || !moneyOnly) && !(sumOnly && (!money || share)) && !wholes.has(i))
      found.push({
        text: span,
        rank: money ? 3 : last > j ? 2 : 1,
        attached,
        other,
        nameDistance,
        at: i,
        unit: [...toks.slice(i, last + 1), ...following].some((x) => UNIT_STEMS.has(x.stem)),
        sum: CURRENCY.test(span),
        doer: doerClauses.some(([f, t]) => f <= i && i < t),
        elided: !money && !following.length && !joined && /^[,.;:]?$/.test(toks[last + 1]?.text ?? ''),
        share,
        step: stepBefore(toks, from),
      });
  }
  // "How long was the jury out" of "jailed for six years after a jury found him guilty": where the
  // sentence writes the thing asked as a clause's subject, an amount of another clause is not its.
  // An amount measuring the thing asked by name is its own, whatever the clause it is cut into.
  const refused = (a: Amount) =>
    !(a.attached && !countedStem) && refusedClauses.some(([f, t]) => f <= a.at && a.at < t);
  if (refusedClauses.length) found.splice(0, found.length, ...found.filter((a) => !refused(a)));
  // "How much profit did it make" of "profits rose by 14% to £186m": how much of a thing there is
  // is the level it came to, not the change; "how much did profits rise" names no noun so.
  const changeOnly = (a: Amount) => a.step === 'by' && found.some((b) => b.step === 'to' && b.at > a.at);
  if (countedStem && !countOnly) found.splice(0, found.length, ...found.filter((a) => !changeOnly(a)));
  // "How long will the journey take" of "will rise from 41 minutes to 49 minutes": the level it
  // comes to, unless the question asks the one before.
  const left = (a: Amount) => a.step === 'from' && found.some((b) => b.step === 'to' && b.at > a.at);
  if (![...EARLIER].some((w) => asked.has(w))) found.splice(0, found.length, ...found.filter((a) => !left(a)));
  // The amount of the noun asked first; a count of another thing never answers "how many N".
  // A unit asked ("how many miles") is written after its number: a bare "66" is not 66 miles.
  const unitAsked = counted.some((st) => UNIT_STEMS.has(st));
  // Nor is a measure in a unit ("two days earlier") or a sum of money a count of the things asked,
  // though a sum may be how much of a thing there is ("how much profit": "rose by 14% to £186m"),
  // not how big or how long it is.
  // A share asked is written as one ("3 percent of the water"): "percent" is no other thing counted.
  // A count of the noun asked, in the sentence, is the count its doer's bare number leaves unwritten.
  const pool =
    measure === 'share'
      ? found
      : found.some((a) => a.attached)
        ? found.filter((a) => a.attached || (a.doer && a.elided))
        : countedStem && !unitAsked
          ? found.filter((a) => !a.other && !a.unit && !(a.sum && (countOnly || measure !== null)))
          : countedStem
            ? found.filter((a) => a.unit && !a.sum)
            : found;
  // "The union wants a rise of 9%, saying members earn less than £20,000": the amount of the
  // clause whose verb is asked ("how much do they earn") before one of another deed, once the
  // amount's kind and the names the question gives have had their say.
  const elsewhere = (a: Amount) => Number(outside(a));
  // "How many were injured": with no noun counted, the amount of the deed asked comes first
  // ("37 people have died and more than 200 have been injured"), after the names' say.
  const deedFirst = (a: Amount, b: Amount) =>
    countedStem ? 0 : a.nameDistance - b.nameDistance || elsewhere(a) - elsewhere(b);
  // "How much did its profits rise": no count of another thing ("its 140 shops") measures it.
  const countOfOther = (a: Amount) => Number(!countOnly && !countedStem && a.other && !a.share);
  const best = [...pool].sort(
    (a, b) =>
      Number(b.doer) - Number(a.doer) ||
      countOfOther(a) - countOfOther(b) ||
      deedFirst(a, b) ||
      b.rank - a.rank ||
      a.nameDistance - b.nameDistance ||
      elsewhere(a) - elsewhere(b) ||
      a.at - b.at,
  )[0];
  // No count of the noun asked: "is the third planet" places the subject among them.
  const placed = !pool.some((a) => a.attached) && countedStem && !unitAsked ? ordinalPlace(toks, isCounted) : null;
  return placed ?? best?.text ?? null;
}
