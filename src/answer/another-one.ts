// Passages that name another one of what the question asks: the same number of another thing
// ("340 miles" for "340 km"), another kind named by a capitalised word ("helper T cells" for
// "helper B cells"), another's relative ("Robert's son" for "Bohemond's son"). Each is a
// constraint of rank-passages.ts: such a passage never answers.
import { stemOf, type Token } from '../nlp/annotate.js';
import type { Corpus } from '../corpus/corpus.js';
import type { TextIndex } from '../search/text-index.js';
import { groupLookup } from '../nlp/word-groups.js';
import { COUNT_REACH } from '../extract/amounts.js';
import { NUMBER_WORDS, SMALL_NUMBER_DIGITS } from '../text/number-words.js';
import { editDistance } from '../text/edit-distance.js';
import { foldAccents } from '../text/fold.js';
import { isPossessiveMark } from '../text/words.js';
import type { Question } from './question.js';

/** Short and long names of one unit: "340 km" is "340 kilometres", not "340 miles". */
export const UNIT_NAMES = groupLookup(
  [
    'km kilometre kilometer',
    'm metre meter',
    'cm centimetre centimeter',
    'mm millimetre millimeter',
    'mi mile',
    'ft foot feet',
    'kg kilogram kilo',
    'g gram',
    'lb pound',
    'mph',
    '% percent pct',
    'sq square',
  ],
  stemOf,
);

/** A number as compared: digits without their commas, a small number word as its digits. */
function numberKey(text: string): string | null {
  const lower = text.toLowerCase();
  if (/^\d[\d,.]*$/.test(lower)) return lower.replace(/,/g, '');
  return SMALL_NUMBER_DIGITS.get(lower) ?? (NUMBER_WORDS.has(lower) ? lower : null);
}

/**
 * Whether the question counts or measures something with a number ("340 km") that the sentence
 * writes only with another noun after it ("340 miles"); or with a number the articles never write
 * ("366,233 people", "the Six Years War") where the sentence writes another before the same noun
 * ("821,784 people", "the Seven Years' War"): another amount, or another thing.
 */
export function countsAnotherThing(corpus: Corpus, index: TextIndex, q: Question, gid: number): boolean {
  // Most questions count nothing: the sentence's tokens are not read for them.
  if (
    !q.tokens.some(
      (t, i) =>
        numberKey(t.text) !== null &&
        /^(NOUN|PROPN)$/.test(q.tokens[i + 1]?.pos ?? '') &&
        /^\p{L}{2}/u.test(q.tokens[i + 1]!.text),
    )
  )
    return false;
  const toks = corpus.tokens(gid);
  // Each of the sentence's words read as a number once, for all the question's numbers.
  let keys: (string | null)[] | undefined;
  const keyOf = (j: number) => (keys ??= toks.map((x) => numberKey(x.text)))[j]!;
  return q.tokens.some((t, i) => {
    const asked = numberKey(t.text);
    const counted = q.tokens[i + 1];
    if (asked === null || !counted || !/^(NOUN|PROPN)$/.test(counted.pos) || !/^\p{L}{2}/u.test(counted.text))
      return false;
    const same = new Set([counted.stem, ...UNIT_NAMES(counted.text.toLowerCase()).map(stemOf)]);
    const noun = counted.text.toLowerCase();
    // "cets" for "cents": a typo of the thing counted counts it too.
    const sameThing = (x: Token | undefined) =>
      !!x && (same.has(x.stem) || same.has(stemOf(x.lemma)) || nearSpelling(noun, x.text.toLowerCase()));
    if (!index.hasWord(t.text)) {
      // "483" of "483.8", "197" of "3,197,000": a piece of a number written is no other number.
      if (toks.some((x, j) => keyOf(j) !== null && x.text.split(/[,.]/).includes(t.text))) return false;
      return toks.some((_, j) => keyOf(j) !== null && keyOf(j) !== asked && sameThing(toks[j + 1]));
    }
    if (!/^\d/.test(t.text) || counted.pos !== 'NOUN') return false;
    // The thing counted may stand a few words on ("5.4 mln dlrs", "30 member countries").
    const countsIt = (j: number) => toks.slice(j + 1, j + 1 + COUNT_REACH).some(sameThing);
    const written = toks.flatMap((x, j) => (x.text === t.text ? [j] : []));
    return written.length > 0 && written.every((j) => toks[j + 1]?.pos === 'NOUN' && !countsIt(j));
  });
}

/** Shortest name whose misspelling can be told from another name ("B" and "T", "US" and "UK" cannot). */
const MISTYPED_NAME_MIN = 4;
/** From this length a name may be mistyped by two edits, below by one. */
const TWO_EDITS_FROM = 6;
function nearSpelling(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  return shorter >= MISTYPED_NAME_MIN && editDistance(a, b) <= (shorter >= TWO_EDITS_FROM ? 2 : 1);
}
const CAPITALISED_WORD = /^(\p{Lu}[\p{L}-]*|\p{Lu})$/u;

/**
 * Whether the question names a kind of a thing by a capitalised word before it ("helper B cell",
 * "British Sciences") that the sentence never writes, while the sentence writes that thing after
 * another capitalised word of its own ("helper T cell", "Economic Sciences"): another one. So too
 * a thing named by a capitalised word after "of" ("the Sieve of Euclid", "the Board of
 * Presidents") where the sentence writes it only with another ("the Sieve of Eratosthenes").
 */
export function namesAnotherKind(corpus: Corpus, q: Question, gid: number): boolean {
  return namesAnotherKindBefore(corpus, q, gid) || namesAnotherKindAfter(corpus, q, gid);
}

/** Whether a capitalised name "Head of Kind" stands at i (the head's index). */
const ofNameAt = (toks: readonly { text: string }[], i: number): boolean =>
  CAPITALISED_WORD.test(toks[i]!.text) && toks[i + 1]?.text === 'of' && CAPITALISED_WORD.test(toks[i + 2]?.text ?? '');

/** "the Sieve of Euclid" against a sentence writing "the Sieve of" only before other capitalised words. */
function namesAnotherKindAfter(corpus: Corpus, q: Question, gid: number): boolean {
  // The question's first word is capitalised as its first: no name's head.
  const asked = (i: number) => i > 0 && ofNameAt(q.tokens, i);
  if (!q.tokens.some((_, i) => asked(i))) return false;
  const toks = corpus.tokens(gid);
  return q.tokens.some((t, i) => {
    if (!asked(i)) return false;
    const kind = foldAccents(q.tokens[i + 2]!.text.toLowerCase());
    const kinds = toks.flatMap((x, j) =>
      x.text === t.text && ofNameAt(toks, j) ? [foldAccents(toks[j + 2]!.text.toLowerCase())] : [],
    );
    return kinds.length > 0 && !kinds.some((k) => k === kind || nearSpelling(kind, k));
  });
}

function namesAnotherKindBefore(corpus: Corpus, q: Question, gid: number): boolean {
  // Only a capitalised word before a noun names a kind: for other questions the sentence's tokens are not read.
  if (
    !q.tokens.some(
      (t, i) => i > 0 && CAPITALISED_WORD.test(t.text) && /^(NOUN|PROPN)$/.test(q.tokens[i + 1]?.pos ?? ''),
    )
  )
    return false;
  const toks = corpus.tokens(gid);
  const written = new Set(toks.map((t) => t.text.toLowerCase()));
  const asked = new Set(q.tokens.map((t) => t.text.toLowerCase()));
  return q.tokens.some((t, i) => {
    const head = q.tokens[i + 1];
    if (i === 0 || !head || !CAPITALISED_WORD.test(t.text) || written.has(t.text.toLowerCase())) return false;
    if (!/^(NOUN|PROPN)$/.test(head.pos)) return false;
    const kind = foldAccents(t.text.toLowerCase());
    return toks.some((x, j) => {
      const other = toks[j - 1];
      if (j < 2 || x.stem !== head.stem || !other || !CAPITALISED_WORD.test(other.text)) return false;
      const written = foldAccents(other.text.toLowerCase());
      // A misspelling of the sentence's word ("Groner" for "Groener") names the same one.
      return !asked.has(other.text.toLowerCase()) && !nearSpelling(kind, written);
    });
  });
}

/** Where the adjectives before a noun at `j` begin ("little" of "X's little theorem"): the possessive mark, if any, is just before. */
function beforeAdjectives(toks: readonly { pos: string }[], j: number): number {
  let k = j;
  while (toks[k - 1]?.pos === 'ADJ') k--;
  return k;
}

/** The noun an owner's possessive mark at `mark` is of, past the adjectives between ("X's little theorem"), or undefined. */
function ownedNoun<T extends { pos: string }>(toks: readonly T[], mark: number): T | undefined {
  let k = mark + 1;
  while (toks[k]?.pos === 'ADJ') k++;
  return toks[k]?.pos === 'NOUN' ? toks[k] : undefined;
}

/**
 * Whether the question asks for someone's N ("Bohemond's son", "Olsen's second law") and the
 * sentence writes N only as another's ("Bohemond, Robert's son"): the one it names is not the one
 * asked.
 */
export function possessedByAnother(corpus: Corpus, q: Question, gid: number): boolean {
  // Only a capitalised owner's noun ("Bohemond's son") can be another's: for other questions the sentence's tokens are not read.
  if (
    !q.tokens.some(
      (t, i) =>
        isPossessiveMark(q.tokens[i + 1]?.text ?? '') && CAPITALISED_WORD.test(t.text) && ownedNoun(q.tokens, i + 1),
    )
  )
    return false;
  const toks = corpus.tokens(gid);
  return q.tokens.some((t, i) => {
    const head = ownedNoun(q.tokens, i + 1);
    if (!isPossessiveMark(q.tokens[i + 1]?.text ?? '') || !CAPITALISED_WORD.test(t.text) || !head) return false;
    const owner = foldAccents(t.text.toLowerCase());
    const markBefore = (j: number) => beforeAdjectives(toks, j) - 1;
    const owners = toks.flatMap((x, j) =>
      x.stem === head.stem && isPossessiveMark(toks[markBefore(j)]?.text ?? '') && toks[markBefore(j) - 1]
        ? [toks[markBefore(j) - 1]!]
        : [],
    );
    const bare = toks.some((x, j) => x.stem === head.stem && !isPossessiveMark(toks[markBefore(j)]?.text ?? ''));
    return (
      !bare &&
      owners.length > 0 &&
      owners.every((o) => {
        const other = foldAccents(o.text.toLowerCase());
        return CAPITALISED_WORD.test(o.text) && other !== owner && !nearSpelling(owner, other);
      })
    );
  });
}
