// What a near quote changes in the meaning of the passage it copies. The claim and the passage
// are aligned word by word; each stretch where they part is read for the changes that turn a
// quote into a misquote: a negation added or dropped, another number or name, a word swapped for
// its opposite or for a stronger one, a hedge dropped. Anything else (a word left out, an
// inflection, a synonym, a spelling) keeps the meaning, and the quote stays only "close".
import { INTENT_VERBS } from './intent-verbs.js';
import { HONORIFICS, TITLE_QUALIFIERS } from '../extract/lexicon.js';
import type { Difference } from './result.js';
import { stemOf } from '../nlp/annotate.js';
import type { AntonymSource } from './antonyms.js';
import { NEGATORS } from './claim.js';
import { clausesOf } from './clauses.js';
import { loadedSwap, oppositeFeeling } from './word-feeling.js';
import { isYear } from '../text/dates.js';
import { NUMBER_WORDS, SMALL_NUMBER_DIGITS } from '../text/number-words.js';
import type { TextSpan } from '../text/span.js';

/** The token fields read here: the corpus's and an annotated claim's tokens both have them. */
export interface WordToken extends TextSpan {
  lemma: string;
  pos: string;
  stem: string;
}

/** Words whose removal or replacement takes back a claim's certainty. */
const HEDGES = new Set([
  'may',
  'might',
  'could',
  'would',
  'possibly',
  'perhaps',
  'probably',
  'likely',
  'maybe',
  'allegedly',
  'reportedly',
  'apparently',
]);
/** Words that say a little or part of something: one swapped for a word of FULL_DEGREE overstates. */
const SMALL_DEGREE = new Set([
  'bit',
  'slightly',
  'somewhat',
  'little',
  'partly',
  'partially',
  'fairly',
  'some',
  'few',
  'occasionally',
  'sometimes',
  'marginally',
  'modestly',
]);
/** Words that say all of something, or much of it. */
const FULL_DEGREE = new Set([
  'completely',
  'totally',
  'entirely',
  'fully',
  'wholly',
  'absolutely',
  'utterly',
  'all',
  'always',
  'every',
  'many',
  'much',
  'hugely',
  'massively',
  'vastly',
  'greatly',
]);

/** Words that scale a number: "£50m" and "£50 million" are one amount, so only the figures compare. */
const SCALES = new Set(['hundred', 'thousand', 'million', 'billion', 'trillion', 'm', 'bn', 'k']);
/** Titles and offices before or for a name: "Mr Blair", "Tony Blair" and "the Prime Minister" may name one man. */
const TITLES = new Set([
  ...HONORIFICS,
  'lady',
  'dame',
  'prof',
  'professor',
  'president',
  'minister',
  'prime',
  'chancellor',
  'secretary',
  'king',
  'queen',
  'prince',
  'princess',
  'governor',
  'senator',
  'mayor',
  'chairman',
  'chairwoman',
  'chief',
  'general',
  'judge',
  'bishop',
  'captain',
  'commissioner',
  'ambassador',
  'leader',
  'speaker',
  'director',
  'inspector',
  'officer',
]);
/** Prefixes that make a word its opposite: "legal"/"illegal", "prudent"/"imprudent". */
const NEGATIVE_PREFIX = /^(un|in|im|il|ir|dis|non)(.{3,})$/;

/** Parts of speech whose swap for a loaded word changes what is said of someone. */
const LOADABLE = new Set(['ADJ', 'VERB', 'ADV']);

/** Words, and "%", which belongs to the number before it. */
const isWord = (t: WordToken) => /[\p{L}\p{N}%]/u.test(t.text);
const negates = (t: WordToken) =>
  NEGATORS.has(t.lemma) || NEGATORS.has(t.text.toLowerCase()) || t.lemma === 'not' || t.text.toLowerCase() === 'cannot';
const isNumber = (t: WordToken) =>
  /\d/.test(t.text) || NUMBER_WORDS.has(t.lemma) || NUMBER_WORDS.has(t.text.toLowerCase());

const key = (t: WordToken) =>
  negates(t)
    ? 'not'
    : /\d/.test(t.text)
      ? t.text.replace(/,/g, '')
      : (SMALL_NUMBER_DIGITS.get(t.text.toLowerCase()) ?? (t.stem || stemOf(t.text.toLowerCase())));

/** One stretch where claim and passage part: the passage's words there, and the claim's. */
interface Hunk {
  dropped: WordToken[];
  added: WordToken[];
  after?: WordToken;
}

/**
 * The changes of meaning from `passage` (the article's sentence) to `claim`, each said briefly
 * ("adds a negation", "13 weeks → 26 weeks"); empty when the claim keeps the passage's meaning.
 */
export function meaningChanges(claim: WordToken[], passage: WordToken[], antonyms: AntonymSource): Difference[] {
  const out: Difference[] = [];
  const passageKeys = new Set(passage.map(key));
  for (const h of hunksOf(claim.filter(isWord), passage)) {
    for (const c of changesIn(h, antonyms, passageKeys)) if (!out.some((o) => o.note === c.note)) out.push(c);
  }
  const verb = verbPolarity(claim, passage);
  if (verb && !out.some((c) => c.kind === 'negation')) out.push(verb);
  return out;
}

/**
 * The stretches where claim and passage part, by the longest common run of words. Before the
 * first shared word and after the last, the passage counts only within its clause: a claim that
 * quotes half a sentence drops the other half, but not the "not" its own words stand under.
 */
function hunksOf(claim: WordToken[], passage: WordToken[]): Hunk[] {
  const passageKeys = passage.map(key);
  const pairs = compact(commonRun(claim.map(key), passageKeys), claim.map(key), passageKeys);
  if (!pairs.length) return [];
  const hunks: Hunk[] = [];
  const [c0, p0] = pairs[0]!;
  let from = p0;
  while (from > 0 && !breaks(passage[from - 1]!)) from--;
  hunks.push({ dropped: passage.slice(from, p0).filter(isWord), added: claim.slice(0, c0), after: claim[c0] });
  for (let k = 1; k < pairs.length; k++) {
    const [ca, pa] = pairs[k - 1]!;
    const [cb, pb] = pairs[k]!;
    hunks.push({ dropped: passage.slice(pa + 1, pb).filter(isWord), added: claim.slice(ca + 1, cb), after: claim[cb] });
  }
  // After the claim's last shared word, only as many of the passage's words as the claim puts
  // there (a last word swapped): a quote may stop before the passage does.
  const [cn, pn] = pairs[pairs.length - 1]!;
  const added = claim.slice(cn + 1);
  let to = pn + 1;
  while (to < passage.length && !breaks(passage[to]!)) to++;
  hunks.push({
    dropped: passage
      .slice(pn + 1, to)
      .filter(isWord)
      .slice(0, added.length),
    added,
  });
  return hunks.filter((h) => h.dropped.length || h.added.length);
}

/** Conjunctions that start another clause, whose negation or hedge is not the quoted words'. */
const CLAUSE_OPENERS = new Set([
  'but',
  'and',
  'or',
  'although',
  'though',
  'while',
  'whereas',
  'because',
  'since',
  'unless',
  'if',
  'when',
  'which',
  'who',
]);
/** A clause ends at punctuation that is not inside a word or number, or at a conjunction. */
const breaks = (t: WordToken) =>
  (!isWord(t) && /^[,;:()\-–—.!?"“”]+$/.test(t.text)) || CLAUSE_OPENERS.has(t.text.toLowerCase());

/**
 * The same alignment with each shared word moved to its last use before the next one: "we will
 * cut spending" aligns with the second "we will" of "we will not raise taxes, and we will cut
 * spending", not across the first clause and its "not".
 */
function compact(pairs: [number, number][], a: string[], b: string[]): [number, number][] {
  const out = pairs.map(([i, j]) => [i, j] as [number, number]);
  for (let k = out.length - 2; k >= 0; k--) {
    const [i, j] = out[k]!;
    for (let later = out[k + 1]![1] - 1; later > j; later--)
      if (b[later] === a[i]) {
        out[k]![1] = later;
        break;
      }
  }
  return out;
}

/** Index pairs [claim, passage] of a longest common subsequence of the two key lists. */
function commonRun(a: string[], b: string[]): [number, number][] {
  const n = a.length;
  const m = b.length;
  const len: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      len[i]![j] = a[i] === b[j] ? len[i + 1]![j + 1]! + 1 : Math.max(len[i + 1]![j]!, len[i]![j + 1]!);
  const out: [number, number][] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push([i, j]);
      i++;
      j++;
    } else if (len[i + 1]![j]! >= len[i]![j + 1]!) i++;
    else j++;
  }
  return out;
}

/** "'d" is "would" too: "we'd" keeps the hedge of "we would". */
const hedges = (t: WordToken) =>
  HEDGES.has(t.text.toLowerCase()) ||
  HEDGES.has(t.lemma) ||
  t.text.toLowerCase() === "'d" ||
  (t.pos === 'VERB' && INTENT_VERBS.has(t.lemma));

/** The figures of a stretch, numbers in words as digits and scale words left out. */
function figuresOf(ts: WordToken[]): string[] {
  const out: string[] = [];
  for (const t of ts) {
    const lower = t.text.toLowerCase();
    if (/\d/.test(t.text)) out.push(...(t.text.replace(/,/g, '').match(/\d+(\.\d+)?/g) ?? []));
    else if (isNumber(t) && !SCALES.has(lower)) out.push(SMALL_NUMBER_DIGITS.get(lower) ?? t.stem);
  }
  return out;
}

const said = (ts: WordToken[]) => ts.map((t) => t.text).join(' ');
const MONTH_WORD =
  /^(jan(uary)?|feb(ruary)?|march|april|may|june|july|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)$/i;

function negation(adds: boolean, added: WordToken[], dropped: WordToken[]): Difference {
  return {
    kind: 'negation',
    claimed: adds ? said(added) || 'not' : null,
    article: adds ? null : said(dropped) || 'not',
    note: adds ? 'adds a negation' : 'drops a negation',
  };
}

function word(article: string, claimed: string, what: string): Difference {
  return { kind: 'word', claimed, article, note: `“${article}” → “${claimed}”, ${what}` };
}

function changesIn(h: Hunk, antonyms: AntonymSource, passageKeys: Set<string>): Difference[] {
  const out: Difference[] = [];
  const { dropped, added } = h;
  const negDiff = added.filter(negates).length - dropped.filter(negates).length;
  if (negDiff % 2 !== 0) out.push(negation(negDiff > 0, added.filter(negates), dropped.filter(negates)));
  // Another number: "13 weeks → 26 weeks" (the word after a bare number says what it counts).
  const droppedNumbers = figuresOf(dropped);
  const addedNumbers = figuresOf(added);
  if (droppedNumbers.length && addedNumbers.length && droppedNumbers.join(' ') !== addedNumbers.join(' ')) {
    const unit = h.after?.text === '%' ? '%' : h.after?.pos === 'NOUN' ? ` ${h.after.text}` : '';
    const kind = [...dropped, ...added].some((t) => isYear(t.text) || MONTH_WORD.test(t.text)) ? 'date' : 'number';
    out.push({
      kind,
      claimed: `${said(added)}${unit}`,
      article: `${said(dropped)}${unit}`,
      note: `${said(dropped)}${unit} → ${said(added)}${unit}`,
    });
  }
  // Another name: a capitalised word for a capitalised word, titles aside, that the passage does
  // not use elsewhere ("an American government" for "the American side ... a US government").
  const names = (ts: WordToken[]) =>
    ts.filter(
      (t) => t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text) && !TITLES.has(t.text.toLowerCase().replace(/\.$/, '')),
    );
  const droppedNames = names(dropped);
  const addedNames = names(added).filter((t) => !passageKeys.has(key(t)));
  if (
    droppedNames.length &&
    addedNames.length &&
    !addedNames.every((a) => droppedNames.some((d) => key(d) === key(a)))
  ) {
    out.push({
      kind: 'name',
      claimed: said(addedNames),
      article: said(droppedNames),
      note: `${said(droppedNames)} → ${said(addedNames)}`,
    });
  }
  for (const d of dropped)
    for (const a of added) {
      if (opposite(d, a, antonyms)) out.push(word(d.text, a.text, 'its opposite'));
      // Only between words of one kind: a loaded adjective for a plain one, not for a dropped noun.
      else if (d.pos === a.pos && LOADABLE.has(d.pos) && loadedSwap(d.text, a.text))
        out.push(word(d.text, a.text, 'a loaded word'));
    }
  if (dropped.some((t) => SMALL_DEGREE.has(t.lemma)) && added.some((t) => FULL_DEGREE.has(t.lemma)))
    out.push(word(said(dropped), said(added), 'a stronger word'));
  if (dropped.some((t) => FULL_DEGREE.has(t.lemma)) && added.some((t) => SMALL_DEGREE.has(t.lemma)))
    out.push(word(said(dropped), said(added), 'a weaker word'));
  // A title made another office: "deputy head" → "head", "former minister" → "minister".
  const lesser = dropped.find((t) => TITLE_QUALIFIERS.has(t.lemma.toLowerCase()));
  if (lesser && h.after?.pos === 'NOUN' && !added.some((t) => TITLE_QUALIFIERS.has(t.lemma.toLowerCase())))
    out.push(word(`${lesser.text} ${h.after.text}`, h.after.text, 'another office'));
  // A hedge left out or made firm: "could" → "will". One the claim adds only weakens the quote.
  const hedge = dropped.find(hedges);
  if (hedge && !added.some(hedges))
    out.push({
      kind: 'hedge',
      claimed: added.length ? said(added) : null,
      article: hedge.text,
      note: added.length ? `drops a hedge: “${hedge.text}” → “${said(added)}”` : `drops a hedge: “${hedge.text}”`,
    });
  return out;
}

/** Whether two words are opposites: by the antonym lists, by a negative prefix, or by feeling. */
function opposite(d: WordToken, a: WordToken, antonyms: AntonymSource): boolean {
  // An adverb's opposite is its adjective's: "strongly" / "weakly".
  const forms = (t: WordToken) => [
    t.lemma,
    t.text.toLowerCase(),
    ...(t.pos === 'ADV' && /..ly$/.test(t.lemma) ? [t.lemma.slice(0, -2)] : []),
  ];
  const related = (x: WordToken, y: WordToken) =>
    forms(x).some((f) => antonyms(f).some((o) => forms(y).includes(o) || stemOf(o) === y.stem));
  if (related(d, a) || related(a, d)) return true;
  const prefixed = (x: string, y: string) => NEGATIVE_PREFIX.exec(x)?.[2] === y;
  if (forms(d).some((x) => forms(a).some((y) => prefixed(x, y) || prefixed(y, x)))) return true;
  return oppositeFeeling(d.text, a.text);
}

/**
 * A negation over the claim's verb that the word alignment may not see: "Biden will end it"
 * aligned on "Biden" and "it" leaves out the "doesn't mean that they will end it" between. Each
 * verb of the claim that the passage uses once is read in its clause on both sides: negators
 * before it there, and in the clause that frames it ("doesn't mean that", "I don't think").
 */
function verbPolarity(claim: WordToken[], passage: WordToken[]): Difference | null {
  for (let i = 0; i < claim.length; i++) {
    const v = claim[i]!;
    if (v.pos !== 'VERB') continue;
    const at = passage.flatMap((t, j) => (t.stem === v.stem ? [j] : []));
    if (at.length !== 1) continue;
    const inClaim = negationsOver(claim, i);
    const inPassage = negationsOver(passage, at[0]!);
    if (inClaim % 2 !== inPassage % 2) return negation(inClaim % 2 === 1, [], []);
  }
  return null;
}

/**
 * Words before a verb a negator may stand and still govern it ("no country can develop"): a
 * longer reach finds negations of other words when the claim's clauses are cut differently.
 */
const NEGATION_REACH = 4;

/** Negators just before token `at` in its clause, and in the clause before when that one frames it. */
function negationsOver(toks: WordToken[], at: number): number {
  const clauses = clausesOf(toks);
  const k = clauses.findIndex((c) => c.from <= at && at < c.to);
  if (k < 0) return 0;
  const c = clauses[k]!;
  let n = toks.slice(Math.max(c.from, at - NEGATION_REACH), at).filter(negates).length;
  const prev = clauses[k - 1];
  const framed = prev?.to === c.from && (prev.frame >= 0 || toks[c.from]!.text.toLowerCase() === 'that');
  if (framed) n += toks.slice(prev.from, prev.to).filter(negates).length;
  return n;
}
