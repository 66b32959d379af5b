// "What astronaut is also an alumnus?" against "alumni include ... astronaut John M. Grunsfeld,
// geneticist ...": the name written right after the noun the question asks by is the answer,
// wherever it stands in a long list of others.
import type { Tok } from '../corpus/corpus.js';
import { stemOf } from '../nlp/annotate.js';
import { amountsIn } from '../extract/amounts.js';
import type { Question } from './question.js';

/**
 * The stem of the noun that names the kind of answer in "what N" / "which N" ("what NASA
 * astronaut", "which popular composer"): the last noun of the words after the wh-word, or null.
 */
export function kindNounStem(q: Pick<Question, 'tokens' | 'wh' | 'whAt'>): string | null {
  if ((q.wh !== 'what' && q.wh !== 'which') || q.whAt < 0) return null;
  let stem: string | null = null;
  for (let k = q.whAt + 1; k < q.tokens.length && /^(ADJ|NOUN|PROPN)$/.test(q.tokens[k]!.pos); k++)
    if (q.tokens[k]!.pos === 'NOUN') stem = q.tokens[k]!.stem;
  return stem;
}

/** A capitalised proper noun: a word of a name. */
const nameWord = (t: Tok | undefined) => !!t && t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);

/**
 * The name written right after the kind noun ("astronaut John M. Grunsfeld"), two joined by "and"
 * ("paleontologists Neil Shubin and Paul Sereno") taken whole; not a name the question gives.
 * `joinedByOf`: after "of" too, as a place is named ("the town of Tobbery").
 */
export function nameAfterKind(
  toks: Tok[],
  text: string,
  kind: string,
  asked: Set<string>,
  joinedByOf = false,
): string | null {
  for (let i = 0; i < toks.length - 1; i++) {
    // The noun itself, not a verb of the same stem ("starring Daniel" for "which actor starred").
    if (toks[i]!.pos !== 'NOUN' || toks[i]!.stem !== kind) continue;
    if (joinedByOf && /^of$/i.test(toks[i + 1]!.text)) i++;
    if (!nameWord(toks[i + 1])) continue;
    let end = i + 1;
    // "John M. Grunsfeld", "Day-Lewis": a name runs on over an initial's point and a hyphen.
    while (nameWord(toks[end + 1]) || (/^[.-]$/.test(toks[end + 1]?.text ?? '') && nameWord(toks[end + 2])))
      end += nameWord(toks[end + 1]) ? 1 : 2;
    if (/^and$/i.test(toks[end + 1]?.text ?? '') && nameWord(toks[end + 2])) {
      end += 2;
      while (nameWord(toks[end + 1])) end++;
    }
    const run = toks.slice(i + 1, end + 1);
    if (run.every((t) => asked.has(t.stem) || asked.has(t.text.toLowerCase()))) continue;
    return text.slice(run[0]!.start, run[run.length - 1]!.end);
  }
  return null;
}

/**
 * A name the sentence gives as an instance of the kind asked: "countries like Norway", "ports
 * such as Hull", "rivals including Norvel". The kind written beside it types the name more surely
 * than any nearer name.
 */
export function exampleOfKind(toks: Tok[], text: string, kind: string, asked: Set<string>): string | null {
  for (let i = 0; i < toks.length - 2; i++) {
    if (toks[i]!.pos !== 'NOUN' || toks[i]!.stem !== kind) continue;
    const next = toks[i + 1]!.text.toLowerCase();
    const at =
      next === 'like' || next === 'including' ? i + 2 : next === 'such' && /^as$/i.test(toks[i + 2]!.text) ? i + 3 : -1;
    if (at < 0 || !nameWord(toks[at])) continue;
    let end = at;
    while (nameWord(toks[end + 1])) end++;
    const run = toks.slice(at, end + 1);
    if (run.every((t) => asked.has(t.stem) || asked.has(t.text.toLowerCase()))) continue;
    return text.slice(run[0]!.start, run[run.length - 1]!.end);
  }
  return null;
}

/** A name written as capitals alone: "GMB", "NHS". */
const ACRONYM = /^\p{Lu}{2,}$/u;

/**
 * A name whose last word is the kind asked: "which court" is answered by "Brackley Crown Court",
 * "which hall" by "Kelso Town Hall", "which union" by "the GMB union"; not the kind word alone,
 * nor a name the question gives. A lower-case kind after a longer name ("the Public and
 * Commercial Services union") is not taken: the name before it is too often cut short
 * ("Services union", "T cells").
 */
export function nameEndingInKind(toks: Tok[], text: string, kind: string, asked: Set<string>): string | null {
  for (let i = 1; i < toks.length; i++) {
    const head = toks[i]!;
    if (stemOf(head.text.toLowerCase()) !== kind || !nameWord(toks[i - 1])) continue;
    // In lower case, only after "the" and one acronym: "the GMB union".
    if (!/^\p{Lu}/u.test(head.text) && !(ACRONYM.test(toks[i - 1]!.text) && /^the$/i.test(toks[i - 2]?.text ?? '')))
      continue;
    let start = i - 1;
    while (nameWord(toks[start - 1])) start--;
    const run = toks.slice(start, i);
    if (run.every((t) => asked.has(t.stem) || asked.has(t.text.toLowerCase()))) continue;
    return text.slice(toks[start]!.start, head.end);
  }
  return null;
}

/**
 * "What premium" against "a premium of 38%": the amount written right after the kind noun and
 * "of"; "what magnitude" against "a magnitude 6.4 earthquake": right after the kind noun.
 */
export function amountOfKind(toks: Tok[], text: string, kind: string): string | null {
  const amounts = amountsIn(toks, text);
  for (let i = 0; i < toks.length - 1; i++) {
    if (toks[i]!.pos !== 'NOUN' || toks[i]!.stem !== kind) continue;
    // Right after the noun only inside a noun phrase: "sails 40 miles", "cost 75 cents" are verbs the tagger took for nouns.
    const inPhrase = /^(DET|ADJ|ADP)$/.test(toks[i - 1]?.pos ?? '');
    const at = /^of$/i.test(toks[i + 1]!.text) ? i + 2 : inPhrase ? i + 1 : -1;
    const amount = amounts.find((a) => a.first === at && !a.year);
    // Before the noun it describes ("magnitude 6.4 earthquake") the number alone is the amount.
    if (amount) return at === i + 1 ? text.slice(toks[amount.first]!.start, toks[amount.numberEnd]!.end) : amount.text;
  }
  return null;
}
