// The amounts a sentence writes ("Seven councillors", "£75m", "over £1bn a year"), found once for
// the store's clause frames and for "how many" answers alike.
import type { Token } from '../nlp/annotate.js';
import { YEAR_PATTERN } from '../text/dates.js';

type AmountToken = Pick<Token, 'text' | 'start' | 'end' | 'pos' | 'ent'>;

/** "1987", "the 1740s", "2019-20": when, not how many. */
const YEAR_DECADE_OR_SPAN = new RegExp(`^(${YEAR_PATTERN}|\\d{2,3}0s|${YEAR_PATTERN}[-–]\\d{2,4})$`);

/** Words that make a number an amount of money or a share; "p" written against it is pence ("640p"). */
const MONEY_WORD = /^(pct|percent|%|mln|bln|billion|million|trillion|bn|m|mn|k|tn|p)$/i;
/** Coins named after a number: "640 pence", "99 cents". */
const COIN_WORD = /^(pence|cents)$/i;
/** Units written after an amount. */
export const UNIT_WORD =
  /^(pct|percent|%|dlrs|dollars|euros|pounds|pence|cents|yen|mln|bln|billion|million|trillion|bn|m|mn|k|tn)$/i;
const MONTH =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;
/** A day of the month as written in a date: "12", "3rd". */
const DAY_NUMBER = /^(0?[1-9]|[12]\d|3[01])(st|nd|rd|th)?$/i;
/** Words bounding an amount, which belong to it. */
const APPROXIMATE =
  /^(between|over|about|around|almost|nearly|roughly|approximately|some|under|below|above|only|just)$/i;
const APPROXIMATE_TWO = /^(more than|less than|fewer than|at least|at most|up to|as many|as much)$/i;
/** Tokens between a number and the noun it counts at most: "30 member countries". */
export const COUNT_REACH = 3;

export interface AmountSpan {
  /** The amount as written, with its bound, sign, unit or counted noun ("over £1bn a year", "2,000 jobs"). */
  text: string;
  /** Its tokens [first, last]. */
  first: number;
  last: number;
  /** The number's own tokens [at, numberEnd] ("£75m": "75" and "m"). */
  at: number;
  numberEnd: number;
  /** Where the number starts with its currency sign, before any bound ("over"). */
  from: number;
  /** A sum of money or a share rather than a count. */
  money: boolean;
  /** A year, a decade or a span of years: it says when, not how many. */
  year: boolean;
}

/**
 * A participle modifying the noun after it, which the tagger reads as a verb: "paid staff",
 * "rising costs". Only asked inside a noun phrase (after "how many", after a number).
 */
export function isParticiple(t: { pos: string; text: string } | undefined, next: { pos: string } | undefined): boolean {
  return !!t && t.pos === 'VERB' && next?.pos === 'NOUN';
}

/** The part a fraction names: "a third", "one quarter", "two-thirds", "halves". */
export const FRACTION_WORD =
  /^(?:half|halves|(?:[a-z]+-)?(?:third|quarter|fifth|sixth|seventh|eighth|ninth|tenth)s?)$/i;

/**
 * "fell by almost a third", "a fifth less likely", "a quarter of voters": a share written as a
 * fraction, at `i` its "a" or "one". Not an ordinal of a noun: "a third term".
 */
function isFraction(toks: readonly AmountToken[], i: number): boolean {
  if (!/^(a|one)$/i.test(toks[i]!.text) || !FRACTION_WORD.test(toks[i + 1]?.text ?? '')) return false;
  return toks[i + 2]?.pos !== 'NOUN';
}

/**
 * Every amount of a sentence, in order. A day of a date ("24 August") and a number that is part
 * of a name ("Chapter 11") are none; `skip` passes over numbers the caller already has (a
 * question's own).
 */
export function amountsIn<T extends AmountToken>(
  toks: readonly T[],
  text: string,
  skip: (t: T) => boolean = () => false,
): AmountSpan[] {
  const found: AmountSpan[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    const fraction = isFraction(toks, i);
    if (!fraction && t.pos !== 'NUM' && t.ent !== 'CARDINAL' && t.ent !== 'MONEY' && t.ent !== 'PERCENT') continue;
    // A day of a date ("24 August", "April 19, 1995") counts nothing, nor one the tagger took for
    // a bare number ("(February 12, 1809 – April 15, 1865)"): a day's number beside a month's name.
    const beside = [toks[i - 1], toks[i + 1]];
    const besideMonth = beside.some((x) => x && MONTH.test(x.text));
    const datedDay = DAY_NUMBER.test(t.text) && beside.some((x) => x && /^\p{Lu}/u.test(x.text) && MONTH.test(x.text));
    if (((t.ent === 'DATE' || t.ent === 'TIME') && besideMonth) || datedDay) continue;
    if (skip(t)) continue;
    // A number written after a capitalised word is part of a name ("Chapter 11", "Boeing 747",
    // "the FTSE 100"), no amount of anything; not one written with a unit of money ("USD 3.1bn").
    const prev = toks[i - 1];
    const unit = toks[i + 1];
    if (
      !(unit?.start === t.end && MONEY_WORD.test(unit.text)) &&
      prev?.end === t.start - 1 &&
      prev.pos === 'PROPN' &&
      /^\p{Lu}/u.test(prev.text) &&
      !MONTH.test(prev.text) &&
      !UNIT_WORD.test(prev.text) &&
      t.ent !== 'MONEY' &&
      t.ent !== 'PERCENT'
    )
      continue;
    let j = fraction ? i + 1 : i;
    while (!fraction && toks[j + 1] && (toks[j + 1]!.pos === 'NUM' || (t.ent && toks[j + 1]!.ent === t.ent))) j++;
    // A run of the tagger's that goes on into a month's name is a date ("1809 – April 15, 1865").
    if (toks.slice(i + 1, j + 1).some((x) => /^\p{Lu}/u.test(x.text) && MONTH.test(x.text))) {
      i = j;
      continue;
    }
    // A unit written against the number belongs to it: "£75m", "$9.4bn".
    // At a sentence's end the tagger keeps the full stop on it ("£3m."), which the amount leaves out.
    while (
      toks[j + 1]?.start === toks[j]!.end &&
      (/^[\p{L}%]+$/u.test(toks[j + 1]!.text) || MONEY_WORD.test(toks[j + 1]!.text.replace(/\.$/, '')))
    )
      j++;
    // A currency sign before the amount belongs to it ("$200 million"); the words as written.
    const from = i > 0 && /^[$€£¥]$/.test(toks[i - 1]!.text) ? i - 1 : i;
    // "between 40 and 69": one range, the two numbers together.
    if (/^between$/i.test(toks[from - 1]?.text ?? '') && /^and$/i.test(toks[j + 1]?.text ?? '')) {
      const other = /^[$€£¥]$/.test(toks[j + 2]?.text ?? '') ? j + 3 : j + 2;
      if (toks[other]?.pos === 'NUM') {
        j = other;
        while (toks[j + 1]?.start === toks[j]!.end && MONEY_WORD.test(toks[j + 1]!.text)) j++;
      }
    }
    const money =
      fraction ||
      from < i ||
      t.ent === 'MONEY' ||
      t.ent === 'PERCENT' ||
      MONEY_WORD.test(toks[j]!.text) ||
      COIN_WORD.test(toks[j + 1]?.text ?? '');
    // "2,000 jobs" and "50,000 square metres" name what is counted; "$3.5 billion battery plant" does not.
    let last = j;
    if (toks[j + 1] && UNIT_WORD.test(toks[j + 1]!.text)) last = j + 1;
    else if (!money) {
      let k = j + 1;
      while ((toks[k]?.pos === 'ADJ' || isParticiple(toks[k], toks[k + 1])) && k < j + COUNT_REACH) k++;
      if (toks[k]?.pos === 'NOUN') {
        // The whole compound: "twenty network technologies"; not a verb the tagger read as a noun
        // before its object ("9,000 passengers use the line").
        while (toks[k + 1]?.pos === 'NOUN' && toks[k + 2]?.pos !== 'DET') k++;
        last = k;
      }
    }
    // "over £1bn a year", "more than two hours": the bound and the rate are part of the amount.
    let start = from;
    const two = `${toks[from - 2]?.text ?? ''} ${toks[from - 1]?.text ?? ''}`.toLowerCase();
    if (APPROXIMATE_TWO.test(two)) start = from - 2;
    else if (APPROXIMATE.test(toks[from - 1]?.text ?? '')) start = from - 1;
    if (
      money &&
      /^(a|an|per)$/i.test(toks[last + 1]?.text ?? '') &&
      /^(year|month|week|day|hour|head|person)$/i.test(toks[last + 2]?.text ?? '')
    )
      last += 2;
    found.push({
      text: text.slice(toks[start]!.start, toks[last]!.end).replace(/(\p{L})\.$/u, '$1'),
      first: start,
      last,
      at: i,
      numberEnd: j,
      from,
      money,
      year: i === j && YEAR_DECADE_OR_SPAN.test(t.text),
    });
    i = j;
  }
  return found;
}
