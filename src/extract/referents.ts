// A news report names a person or an organisation once and goes on with "He", "She", "The
// 47-year-old" or "The club": "Rovers have sacked manager Dean Holloway. The 47-year-old was
// appointed in June 2023." The second sentence is about Holloway though it does not write his
// name, so "when was Holloway appointed" must find it. Such a sentence is stored with its
// referent's name words, marked (REFERENT_MARK) as an encyclopaedia's subject is
// (subject-reference.ts), so that it meets a question's requirement to name them and covers
// their name. Only when the text leaves one referent it can mean.
import type { AnnotatedSentence, Token } from '../nlp/annotate.js';
import { stemOf } from '../nlp/annotate.js';
import type { DocEntity, ResolvedMention } from './entities.js';
import { CLUB_WORDS, isContentTerm } from './lexicon.js';
import { sexOfFirstName } from './quotes/first-names.js';
import { isPossessiveMark } from '../text/words.js';
import { FEMALE_MARKS, MALE_MARKS } from './quotes/speakers.js';

/** Marks a referent's stem among a sentence's index terms: no word of the text begins with it. */
export const REFERENT_MARK = '\u0003';

/** Sentences back the person a reference means may be named in: further back, another may have come between in the reader's mind. */
const PERSON_REACH = 2;

const SEX_OF_PRONOUN = new Map<string, 'm' | 'f'>([
  ['he', 'm'],
  ['she', 'f'],
]);

/** Nouns "the N" takes up any organisation named before with: "the company", "the firm". */
const ANY_ORGANISATION = new Set(['company', 'firm', 'business', 'group', 'organisation', 'organization']);
/** Nouns that take up a sports club: "the club", "the side". */
const CLUB_NOUNS = new Set(['club', 'side', 'team']);

/**
 * For each sentence (by its place in `sentences`) that opens by referring to a person or an
 * organisation it does not name, the stems of that one's name. `resolved` holds each sentence's
 * mentions.
 */
export function referents(
  sentences: readonly AnnotatedSentence[],
  resolved: readonly ResolvedMention[][],
  entities: readonly DocEntity[],
): Map<number, string[]> {
  const out = new Map<number, string[]>();
  const byKey = new Map(entities.map((e) => [e.key, e]));
  // The people each sentence names, or refers to as resolved here; not one named as a possessor:
  // after "X's father was arrested", "He" is the father.
  const people: string[][] = resolved.map((row, i) => [
    ...new Set(
      row
        .filter(
          (m) =>
            byKey.get(m.entity)?.type === 'person' && !isPossessiveMark(sentences[i]!.tokens[m.last + 1]?.text ?? ''),
        )
        .map((m) => m.entity),
    ),
  ]);
  let lastOrganisation: string | null = null;
  sentences.forEach((s, i) => {
    // A sentence that names a person speaks of them, not of one named before.
    const person = people[i]!.length
      ? null
      : (personMeant(s.tokens, people, i, byKey) ?? namedNext(sentences, resolved, people, i, byKey));
    const key = person ?? organisationMeant(s.tokens, lastOrganisation, byKey);
    if (person) people[i] = [person];
    const named = resolved[i]!.filter((m) => byKey.get(m.entity)?.type === 'organisation');
    if (named.length) lastOrganisation = named[named.length - 1]!.entity;
    if (!key) return;
    // Marked even where the sentence writes the name later ("The club did not replace him, and
    // Rovers ..."): the mark says who its opening means.
    const stems = nameWords(byKey.get(key)!.name)
      .map(stemOf)
      .filter((st) => isContentTerm(st));
    if (stems.length) out.set(i, stems);
  });
  return out;
}

/** The person "He", "She" or "The 47-year-old" opening sentence `i` means, if only one can be meant. */
function personMeant(
  toks: readonly Token[],
  people: readonly string[][],
  i: number,
  byKey: Map<string, DocEntity>,
): string | null {
  const sex = referringOpening(toks);
  if (sex === null) return null;
  const named = nearestNamed(people, i);
  const fitting = named.filter((key) => sex === 'any' || sexOf(byKey.get(key)!) !== opposite(sex));
  const sure = fitting.filter((key) => sex === 'any' || sexOf(byKey.get(key)!) === sex);
  return fitting.length === 1 ? fitting[0]! : sure.length === 1 ? sure[0]! : null;
}

/** How far into an article its lede may stand: after the headline, if the text keeps one as a sentence. */
const LEDE_REACH = 1;
/** Nouns that name a person by what they do or are: "manager", "pensioner", "scientist", "teenager". */
const PERSON_HEAD = /(er|or|ist|ian|ant|man|woman|men|women|child|boy|girl|mother|father|son|daughter|-old)$/i;

/**
 * A news lede describes someone before naming them: "A former care home manager who stole
 * £60,000 has been jailed. Denise Carrow, 52, admitted ...". The lede speaks of the person the
 * next sentence opens with, when it opens with "A"/"An" and a noun for a person.
 */
function namedNext(
  sentences: readonly AnnotatedSentence[],
  resolved: readonly ResolvedMention[][],
  people: readonly string[][],
  i: number,
  byKey: Map<string, DocEntity>,
): string | null {
  const toks = sentences[i]!.tokens;
  if (i > LEDE_REACH || !/^an?$/i.test(toks[0]?.text ?? '')) return null;
  const verb = toks.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX' || /^(who|which|that)$/i.test(t.text));
  const head = toks
    .slice(1, verb < 0 ? toks.length : verb)
    .filter((t) => t.pos === 'NOUN')
    .pop();
  if (!head || !PERSON_HEAD.test(head.text)) return null;
  const opening = resolved[i + 1]?.find((m) => m.first === 0);
  return opening && byKey.get(opening.entity)?.type === 'person' && people[i + 1]!.includes(opening.entity)
    ? opening.entity
    : null;
}

/** The people of the nearest sentence before `i`, within PERSON_REACH, that names any. */
function nearestNamed(people: readonly string[][], i: number): string[] {
  for (let k = i - 1; k >= Math.max(0, i - PERSON_REACH); k--) if (people[k]!.length) return people[k]!;
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

/**
 * The organisation "The company", "The club" or "The council" opening a sentence means: the one
 * named last before it, when it is of that kind ("the council" an organisation whose name holds
 * "council", "the club" a club's).
 */
function organisationMeant(toks: readonly Token[], last: string | null, byKey: Map<string, DocEntity>): string | null {
  if (!last || toks[0]?.text.toLowerCase() !== 'the' || toks[1]?.pos !== 'NOUN' || toks[2]?.pos === 'NOUN') return null;
  const noun = toks[1].lemma.toLowerCase();
  const words = nameWords(byKey.get(last)!.name).map((w) => w.toLowerCase());
  const fits =
    ANY_ORGANISATION.has(noun) ||
    (CLUB_NOUNS.has(noun) ? words.some((w) => CLUB_WORDS.has(w) || w === 'club' || w === 'fc') : words.includes(noun));
  return fits ? last : null;
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
