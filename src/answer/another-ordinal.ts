// "Who was Kentucky's first basketball coach?" and "Calipari was Kentucky's 22nd men's head
// basketball coach": the passage places another one of the same series, so its name does not
// answer. A question that gives an ordinal of a noun is answered only by a passage that, where it
// gives that noun an ordinal, gives it the same one. A name's Roman numeral is its ordinal too:
// "Elizabeth I" is another queen than the "Elizabeth II" of the passage, "World War I" another war.
import type { Corpus } from '../corpus/corpus.js';
import type { Question } from './question.js';

const ORDINAL_WORDS = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];

/** Tokens between an ordinal and the noun it numbers at most: "22nd men's head basketball coach". */
const ORDINAL_REACH = 6;

interface Tok {
  text: string;
  pos: string;
  stem: string;
}

/** An ordinal's place as a number ("first" and "1st" are 1), or null for any other word. */
function ordinalValue(word: string): number | null {
  const w = word.toLowerCase();
  const at = ORDINAL_WORDS.indexOf(w);
  if (at >= 0) return at + 1;
  const m = /^(\d+)(st|nd|rd|th)$/.exec(w);
  return m ? Number(m[1]) : null;
}

/** A Roman numeral as a name's number takes it ("II", "XV"; up to 89). */
const ROMAN = /^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$/;
const ROMAN_DIGITS: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };

function romanValue(numeral: string): number {
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const v = ROMAN_DIGITS[numeral[i]!]!;
    total += v < (ROMAN_DIGITS[numeral[i + 1] ?? ''] ?? 0) ? -v : v;
  }
  return total;
}

/** The stems of the nouns an ordinal at `at` numbers: those of the noun phrase after it ("head basketball coach"). */
function numberedNouns(toks: readonly Tok[], at: number): string[] {
  const out: string[] = [];
  for (let k = at + 1; k < toks.length && k <= at + ORDINAL_REACH; k++) {
    const t = toks[k]!;
    if (t.pos === 'NOUN') out.push(t.stem);
    else if (!/^(ADJ|PROPN)$/.test(t.pos) && !/^['’]s$/.test(t.text)) break;
  }
  return out;
}

/** Each ordinal of the tokens with the stem of the last noun it numbers (its head); a name's numeral numbers the name word before it. */
function ordinalsIn(toks: readonly Tok[]): { value: number; head: string }[] {
  const out: { value: number; head: string }[] = [];
  toks.forEach((t, i) => {
    const numeral = t.text.replace(/\.$/, '');
    const name = toks[i - 1];
    // After a name only: "I" after another word is the pronoun.
    if (ROMAN.test(numeral) && name?.pos === 'PROPN' && /^\p{Lu}/u.test(name.text)) {
      out.push({ value: romanValue(numeral), head: name.stem });
      return;
    }
    const value = ordinalValue(t.text);
    if (value === null) return;
    // "The second, third and fourth timelines": each of a list numbers the noun after the last.
    let last = i;
    for (let k = i + 1; k < toks.length && /^(,|and|or)$/i.test(toks[k]!.text); k++)
      if (ordinalValue(toks[k + 1]?.text ?? '') !== null) last = ++k;
    const head = numberedNouns(toks, last).pop();
    if (head) out.push({ value, head });
  });
  return out;
}

/** Whether the passage numbers a noun the question numbers, only with other ordinals. */
export function givesAnotherOrdinal(corpus: Corpus, q: Question, gid: number): boolean {
  const asked = ordinalsIn(q.tokens);
  if (!asked.length) return false;
  const written = ordinalsIn(corpus.tokens(gid));
  return asked.some(
    (a) => written.some((w) => w.head === a.head) && !written.some((w) => w.head === a.head && w.value === a.value),
  );
}

/** Whether the passage numbers a noun the question numbers with the question's ordinal. */
export function givesTheOrdinalAsked(corpus: Corpus, q: Question, gid: number): boolean {
  const asked = ordinalsIn(q.tokens);
  if (!asked.length) return false;
  const written = ordinalsIn(corpus.tokens(gid));
  return asked.some((a) => written.some((w) => w.head === a.head && w.value === a.value));
}
