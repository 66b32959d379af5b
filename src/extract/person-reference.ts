// A news report names a person once and goes on with "He", "She" or "The 47-year-old": "Rovers
// have sacked manager Dean Holloway. The 47-year-old was appointed in June 2023." The second
// sentence is about Holloway though it does not write his name, so "when was Holloway appointed"
// must find it. Such a sentence is stored with the person's name words, marked (PERSON_MARK),
// so that it meets a question's requirement to name them; unlike an encyclopaedia's subject
// (subject-reference.ts) they add nothing to its coverage, which the sentence before already
// lends it. Only when the text leaves one person it can mean: a sentence before that names one
// person, or one of the pronoun's sex.
import type { AnnotatedSentence, Token } from '../nlp/annotate.js';
import { stemOf } from '../nlp/annotate.js';
import type { DocEntity, ResolvedMention } from './entities.js';
import { isContentTerm } from './lexicon.js';
import { sexOfFirstName } from './quotes/first-names.js';
import { FEMALE_MARKS, MALE_MARKS } from './quotes/speakers.js';

/** Marks a referred person's stem among a sentence's index terms: no word of the text begins with it. */
export const PERSON_MARK = '\u0003';

/** Sentences back the person a reference means may be named in: further back, another may have come between in the reader's mind. */
const REFERENCE_REACH = 2;

const SEX_OF_PRONOUN = new Map<string, 'm' | 'f'>([
  ['he', 'm'],
  ['she', 'f'],
]);

/**
 * For each sentence (by its place in `sentences`) that opens by referring to a person it does
 * not name, the stems of that person's name. `resolved` holds each sentence's mentions.
 */
export function personReferences(
  sentences: readonly AnnotatedSentence[],
  resolved: readonly ResolvedMention[][],
  entities: readonly DocEntity[],
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const byKey = new Map(entities.map((e) => [e.key, e]));
  // The people each sentence names, or refers to as resolved here.
  const people: string[][] = resolved.map((row) => [
    ...new Set(row.filter((m) => byKey.get(m.entity)?.type === 'person').map((m) => m.entity)),
  ]);
  sentences.forEach((s, i) => {
    const sex = referringOpening(s.tokens);
    if (sex === null || people[i]!.length) return;
    const named = nearestNamed(people, i);
    const fitting = named.filter((key) => sex === 'any' || sexOf(byKey.get(key)!) !== opposite(sex));
    const sure = fitting.filter((key) => sex === 'any' || sexOf(byKey.get(key)!) === sex);
    const key = fitting.length === 1 ? fitting[0]! : sure.length === 1 ? sure[0]! : null;
    if (!key) return;
    people[i] = [key];
    const own = new Set(s.tokens.map((t) => t.stem));
    const stems = nameWords(byKey.get(key)!.name)
      .map(stemOf)
      .filter((st) => isContentTerm(st) && !own.has(st));
    if (stems.length) out.set(i, stems);
  });
  return out;
}

/** The people of the nearest sentence before `i`, within REFERENCE_REACH, that names any. */
function nearestNamed(people: readonly string[][], i: number): string[] {
  for (let k = i - 1; k >= Math.max(0, i - REFERENCE_REACH); k--) if (people[k]!.length) return people[k]!;
  return [];
}

/**
 * The sex a sentence's opening reference to a person marks: "He"/"She" as its first word, or
 * "The 47-year-old" (either sex); null when it opens otherwise.
 */
function referringOpening(toks: readonly Token[]): 'm' | 'f' | 'any' | null {
  const first = toks[0];
  if (!first) return null;
  if (first.pos === 'PRON') return SEX_OF_PRONOUN.get(first.text.toLowerCase()) ?? null;
  const age = toks.slice(1, 6).map((t) => t.text.toLowerCase());
  if (first.text.toLowerCase() === 'the' && toks[1]?.pos === 'NUM' && age.join('') === `${age[0]}-year-old`)
    return 'any';
  return null;
}

function opposite(sex: 'm' | 'f'): 'm' | 'f' {
  return sex === 'm' ? 'f' : 'm';
}

/** The sex a person's first name or titles mark, or null when they mark none. */
function sexOf(e: DocEntity): 'm' | 'f' | null {
  const byName = sexOfFirstName(nameWords(e.name)[0] ?? '');
  if (byName) return byName;
  const titles = [...e.aliases, ...e.roles].join(' ').toLowerCase();
  if (FEMALE_MARKS.test(titles)) return 'f';
  if (MALE_MARKS.test(titles)) return 'm';
  return null;
}

function nameWords(name: string): string[] {
  return name.match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
}
