// The amount a "how many" or "how much" question asks for: the number attached to the noun it
// counts ("the 30 member countries", "a pre-tax profit of £75m"), whole as written ("£75m"),
// never the count of something else in the sentence ("two members" for "how many councillors").
import { stemOf } from '../nlp/annotate.js';
import type { Tok } from '../corpus/corpus.js';
import { isParticiple } from './question-form.js';
import { YEAR_PATTERN } from '../text/dates.js';

/** "1987", "the 1740s", "2019-20": when, not how many. */
const YEAR_DECADE_OR_SPAN = new RegExp(`^(${YEAR_PATTERN}|\\d{2,3}0s|${YEAR_PATTERN}[-–]\\d{2,4})$`);

/** Words that make a number an amount of money or a share. */
const MONEY_WORD = /^(pct|percent|%|mln|bln|billion|million|trillion|bn|m|mn|k|tn)$/i;
/** Units written after an amount. */
const UNIT_WORD = /^(pct|percent|%|dlrs|dollars|euros|pounds|yen|mln|bln|billion|million|trillion|bn|m|mn|k|tn)$/i;
const MONTH =
  /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t|tember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;
/** Words bounding an amount, which belong to it. */
const APPROXIMATE = /^(over|about|around|almost|nearly|roughly|approximately|some|under|below|above|only|just)$/i;
const APPROXIMATE_TWO = /^(more than|less than|fewer than|at least|at most|up to|as many|as much)$/i;
/** Tokens between a number and the noun it counts at most: "30 member countries". */
const COUNT_REACH = 3;
/** Tokens between a measured noun and its amount at most: "a pre-tax profit of £75m". */
const MEASURE_REACH = 4;

interface Amount {
  text: string;
  rank: number;
  attached: boolean;
  other: boolean;
  nameDistance: number;
  at: number;
}

/**
 * `counted`: the stems that stand for the noun counted (none when the articles never use it:
 * "ppl" then excludes no count); `names`: the names the question gives, which the amount stands near;
 * `moneyOnly`: the question asks a price, which only a sum of money or a share answers;
 * `sumOnly`: it asks for money itself ("how much money"), which a share does not give.
 */
export function amountAnswer(
  toks: Tok[],
  asked: Set<string>,
  text: string,
  counted: string[],
  names: Set<string>,
  moneyOnly = false,
  sumOnly = false,
): string | null {
  const countedStem = counted.length ? new Set(counted) : null;
  const isCounted = (t: Tok | undefined) =>
    !!t && !!countedStem && (countedStem.has(t.stem) || countedStem.has(stemOf(t.lemma.toLowerCase())));
  const nameAt = toks
    .map((t, i) => (t.pos === 'PROPN' && names.has(t.text.toLowerCase()) ? i : -1))
    .filter((i) => i >= 0);
  const found: Amount[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.pos !== 'NUM' && t.ent !== 'CARDINAL' && t.ent !== 'MONEY' && t.ent !== 'PERCENT') continue;
    // A day of a date ("24 August", "April 19, 1995") counts nothing.
    if ((t.ent === 'DATE' || t.ent === 'TIME') && [toks[i - 1], toks[i + 1]].some((x) => x && MONTH.test(x.text)))
      continue;
    if (asked.has(t.stem) || asked.has(t.text.toLowerCase())) continue;
    // A number written after a capitalised word is part of a name ("Chapter 11", "Boeing 747",
    // "the FTSE 100"), no amount of anything.
    const prev = toks[i - 1];
    if (
      prev?.end === t.start - 1 &&
      prev.pos === 'PROPN' &&
      /^\p{Lu}/u.test(prev.text) &&
      !MONTH.test(prev.text) &&
      !UNIT_WORD.test(prev.text) &&
      t.ent !== 'MONEY' &&
      t.ent !== 'PERCENT'
    )
      continue;
    let j = i;
    while (toks[j + 1] && (toks[j + 1]!.pos === 'NUM' || (t.ent && toks[j + 1]!.ent === t.ent))) j++;
    // A unit written against the number belongs to it: "£75m", "$9.4bn".
    while (toks[j + 1]?.start === toks[j]!.end && /^[\p{L}%]+$/u.test(toks[j + 1]!.text)) j++;
    // A currency sign before the amount belongs to it ("$200 million"); the words as written.
    const from = i > 0 && /^[$€£¥]$/.test(toks[i - 1]!.text) ? i - 1 : i;
    const money = from < i || t.ent === 'MONEY' || t.ent === 'PERCENT' || MONEY_WORD.test(toks[j]!.text);
    // "2,000 jobs" and "50,000 square metres" name what is counted; "$3.5 billion battery plant" does not.
    let last = j;
    if (toks[j + 1] && UNIT_WORD.test(toks[j + 1]!.text)) last = j + 1;
    else if (!money) {
      let k = j + 1;
      while ((toks[k]?.pos === 'ADJ' || isParticiple(toks[k], toks[k + 1])) && k < j + COUNT_REACH) k++;
      if (toks[k]?.pos === 'NOUN') {
        // The whole compound: "twenty network technologies".
        while (toks[k + 1]?.pos === 'NOUN') k++;
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
    const span = text.slice(toks[start]!.start, toks[last]!.end);
    // A year, a decade ("the 1740s") or a span of years says when, not how many.
    const year = i === j && YEAR_DECADE_OR_SPAN.test(t.text);
    // The noun after the number ("30 member countries") or before it ("profit of £75m").
    // "Four of the sororities": the counted noun after "of the".
    const partitive = /^of$/i.test(toks[j + 1]?.text ?? '') ? (toks[j + 2]?.pos === 'DET' ? j + 3 : j + 2) : j + 1;
    const after = toks.slice(partitive, partitive + COUNT_REACH);
    const upTo = after.findIndex(
      (x, k) => x.pos !== 'NOUN' && x.pos !== 'ADJ' && x.pos !== 'PROPN' && !isParticiple(x, after[k + 1]),
    );
    const following = upTo < 0 ? after : after.slice(0, upTo);
    const before: Tok[] = [];
    for (
      let k = from - 1;
      k >= 0 && k >= from - MEASURE_REACH && !/^[,;.:()]$/.test(toks[k]!.text) && toks[k]!.pos !== 'VERB';
      k--
    )
      before.push(toks[k]!);
    const attached = following.some(isCounted) || (money && before.some(isCounted));
    // "the £30,000 painting prize" is the prize's amount, whatever else the sentence funds.
    const other = !attached && following.some((x) => x.pos === 'NOUN' || x.pos === 'PROPN');
    const nameDistance = nameAt.length ? Math.min(...nameAt.map((n) => Math.abs(n - i))) : 0;
    // "How much did it sell for?": "Chapter 11" or "12 months" is no price.
    const share = t.ent === 'PERCENT' || /%|\b(pct|percent)\b/i.test(span);
    if (!year && (money || !moneyOnly) && !(sumOnly && (!money || share)))
      found.push({ text: span, rank: money ? 3 : last > j ? 2 : 1, attached, other, nameDistance, at: i });
    i = j;
  }
  // The amount of the noun asked first; a count of another thing never answers "how many N".
  const pool = found.some((a) => a.attached)
    ? found.filter((a) => a.attached)
    : countedStem
      ? found.filter((a) => !a.other)
      : found;
  // A year alone does not say how many or how much.
  const best = [...pool].sort((a, b) => b.rank - a.rank || a.nameDistance - b.nameDistance || a.at - b.at)[0];
  return best?.text ?? null;
}
