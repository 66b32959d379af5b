// Who did what to whom, when and where, as far as the sentence structure shows:
// subject noun phrase, verb group (passives keep their "by"), object noun phrase.
import { inHyphenatedWord } from '../text/words.js';
import type { AnnotatedSentence, Token } from '../nlp/annotate.js';
import { datePhraseCore, isoOfDatePhrase } from '../text/dates.js';
import { andOfNouns, clausesOf, disagrees } from '../answer/clauses.js';
import type { ResolvedMention } from './entities.js';
import { ALL_PERSONS, pronouns, type PlacePreposition } from '../text/function-words.js';

/** A fact's place: a place mention after one of these. */
const WHERE: PlacePreposition[] = ['in', 'at', 'to'];
const WHERE_WORDS: readonly string[] = WHERE;

export interface FactRecord {
  subject: string;
  relation: string;
  /** Lemma of the main verb, for matching questions ("visit"). */
  verb: string;
  object: string;
  when: string | null;
  where: string | null;
  sentence: number;
  /** Offsets of subject and object as written, so answers can cite them. */
  subjectStart: number;
  objectStart: number;
  /**
   * The article's words that frame the clause and change how sure it is, kept as written: a negated
   * frame ("it does not mean that") or a hedge before the subject ("perhaps"); null when none.
   */
  frame: string | null;
}

const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
/** In a noun phrase: its words, a possessive, and the hyphen of a number written out ("Forty-eight"). */
const inNounPhraseAt = (s: AnnotatedSentence, i: number) => {
  const t = s.tokens[i]!;
  if (NP_POS.has(t.pos) || t.text === "'s" || t.text === '’s') return true;
  return (
    (t.text === '-' &&
      s.tokens[i - 1]?.pos === 'NUM' &&
      s.tokens[i + 1]?.pos === 'NUM' &&
      s.tokens[i - 1]!.end === t.start) ||
    inHyphenatedWord(s.tokens, i)
  );
};
/** Pronouns that open a noun phrase as its determiner: "his client". */
const POSSESSIVE_DETERMINERS = new Set(pronouns(ALL_PERSONS, ['possessive']));
/** Adverbs that change how sure or how true a clause is: kept in its relation ("will probably approve"). */
const QUALIFYING_ADVERBS = new Set([
  'not',
  'never',
  'perhaps',
  'probably',
  'possibly',
  'maybe',
  'likely',
  'unlikely',
  'necessarily',
  'reportedly',
  'allegedly',
  'apparently',
  'hardly',
  'barely',
  'no',
  'longer',
]);
const NEGATORS = /^(not|n't|n’t|never|no)$/i;
const CAPITALISED = /^\p{Lu}/u;

export function extractFacts(
  sentences: AnnotatedSentence[],
  mentions: ResolvedMention[][],
  text: string,
): FactRecord[] {
  const facts: FactRecord[] = [];
  sentences.forEach((s, si) => {
    const when = dateIn(s, text);
    const where = placeIn(s, mentions[si]!);
    for (let k = 0; k < s.tokens.length; k++) {
      const v = s.tokens[k]!;
      // "it was the first visit": a copula with a noun phrase after it is a fact too.
      const copula =
        v.pos === 'AUX' && v.lemma === 'be' && ['DET', 'NOUN', 'PROPN', 'NUM'].includes(s.tokens[k + 1]?.pos ?? '');
      if ((v.pos !== 'VERB' && !copula) || (s.tokens[k - 1]?.pos === 'PART' && s.tokens[k - 1]!.lemma === 'to'))
        continue;
      if (s.tokens[k + 1]?.pos === 'NOUN' && s.tokens[k - 1]?.pos === 'DET') continue; // "the negotiating table"
      // "Paul Revere's Ride": a capitalised word after another inside a sentence is part of a name.
      if (k > 0 && CAPITALISED.test(v.text) && CAPITALISED.test(s.tokens[k - 1]!.text)) continue;
      let a = k - 1;
      const aux: Token[] = [];
      while (a >= 0 && (s.tokens[a]!.pos === 'AUX' || s.tokens[a]!.pos === 'ADV' || s.tokens[a]!.pos === 'PART')) {
        if (s.tokens[a]!.pos !== 'ADV' || QUALIFYING_ADVERBS.has(s.tokens[a]!.lemma)) aux.unshift(s.tokens[a]!);
        a--;
      }
      const subject =
        s.tokens[a]?.text === ','
          ? setOffSubject(s, a, mentions[si]!)
          : aux[0] && s.tokens[a] && disagrees(s.tokens[a]!, aux[0].text)
            ? leaningSubject(s, k, mentions[si]!)
            : conjunctSubject(s, a, mentions[si]!);
      if (!subject) continue;
      let b = k + 1;
      let relation = [...aux.map((t) => t.text), v.text].join(' ');
      let verb = v.lemma;
      let passive = aux.some((t) => t.lemma === 'be') && s.tokens[b]?.lemma === 'by';
      // "has agreed to be bought by X": the passive infinitive is the deed, its doer after "by".
      const [to, be, deed, by] = s.tokens.slice(b, b + 4);
      if (to?.lemma === 'to' && be?.lemma === 'be' && deed?.pos === 'VERB' && by?.lemma === 'by') {
        relation += ` to be ${deed.text} by`;
        verb = deed.lemma;
        passive = true;
        b += 4;
      }
      if (s.tokens[b]?.pos === 'ADP' && (passive || ['out', 'up', 'off', 'down'].includes(s.tokens[b]!.lemma))) {
        relation += ' ' + s.tokens[b]!.text;
        b++;
      }
      // "want to get some concessions": the infinitive belongs to the relation.
      if (s.tokens[b]?.lemma === 'to' && s.tokens[b]!.pos === 'PART' && s.tokens[b + 1]?.pos === 'VERB') {
        relation += ` to ${s.tokens[b + 1]!.text}`;
        b += 2;
      }
      let object = npStartingAt(s, b);
      // "went to Moscow", "will strike for two days": the object of a preposition.
      if (!object && s.tokens[b]?.pos === 'ADP' && !passive) {
        object = npStartingAt(s, b + 1) ?? gerundStartingAt(s, b + 1);
        if (object) relation += ` ${s.tokens[b]!.text}`;
      }
      if (!object) continue;
      facts.push({
        subject: subject.text,
        relation,
        verb,
        object: object.text,
        when,
        where,
        sentence: si,
        subjectStart: subject.start,
        objectStart: object.start,
        frame: frameOf(s, subject.start, text),
      });
    }
  });
  return facts;
}

/**
 * What frames the clause whose subject starts at `subjectStart`: a hedge right before the subject
 * ("perhaps the growers want ..."), or a negated clause that introduces it ("it does not mean
 * that they will sell ..."), from the comma or the sentence's start before it.
 */
function frameOf(s: AnnotatedSentence, subjectStart: number, text: string): string | null {
  const k = s.tokens.findIndex((t) => t.start >= subjectStart);
  const before = s.tokens[k - 1];
  if (!before) return null;
  if (before.pos === 'ADV' && QUALIFYING_ADVERBS.has(before.lemma)) return before.text;
  if (before.lemma !== 'that') return null;
  let a = k - 2;
  while (a >= 0 && s.tokens[a]!.text !== ',') a--;
  const frame = s.tokens.slice(a + 1, k);
  return frame.some((t) => NEGATORS.test(t.text)) ? text.slice(frame[0]!.start, before.end) : null;
}

function npEndingAt(
  s: AnnotatedSentence,
  k: number,
  mentions: ResolvedMention[],
): { text: string; start: number } | null {
  if (k < 0) return null;
  const t = s.tokens[k]!;
  if (!['NOUN', 'PROPN', 'PRON'].includes(t.pos)) return null;
  if (t.pos === 'PRON' && /^(which|who|that|what)$/i.test(t.text)) return null;
  const m = mentions.find((x) => x.first <= k && x.last === k);
  let a = m ? m.first : k;
  while (a - 1 >= 0 && inNounPhraseAt(s, a - 1) && s.tokens[a - 1]!.pos !== 'PRON') a--;
  if (s.tokens[a - 1]?.pos === 'DET' || POSSESSIVE_DETERMINERS.has(s.tokens[a - 1]?.text.toLowerCase() ?? '')) a--;
  // "A former mayor of Castlebridge has been jailed", "the talks in Portmere eased": the noun
  // the preposition hangs from is the subject.
  if (NOUN_PREPOSITIONS.has(s.tokens[a - 1]?.lemma ?? '') && s.tokens[a - 2]?.pos === 'NOUN') {
    const head = npEndingAt(s, a - 2, mentions);
    if (head) return { text: `${head.text} ${join(s, a - 1, k)}`, start: head.start };
  }
  return { text: join(s, a, k), start: s.tokens[a]!.start };
}

/**
 * "A manager who stole from residents has been jailed": the plural noun before "has" is not its
 * subject; the clause's own subject, read past the relative clause or the apposition, is.
 */
function leaningSubject(
  s: AnnotatedSentence,
  verb: number,
  mentions: ResolvedMention[],
): { text: string; start: number } | null {
  const subject = clausesOf(s.tokens).find((c) => c.from <= verb && verb < c.to)?.subject ?? [];
  return subject.length ? npEndingAt(s, subject[subject.length - 1]!, mentions) : null;
}

/** Prepositions whose phrase narrows the noun before it inside a subject ("officials in Kent"). */
const NOUN_PREPOSITIONS = new Set(['of', 'in', 'at', 'from']);

/** Set-off parts a subject may carry before its verb: most read past. */
const SET_OFF_PARTS = 3;

/**
 * "Kroonmeer, which is based in Utrecht, bought", "Denise Carrow, 52, of Hartfield, admitted":
 * the subject is the noun phrase before the parts set off by commas (a relative clause, an age,
 * "of"/"from" a place), or a name set off after a description ("the daughter of one resident,
 * Margaret Ives, noticed"). `comma` is the comma right before the verb group; null when what
 * stands before it is no such part.
 */
function setOffSubject(
  s: AnnotatedSentence,
  comma: number,
  mentions: ResolvedMention[],
): { text: string; start: number } | null {
  let end = comma;
  for (let step = 0; step < SET_OFF_PARTS && s.tokens[end]?.text === ','; step++) {
    let open = end - 1;
    while (open >= 0 && s.tokens[open]!.text !== ',') open--;
    const part = s.tokens.slice(open + 1, end);
    if (open < 1 || !isSetOff(part)) return null;
    const np = npEndingAt(s, open - 1, mentions);
    if (np) {
      // After a preposition ("Davies at the National Physical Laboratory, UK,") the phrase is no
      // subject; a name set off after a description ("Its chief executive, Marcus Eley,
      // apologised") is who did it; after "of", the head the phrase hangs from.
      const at = s.tokens.findIndex((t) => t.start === np.start);
      const before = s.tokens[at - 1];
      if (before?.pos === 'ADP' && before.lemma !== 'of') return null;
      if (part.every((t) => t.pos === 'PROPN') && s.tokens[open - 1]!.pos === 'NOUN')
        return { text: join(s, open + 1, end - 1), start: part[0]!.start };
      if (before?.lemma !== 'of') return np;
      const head = npEndingAt(s, at - 2, mentions);
      const headAt = head ? s.tokens.findIndex((t) => t.start === head.start) : -1;
      if (!head || s.tokens[headAt - 1]?.pos === 'ADP') return null;
      return { text: join(s, headAt, open - 1), start: head.start };
    }
    end = open;
  }
  return null;
}

function isSetOff(part: readonly Token[]): boolean {
  const [first] = part;
  if (!first) return false;
  return (
    /^(which|who|whose)$/i.test(first.text) ||
    part.every((t) => t.pos === 'NUM') ||
    part.every((t) => t.pos === 'PROPN') ||
    (/^(of|from)$/i.test(first.text) && part.length > 1 && part.slice(1).every((t) => t.pos === 'PROPN'))
  );
}

/**
 * "The panel of four judges and two lay members took six hours": a noun phrase after "and" or
 * "or", where the phrase before it hangs from a noun by "of", is the last of what that noun is
 * made of; the subject is the whole, from its head. So is a bare noun after "and" another noun
 * ("1,300 operations and appointments were cancelled"). Elsewhere the phrase stands as read
 * ("bounding the time or space used").
 */
function conjunctSubject(
  s: AnnotatedSentence,
  end: number,
  mentions: ResolvedMention[],
): { text: string; start: number } | null {
  const np = npEndingAt(s, end, mentions);
  if (!np) return null;
  const at = s.tokens.findIndex((t) => t.start === np.start);
  if (s.tokens[at - 1]?.pos !== 'CCONJ') return np;
  const before = npEndingAt(s, at - 2, mentions);
  const from = before ? s.tokens.findIndex((t) => t.start === before.start) : -1;
  return from >= 0 && (andOfNouns(s.tokens, at - 1) || s.tokens.slice(from, at - 1).some((t) => t.lemma === 'of'))
    ? { text: join(s, from, end), start: before!.start }
    : np;
}

function npStartingAt(s: AnnotatedSentence, k: number): { text: string; start: number } | null {
  let b = k;
  while (b < s.tokens.length && inNounPhraseAt(s, b)) b++;
  // Keep one "of"/"for" attachment: "the first visit by Taliban", "head of the office".
  if (b > k && s.tokens[b] && ['of', 'by', 'for'].includes(s.tokens[b]!.lemma)) {
    let c = b + 1;
    while (c < s.tokens.length && inNounPhraseAt(s, c)) c++;
    if (c > b + 1) b = c;
  }
  if (b === k || !s.tokens.slice(k, b).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON'))
    return null;
  return { text: join(s, k, b - 1), start: s.tokens[k]!.start };
}

/**
 * "spoke of “exchanging views”", "talked about cutting fares": a deed named by its "-ing" form and
 * its object, a quotation mark opening it skipped.
 */
function gerundStartingAt(s: AnnotatedSentence, k: number): { text: string; start: number } | null {
  const at = OPENING_QUOTES.test(s.tokens[k]?.text ?? '') ? k + 1 : k;
  const t = s.tokens[at];
  if (t?.pos !== 'VERB' || !/ing$/i.test(t.text)) return null;
  const np = npStartingAt(s, at + 1);
  if (!np) return null;
  return { text: join(s, at, at) + ' ' + np.text, start: t.start };
}

/** Marks that open a quotation. */
const OPENING_QUOTES = /^["“‘]$/;

function join(s: AnnotatedSentence, a: number, b: number): string {
  let out = '';
  for (let i = a; i <= b; i++) {
    const t = s.tokens[i]!;
    out += (i > a && t.start > s.tokens[i - 1]!.end ? ' ' : '') + t.text;
  }
  return out;
}

/** The first calendar date the sentence gives, as written ("September 2019"). */
export function dateIn(s: AnnotatedSentence, text: string): string | null {
  for (let i = 0; i < s.tokens.length; i++) {
    const type = s.tokens[i]!.ent;
    if (type !== 'DATE' && type !== 'DURATION') continue;
    let j = i;
    while (s.tokens[j + 1]?.ent === type) j++;
    const phrase = datePhraseCore(text.slice(s.tokens[i]!.start, s.tokens[j]!.end));
    if (isoOfDatePhrase(phrase)) return phrase;
    i = j;
  }
  return null;
}

function placeIn(s: AnnotatedSentence, mentions: ResolvedMention[]): string | null {
  const m = mentions.find((x) => x.type === 'place' && WHERE_WORDS.includes(s.tokens[x.first - 1]?.lemma ?? ''));
  return m ? m.text : null;
}
