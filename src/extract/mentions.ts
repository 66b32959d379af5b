// Finds the names a sentence mentions: proper-noun runs (with titles split off), acronyms in
// parentheses, countries by name, short form or capital, and organisations written as common
// nouns ("the Russian foreign ministry", "the American side").
import type { AnnotatedSentence, Token } from '../nlp/annotate.js';
import {
  ADDRESS_ONLY,
  COUNTRY_BY_DEMONYM,
  COUNTRY_BY_NAME,
  HONORIFICS,
  ORG_HEADS,
  ORG_WORDS,
  PLACE_HEADS,
  SPEECH_VERBS,
  TITLE_WORDS,
} from './lexicon.js';
import { PLACE_PREPOSITIONS } from '../text/function-words.js';
import { isDictionaryWord, isPersonNoun, nonPersonKind } from './noun-kinds.js';
import { sexOfFirstName } from './quotes/first-names.js';
import type { TextSpan } from '../text/span.js';

export type EntityType = 'person' | 'organisation' | 'place' | 'group' | 'other';

/** The mention as written, title included ("Taliban leader Stanikzai"). */
export interface Mention extends TextSpan {
  /** The name inside it ("Stanikzai"). */
  name: string;
  type: EntityType;
  /** Token index range of the whole mention within its sentence. */
  first: number;
  last: number;
  role?: string;
  acronym?: string;
}

const INSTITUTION_HEADS = new Set([
  'ministry',
  'department',
  'agency',
  'commission',
  'committee',
  'council',
  'embassy',
  'parliament',
  'court',
  'police',
  'bank',
  'cabinet',
  'union',
]);
/** Words a place name follows: the prepositions, and verbs whose object is a place. */
const BEFORE_PLACE = new Set<string>([...PLACE_PREPOSITIONS, 'visited', 'visit']);
/** Verbs (and their participles, which the tagger may read as adjectives) whose "to" takes a person: "married to". */
const MARRYING = new Set(['marry', 'married', 'engage', 'engaged', 'wed', 'wedded', 'betroth', 'betrothed']);
const NAME_CONNECTORS = new Set(['of', 'for', '&', 'de', 'del', 'da', 'von', 'van', 'bin', 'al']);
const ACRONYM = /^[A-Z][A-Z0-9&.]{1,9}$/;
/** Titles abbreviated before a name, with their period ("Sen.", "Gen.", "Lt."). */
const ABBREVIATED_TITLE = /^(sen|rep|gov|gen|lt|col|sgt|adm|capt|maj|cmdr|prof|supt|atty|amb)\.$/i;

export interface MentionContext {
  /**
   * Lower-cased words the document writes as names: capitalised away from a sentence start, or
   * opening a sentence with another name after them.
   */
  knownNames: Set<string>;
}

const CAPITALISED = /^[\p{Lu}\p{Lt}\d]/u;

export function isCapitalised(t: Token): boolean {
  return CAPITALISED.test(t.text);
}

function isNameToken(t: Token): boolean {
  // Dates are wink's own entities ("September 2019"), not names.
  return t.pos === 'PROPN' && isCapitalised(t) && t.ent !== 'DATE' && t.ent !== 'DURATION' && t.ent !== 'TIME';
}

/**
 * A capitalised common noun right after a name, mid-sentence, is the rest of the name: surnames
 * that are also words ("Kim Park", "John Baker", "Ann Hill") are tagged as nouns. So is a
 * capitalised verb that ends the name ("the Green Left, which ..."); one inside a longer name
 * ("World Wrestling Entertainment", "the Nationality Act 1981") is left to the words around it.
 */
function continuesName(t: Token, after: Token | undefined): boolean {
  if (!isCapitalised(t) || t.ent) return false;
  return t.pos === 'NOUN' || (t.pos === 'VERB' && (!after || after.pos === 'PUNCT' || /^\p{Ll}/u.test(after.text)));
}

export function findMentions(s: AnnotatedSentence, text: string, ctx: MentionContext): Mention[] {
  const toks = s.tokens;
  const out: Mention[] = [];
  const make = (
    first: number,
    last: number,
    nameFirst: number,
    type: EntityType,
    extra: Partial<Mention> = {},
  ): Mention => ({
    start: toks[first]!.start,
    end: toks[last]!.end,
    text: text.slice(toks[first]!.start, toks[last]!.end),
    name: text.slice(toks[nameFirst]!.start, toks[last]!.end),
    type,
    first,
    last,
    ...extra,
  });

  let i = 0;
  while (i < toks.length) {
    if (!isNameToken(toks[i]!) && !startsOrganisationName(toks, i) && !opensNamedKind(toks, i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < toks.length) {
      const next = toks[j + 1]!;
      if (isNameToken(next) || continuesName(next, toks[j + 2])) {
        j++;
        continue;
      }
      const after = toks[j + 2];
      if (NAME_CONNECTORS.has(next.text.toLowerCase()) && after && isNameToken(after)) {
        j += 2;
        continue;
      }
      // "Brindle & Cope": any capitalised word after "&" is the name's, though a common word.
      if (next.text === '&' && after && isCapitalised(after) && !after.ent && after.pos !== 'PUNCT') {
        j += 2;
        continue;
      }
      // "Devon and Cornwall Police": an "and" inside one organisation's name, which ends on its word.
      if (next.text.toLowerCase() === 'and' && after && isNameToken(after)) {
        let k = j + 2;
        while (toks[k + 1] && isNameToken(toks[k + 1]!)) k++;
        if (isOrgWord(toks[k]!) && k > j + 2) {
          j = k;
          continue;
        }
      }
      // "Quillinan-Meiland": a hyphen with no space either side joins a double-barrelled name.
      if (
        next.text === '-' &&
        after &&
        next.start === toks[j]!.end &&
        after.start === next.end &&
        isCapitalised(after) &&
        /^(PROPN|NOUN|ADJ)$/.test(after.pos)
      ) {
        j += 2;
        continue;
      }
      if (
        next.text === '-' &&
        after &&
        next.start === toks[j]!.end &&
        after.start === next.end &&
        lowerNamePart(toks, i, j)
      ) {
        j += 2;
        continue;
      }
      break;
    }
    // "A.L. Hutchinson Jr. of Acme Corp.": a person and the organisation they speak for.
    const of = personOfOrganisation(toks, i, j);
    for (const [a, b] of of < 0
      ? [[i, j]]
      : [
          [i, of - 1],
          [of + 1, j],
        ]) {
      const m = classifyRun(toks, a!, b!, text, ctx, make);
      if (m) out.push(m);
    }
    i = j + 1;
  }
  out.push(...commonNounOrganisations(toks, make, out));
  return out.sort((a, b) => a.start - b.start);
}

/** Letters of a given name's syllable written in lower case after a hyphen ("Sae-jin", "Da-un"). */
const LOWER_SYLLABLE = /^\p{Ll}{1,4}$/u;

/**
 * "Yoon Sae-jin", "Choi Da-un": a short lower-case syllable hyphened to the last of two names or
 * more ends the name; not one that makes the name a modifier of the word after it ("New
 * Carrow-born Ann Bell", "the Port Ellery-led bid").
 */
function lowerNamePart(toks: Token[], i: number, j: number): boolean {
  const after = toks[j + 3];
  return j > i && LOWER_SYLLABLE.test(toks[j + 2]!.text) && !(after && /^(NOUN|PROPN|ADJ|NUM)$/.test(after.pos));
}

/**
 * Where a name starts that the tagger does not read as one: "The Office of Rail Standards" (the
 * capitalised organisation word read as a common noun: the name would start at "Rail" and lose
 * what makes it an organisation) and "The Met Office".
 */
function startsOrganisationName(toks: Token[], i: number): boolean {
  const t = toks[i]!;
  const next = toks[i + 1];
  const after = toks[i + 2];
  if (!isCapitalised(t) || !/^(VERB|ADJ|NOUN)$/.test(t.pos)) return false;
  // "The Met Office", "the Home Office": a capitalised word the tagger reads as a verb or an
  // adjective, right before a capitalised organisation word, is the first word of its name
  // (not at a sentence's start, where any word is capitalised: "Angry Council officials").
  if (next && isCapitalised(next) && isOrgWord(next) && !atSentenceStart(toks, i)) return true;
  return t.pos === 'NOUN' && isOrgWord(t) && !!next && /^(of|for)$/.test(next.text) && !!after && isNameToken(after);
}

/**
 * "the consumer group Which Way": a capitalised function word right after a lower-case word for
 * an organisation, and before a name, opens the name the tagger reads it out of.
 */
function opensNamedKind(toks: Token[], i: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return (
    isCapitalised(toks[i]!) &&
    /^(PRON|DET|ADV|SCONJ)$/.test(toks[i]!.pos) &&
    !!prev &&
    prev.pos === 'NOUN' &&
    !isCapitalised(prev) &&
    isOrgWord(prev) &&
    !!next &&
    isNameToken(next)
  );
}

type Make = (first: number, last: number, nameFirst: number, type: EntityType, extra?: Partial<Mention>) => Mention;

/** An organisation's word, written with or without its abbreviation's period ("Corp."). */
function isOrgWord(t: Token): boolean {
  const w = t.text.toLowerCase();
  return ORG_WORDS.has(w) || (w.endsWith('.') && ORG_WORDS.has(w.slice(0, -1)));
}

/**
 * Where a run of names reads "Person of Organisation", the "of" between them; -1 otherwise. The
 * part before must be a name of two words or more with no title or organisation word in it, and
 * the part after must name an organisation: "Bank of England", "Democratic Republic of Congo" and
 * "Secretary of State George Shultz" stay whole.
 */
function personOfOrganisation(toks: Token[], i: number, j: number): number {
  const of = toks.findIndex((t, k) => k > i + 1 && k < j && t.text === 'of');
  if (of < 0) return -1;
  const person = toks.slice(i, of);
  if (
    person.some(
      (t) => isOrgWord(t) || TITLE_WORDS.has(t.text.toLowerCase()) || NAME_CONNECTORS.has(t.text.toLowerCase()),
    )
  )
    return -1;
  if (
    COUNTRY_BY_NAME.has(
      person
        .map((t) => t.text)
        .join(' ')
        .toLowerCase(),
    )
  )
    return -1;
  return toks.slice(of + 1, j + 1).some(isOrgWord) ? of : -1;
}

/** A combining form of a people's name: "Anglo", "Franco", "Sino" (the "-o" before a hyphen). */
const COMBINING_FORM = /^\p{L}+o$/u;

/**
 * "Anglo-Dutch", "Franco-German": peoples' names joined by hyphens describe the noun after them
 * ("the Anglo-Dutch group Meridia"), as a demonym alone does, and name no one.
 */
function joinedDemonyms(lower: readonly string[]): boolean {
  const parts = lower.filter((w) => w !== '-');
  if (parts.length < 2 || parts.length * 2 - 1 !== lower.length) return false;
  return (
    COUNTRY_BY_DEMONYM.has(parts[parts.length - 1]!) &&
    parts.slice(0, -1).every((w) => COUNTRY_BY_DEMONYM.has(w) || COMBINING_FORM.test(w))
  );
}

/** At the start of a sentence or of a quotation, where any word is capitalised. */
function atSentenceStart(toks: Token[], i: number): boolean {
  if (i > 0 && /^[“"‘'«„]$/.test(toks[i - 1]!.text)) return true;
  for (let k = 0; k < i; k++) if (!/^[\p{P}\p{S}]+$/u.test(toks[k]!.text)) return false;
  return true;
}

function classifyRun(
  toks: Token[],
  i: number,
  j: number,
  text: string,
  ctx: MentionContext,
  make: Make,
): Mention | null {
  const words = toks.slice(i, j + 1);
  const lower = words.map((t) => t.text.toLowerCase());
  const whole = text.slice(toks[i]!.start, toks[j]!.end);
  const next = toks[j + 1];
  // A capitalised common word opening a sentence ("Further, ...", "Previous experience ...").
  if (
    i === j &&
    atSentenceStart(toks, i) &&
    !ctx.knownNames.has(lower[0]!) &&
    !COUNTRY_BY_NAME.has(lower[0]!) &&
    !(next && (next.pos === 'VERB' || next.pos === 'AUX'))
  )
    return null;
  if (i === j && COUNTRY_BY_DEMONYM.has(lower[0]!)) {
    const prev = toks[i - 1];
    const plural = lower[0]!.endsWith('s') || lower[0] === 'british' || lower[0] === 'french';
    if (prev?.lemma === 'the' && plural && !(next?.pos === 'NOUN')) return make(i, j, i, 'place');
    return null;
  }
  if (joinedDemonyms(lower)) return null;
  const extra: Partial<Mention> = {};
  if (toks[j + 1]?.text === '(' && toks[j + 3]?.text === ')' && ACRONYM.test(toks[j + 2]!.text))
    extra.acronym = toks[j + 2]!.text;

  if (COUNTRY_BY_NAME.has(whole.toLowerCase())) return make(i, j, i, 'place', extra);
  const holder = holderAfterTitleOf(toks, i, j);
  if (holder)
    return make(holder.name, j, holder.name, 'person', {
      ...extra,
      role: text.slice(toks[holder.title]!.start, toks[holder.name - 1]!.end),
    });
  // Titles written before the name: "Special Presidential Representative for Afghanistan Zamir Kabulov".
  let lastTitle = -1;
  for (let k = i; k < j; k++)
    if (
      TITLE_WORDS.has(toks[k]!.lemma) ||
      TITLE_WORDS.has(toks[k]!.text.toLowerCase()) ||
      ABBREVIATED_TITLE.test(toks[k]!.text)
    )
      lastTitle = k;
  // After a title in lower case, a title word that opens a longer name is its first name:
  // "manager Dean Holloway", not Dean Holloway as a dean.
  if (
    lastTitle === i &&
    j > i &&
    !HONORIFICS.includes(lower[0]!) &&
    !ABBREVIATED_TITLE.test(toks[i]!.text) &&
    lowerCaseTitleBefore(toks, i) >= 0
  )
    lastTitle = -1;
  // An organisation's word before the title is the person's service ("U.S. Air Force Gen. Ann Ham"); one after it names an organisation.
  const hasOrgWord = words.some((t, k) => isOrgWord(t) && (lastTitle < 0 || i + k > lastTitle));
  if (hasOrgWord) return make(i, j, i, 'organisation', extra);

  if (lastTitle >= 0) {
    let nameFirst = lastTitle + 1;
    if (NAME_CONNECTORS.has(toks[nameFirst]!.text.toLowerCase())) {
      // "The Governor-General of New Caledonia, Sir Ann Bell,": the holder is named in apposition,
      // so every word after "of" is what the title is of, however many.
      if (namedInApposition(toks, j)) return make(nameFirst + 1, j, nameFirst + 1, 'other', extra);
      nameFirst += 2;
    }
    if (nameFirst <= j) {
      const role = text.slice(toks[i]!.start, toks[nameFirst - 1]!.end);
      // "lead author Dr Ann Bell": a form of address alone is no role; a title before it is.
      const before = ADDRESS_ONLY.test(role) ? lowerCaseTitleBefore(toks, i) : -1;
      if (before >= 0)
        return make(before, j, nameFirst, 'person', {
          ...extra,
          role: text.slice(toks[before]!.start, toks[i - 1]!.end),
        });
      return make(i, j, nameFirst, 'person', { ...extra, role });
    }
  }
  // Titles written in lower case before the name: "Taliban leader Stanikzai".
  const roleStart = lowerCaseTitleBefore(toks, i);
  if (roleStart >= 0) {
    const role = text.slice(toks[roleStart]!.start, toks[i - 1]!.end);
    return make(roleStart, j, i, 'person', { ...extra, role });
  }
  if (ACRONYM.test(whole) && i === j) return make(i, j, i, 'organisation', extra);
  if (lower.some((w) => NAME_CONNECTORS.has(w))) return make(i, j, i, 'organisation', extra);
  const prev = toks[i - 1];
  // "married to Tomas Lund": after "to", a spouse, not a place.
  const before = toks[i - 2];
  const spouse =
    prev?.text.toLowerCase() === 'to' &&
    !!before &&
    (MARRYING.has(before.lemma) || MARRYING.has(before.text.toLowerCase()));
  if (prev && BEFORE_PLACE.has(prev.text.toLowerCase()) && !spouse) return make(i, j, i, 'place', extra);
  // "the campaign group Fair Fares", "the drivers' union Aslef": the common noun says what it is.
  if (prev?.pos === 'NOUN' && !isCapitalised(prev) && isOrgWord(prev)) return make(i, j, i, 'organisation', extra);
  if (j > i && COMPETITION_HEADS.has(lower[lower.length - 1]!)) return make(i, j, i, 'other', extra);
  // "the mayor of New Dunmore": what a title is of, no person (unless a possessive follows: "a member of Ann Bell's team").
  if (j > i && ofTitle(toks, i) && !/^['’]s$/.test(next?.text ?? '')) return make(i, j, i, 'other', extra);
  if (j > i && namesPlace(lower[lower.length - 1]!, next)) return make(i, j, i, 'other', extra);
  if (j > i) {
    // "Upper Moravia", "the Carrow Audit": a name ending in a noun that never names a person is
    // one only with evidence that it is a person's.
    const kind = nonPersonKind(lower[lower.length - 1]!);
    return make(i, j, i, kind && !namesPerson(toks, i, j) ? kind : 'person', extra);
  }
  return make(i, j, i, 'other', extra);
}

/**
 * "Harwell Park was closed": a name ending in a place's word is a place, unless it speaks or is
 * set off by a comma ("Kim Park said", "Kim Park, 34,"), where the word is a surname.
 */
function namesPlace(last: string, next: Token | undefined): boolean {
  return PLACE_HEADS.has(last) && next?.text !== ',' && !(next && SPEECH_VERBS.has(next.lemma));
}

/**
 * "Speaker of the House Ilse Marwick", "Secretary of the Exchequer Ann Bell": a run of three names or
 * more after a title's "of (the)" is what the title is of, then its holder, named from a common
 * given name on, else by the last two words when the first of them is no English word. The title's first token and the name's, or null.
 */
function holderAfterTitleOf(toks: Token[], i: number, j: number): { title: number; name: number } | null {
  const of = toks[i - 1]?.lemma === 'the' ? i - 2 : i - 1;
  const title = toks[of - 1];
  if (toks[of]?.text !== 'of' || !title || !/^(NOUN|PROPN)$/.test(title.pos)) return null;
  if (!TITLE_WORDS.has(title.lemma) && !isPersonNoun(title.text.toLowerCase())) return null;
  let name = j - 1;
  for (let k = i + 1; k < j; k++)
    if (sexOfFirstName(toks[k]!.text) !== null) {
      name = k;
      break;
    }
  // "the head of the Northern Ferry Crossing": a holder's name opens with a given name, not a word.
  if (name <= i || (sexOfFirstName(toks[name]!.text) === null && isDictionaryWord(toks[name]!.text.toLowerCase())))
    return null;
  let start = of - 1;
  // "Deputy Speaker of the Senate": the title's own words before it.
  while (
    start > 0 &&
    (isCapitalised(toks[start - 1]!) || TITLE_WORDS.has(toks[start - 1]!.lemma)) &&
    /^(NOUN|PROPN|ADJ)$/.test(toks[start - 1]!.pos)
  )
    start--;
  return { title: start, name };
}

/**
 * Evidence that a run of names is a person's: a common given name first, or a first word that is
 * no English word ("Marta Street") or whose first sense is a person ("Jonah"); it speaks ("Kim Street said") or has an age ("Kim Street,
 * 34,"). Never after "the": "the Kessler Review".
 */
function namesPerson(toks: Token[], i: number, j: number): boolean {
  if (toks[i - 1]?.lemma === 'the') return false;
  const first = toks[i]!.text.toLowerCase();
  const next = toks[j + 1];
  return (
    sexOfFirstName(first) !== null ||
    !isDictionaryWord(first) ||
    isPersonNoun(first) ||
    (!!next && SPEECH_VERBS.has(next.lemma)) ||
    (next?.text === ',' && toks[j + 2]?.pos === 'NUM')
  );
}

/** A name after ", " closing a run: the run is set off before the name it describes ("The chair of Voltra, Ann Bell,"). */
function namedInApposition(toks: Token[], j: number): boolean {
  const after = toks[j + 2];
  return toks[j + 1]?.text === ',' && !!after && isNameToken(after);
}

/** Whether the name at i follows a title's "of": "the mayor of", "the chief executive of". */
function ofTitle(toks: Token[], i: number): boolean {
  const title = toks[i - 2];
  return toks[i - 1]?.text === 'of' && !!title && title.pos === 'NOUN' && TITLE_WORDS.has(title.lemma);
}

/** Last words of a name of a competition, no person: "the FA Cup", "the Premier League". */
const COMPETITION_HEADS = new Set(['cup', 'trophy', 'league', 'championship', 'championships', 'shield', 'prix']);
/** Words that rank a title, which the tagger may read as a verb: "lead author", "lead negotiator". */
const TITLE_RANKS = new Set(['lead']);

function lowerCaseTitleBefore(toks: Token[], i: number): number {
  let k = i - 1;
  // The tagger may read the title as an adjective of the name after it ("fire chief Ann Bell").
  if (k < 0 || !/^(NOUN|ADJ)$/.test(toks[k]!.pos) || !TITLE_WORDS.has(toks[k]!.lemma) || isCapitalised(toks[k]!))
    return -1;
  while (
    k - 1 >= 0 &&
    (toks[k - 1]!.pos === 'NOUN' ||
      toks[k - 1]!.pos === 'PROPN' ||
      toks[k - 1]!.pos === 'ADJ' ||
      TITLE_RANKS.has(toks[k - 1]!.text.toLowerCase()))
  )
    k--;
  return k;
}

/** "the Russian foreign ministry", "the Biden administration", "the American side". */
function commonNounOrganisations(toks: Token[], make: Make, names: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let h = 1; h < toks.length; h++) {
    const head = toks[h]!;
    if (head.pos !== 'NOUN' || !ORG_HEADS.has(head.lemma) || isCapitalised(head)) continue;
    if (toks[h + 1]?.pos === 'NOUN') continue;
    let k = h;
    while (k - 1 >= 0 && ['PROPN', 'ADJ', 'NOUN'].includes(toks[k - 1]!.pos) && !/^[\p{P}]/u.test(toks[k - 1]!.text))
      k--;
    if (k === h) continue;
    const modifiers = toks.slice(k, h);
    // "the Russian foreign ministry", or "the finance ministry" with a head that is surely an institution.
    if (!modifiers.some((t) => t.pos === 'PROPN') && !INSTITUTION_HEADS.has(head.lemma)) continue;
    if (names.some((m) => m.first <= h && m.last >= h)) continue;
    const only = modifiers.length === 1 ? modifiers[0]!.text.toLowerCase() : '';
    const demonym = COUNTRY_BY_DEMONYM.get(only) ?? COUNTRY_BY_NAME.get(only);
    if (demonym && (head.lemma === 'side' || head.lemma === 'government' || head.lemma === 'authorities')) {
      out.push({ ...make(k, h, k, 'place'), name: demonym });
      continue;
    }
    if (head.lemma === 'side') continue;
    out.push(make(k, h, k, 'organisation'));
  }
  return out;
}
