// Picks the short answer inside a cited sentence by what the question asks for: a person or
// organisation for "who", a date for "when", a place for "where", a number for "how many",
// the purpose or cause for "why", and the matching fact's other side for "what".
import { doesTheOpeningDeed } from './opening-participle.js';
import { firstPersonDoer } from './speaker-side.js';
import { adjectiveHolder, askedAdjective } from './adjective-holder.js';
import type { ClauseFrame } from '../extract/clause-frames.js';
import { asksObject, givesDoer, objectPlaces } from './asked-object.js';
import { tallyAnswer } from './vote-tally.js';
import { subjectDoerClauses } from './subject-clauses.js';
import { scorerAnswer } from './goal-scorer.js';
import { givesOnlyAnotherThing, receiverOf } from './receiver.js';
import { reciprocalPartner } from './reciprocal-deed.js';
import { asksWhoANamedOneIs } from './named-identity.js';
import { afterStrandedPreposition } from './stranded-preposition.js';
import { nameGivenAfterNoun } from './given-name.js';
import { asksSource, sourceAnswer } from './asked-source.js';
import { namedOnlyAsCharge } from './charged-offence.js';
import { causeAfterDeed } from './cause-after.js';
import { PARAPHRASE_WEIGHT } from './question-query.js';
import { namesTheDeedOnly } from './named-deed.js';
import { describesNoun, doerUnsaid } from './deed-doer.js';
import { deedOnlyReported } from './reported-deed.js';
import { measureAsked } from './measure-asked.js';
import { comparedAge, everyAge } from './compared-age.js';
import { isTheAskedOwner } from './asked-owner.js';
import { givesAnotherNameOfTheAsked } from './another-name.js';
import { countsOnlyAPart } from './part-count.js';
import { answersWhence } from './whence.js';
import { asksHome, homeTown } from './home-town.js';
import type { Corpus, Fact, Tok } from '../corpus/corpus.js';
import type { StoredMention } from '../store/schema.js';
import type { Question } from './question.js';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME, ORG_HEADS, SPEECH_VERBS } from '../extract/lexicon.js';
import { stemOf } from '../nlp/annotate.js';
import { amountAnswer, inAnotherUnit } from './amount-span.js';
import {
  dateAfterFrom,
  PREVIOUS,
  sinceAnswer,
  STARTING,
  timeAnswer,
  untilAnswer,
  vagueDurationAnswer,
  yearInBrackets,
  yearInName,
  yearOfEvent,
} from './time-span.js';
import { asksClockTime } from './clock-time.js';
import { eventTimeAnswer } from './event-time.js';
import { nameOnAskedSide } from './named-side.js';
import { locativeAnswer } from './locative-span.js';
import { amountOfKind, exampleOfKind, kindNounStem, nameAfterKind, nameEndingInKind } from './kind-name.js';
import { doneByAnother, entityNamed } from './other-actor.js';
import { copulaAmount } from './copula-amount.js';
import { deedFrames, unaskedClauses } from './unasked-clauses.js';
import { kindDoesDeed, nameDoingDeed, namesOfKind } from './kind-doer.js';
import { particleObject, strandsItsPreposition } from './particle-object.js';
import { reportedByAnother } from './reported-doer.js';
import { actsAsNamed } from './nominal-predicate.js';
import { namesNoAgent } from './not-an-agent.js';
import { DATE_NOUNS, REASON_NOUNS } from './question-kind.js';
import { INTENT_VERBS } from './intent-verbs.js';
import { happeningPositions } from './happening.js';
import { lightDeedNouns } from './light-deed.js';
import { HONORIFICS } from '../extract/lexicon.js';
import { entityNameWords, isPossessiveMark, looseStem, lowerWords } from '../text/words.js';
import { pronouns, wordIn, type PlacePreposition } from '../text/function-words.js';

/** A place named after one of these is where something happened or went. */
const AFTER_PLACE: PlacePreposition[] = ['in', 'at', 'to', 'from', 'near', 'into'];
const AFTER_PLACE_WORD = wordIn(AFTER_PLACE);
/** Before an unrecognised proper noun, only these say it is a place. */
const AT_PLACE: PlacePreposition[] = ['in', 'at', 'near'];
const AT_PLACE_WORD = wordIn(AT_PLACE);

/** The question's own words, lemmas and stems (and loosely stemmed): a span it already gives is never its answer. */
export interface Asked {
  words: Set<string>;
  loose: Set<string>;
}

/** A number of years written as a group of people: "the over 60s" (not a decade, "1960s"). */
const AGE_GROUP = /^\d{2}s$/;

/** What a question gives, worked out once for all its candidate passages. */
export function askedOf(q: Question): Asked {
  const words = new Set(q.tokens.flatMap((t) => [t.stem, t.lemma, t.text.toLowerCase()]));
  for (const st of q.terms.keys()) words.add(st);
  // "over 60s", "under 18s": people of an age the passage writes "over 60".
  for (const t of q.tokens) if (AGE_GROUP.test(t.text)) words.add(t.text.slice(0, -1));
  return { words, loose: new Set([...words].map(looseStem)) };
}

export function answerSpan(corpus: Corpus, q: Question, gid: number, given: Asked = askedOf(q)): string | null {
  const span = slotSpan(corpus, q, gid, given);
  if (!span) return null;
  // "Who was X's signing": X did the signing, and is no answer.
  if (q.expects === 'person' && isTheAskedOwner(q, span)) return null;
  // "Where did X go": "joined from Y" says where X came from.
  if (q.expects === 'place' && answersWhence(q, corpus.tokens(gid), corpus.sentence(gid).doc.text, span)) return null;
  // "Where is CCR from": "Creedence (or CCR)" names CCR again.
  if (
    (q.expects === 'place' || q.expects === 'person') &&
    givesAnotherNameOfTheAsked(q, corpus.tokens(gid), corpus.sentence(gid).doc.text, span)
  )
    return null;
  // "How many episodes": "the first two episodes" are some of them.
  if (countsOnlyAPart(q, corpus.sentenceText(gid), span)) return null;
  return span;
}

/** The short answer of the kind the question expects, read from the passage. */
function slotSpan(corpus: Corpus, q: Question, gid: number, given: Asked): string | null {
  // Tokens are decoded only for the kinds of answer read from them; a fact answers the rest.
  const toks = () => corpus.tokens(gid);
  const asked = given.words;
  const fresh = (text: string) =>
    !text
      .toLowerCase()
      .split(/[\s’']+/)
      .every((w) => asked.has(w) || w.length < 2);
  switch (q.expects) {
    // Countries act too ("the Americans are sensitive to ..."), but only when no one else is named.
    case 'person': {
      if (asksSource(q)) return sourceAnswer(corpus, q, gid, toks());
      // "Who were the Soviets?": a description answers, never another name of the sentence.
      if (asksWhoANamedOneIs(q, toks())) return null;
      // "Who did X meet?", "who met X?": "Y held talks with X" names the other side.
      const partner = reciprocalPartner(q, toks(), corpus.clauseFrames(gid), corpus.mentionsIn(gid));
      if (partner) return partner;
      if (doneToAnother(corpus, q, gid)) return null;
      // "Who did the top prize go to": a passage giving only other things names its holder at most.
      if (givesOnlyAnotherThing(q, toks())) return receiverOf(q, toks(), corpus.mentionsIn(gid));
      const adjective = askedAdjective(q);
      const holder =
        adjective &&
        adjectiveHolder(
          adjective.stem,
          new Set(corpus.paraphrasesOf(adjective.lemma).derived.map(stemOf)),
          toks(),
          corpus.clauseFrames(gid),
          corpus.sentence(gid).doc.text,
        );
      if (holder) return holder;
      // "Who was given land": the one "gave land to" names, before the fact's other side, the land.
      const receiver = receiverOf(q, toks(), corpus.mentionsIn(gid));
      if (receiver) return receiver;
      const fact = factAnswer(corpus, q, gid, given.loose);
      if (fact) return fact;
      // "Who scored the winner?": a report writes how it went in ("headed the winner").
      const scorer = scorerAnswer(corpus, q, gid, toks());
      if (scorer) return scorer;
      // "Who chairs the council?": a passage without the deed asked names no one who did it.
      if (!doesAsked(q, toks()) || namesTheDeedOnly(q, toks()) || doerUnsaid(q, corpus.clauseFrames(gid), toks()))
        return null;
      // Where the one the asked deed was done to stands: in "who was assigned to design the plan"
      // the deed is the assigning, not the designing.
      const within = asksObject(q)
        ? objectPlaces(corpus.clauseFrames(gid), predicatePositions(q, toks()), toks().length)
        : afterStrandedPreposition(q, toks(), corpus.clauseFrames(gid));
      // "Who admitted fraud?": a name in the subject of the clause whose verb is the deed asked,
      // before any name nearer the verb ("X, 61, of Brackley Moor, admitted").
      const doers = within ? null : doerPlaces(q, corpus.clauseFrames(gid), toks());
      const doer = doers && mentionAnswer(corpus, q, gid, ['person', 'organisation', 'group'], asked, toks(), doers);
      if (doer) return doer;
      return (
        mentionAnswer(corpus, q, gid, ['person', 'organisation', 'group'], asked, toks(), within) ??
        (q.wh === 'who' ? countryAnswer(mentionAnswer(corpus, q, gid, ['place'], asked, toks(), within)) : null)
      );
    }
    case 'date': {
      const t = toks();
      // "When did they sign it?": a date of a passage without the signing dates something else;
      // a life's span in brackets, "(1946 – 1991)", dates a birth and a death.
      const life = q.tokens.some((x) => LIFE_VERBS.has(x.lemma));
      const lifeSpan = life && t.some((x) => x.text === '(') && t.some((x) => /^[–-]$/.test(x.text));
      // "What time": only a time of day answers, never a year.
      const clock = asksClockTime(q.tokens);
      // "the 2019 Harbour Festival" dates the festival asked about, whatever its sentence does.
      const inName =
        life || clock || !q.verbs.every((v) => AUXILIARY.has(v) || MAKING.has(v))
          ? null
          : (yearInName(t, askedNouns(q)) ?? yearInBrackets(t, askedNouns(q)));
      if (inName && fresh(inName)) return inName;
      // "When does free travel start?": "free travel ... from April" says when it starts, as "has
      // run the crossing since 1962" says when that began.
      const from =
        !clock && STARTING.has(q.predicate?.lemma ?? '')
          ? (dateAfterFrom(t, corpus.sentence(gid).doc.text) ?? sinceAnswer(t, corpus.sentence(gid).doc.text))
          : null;
      if (from && fresh(from)) return from;
      // "When did the robbery happen": not dated by an arrest "on suspicion of robbery".
      if (!lifeSpan && namedOnlyAsCharge(t, askedNouns(q))) return null;
      if (!lifeSpan && !doesAsked(q, t)) {
        // "When did the town receive its charter?": "its charter of 1622" dates the charter.
        const event = life || clock ? null : yearOfEvent(t, objectNouns(q), asked);
        return event && fresh(event) ? event : null;
      }
      const doc = corpus.sentence(gid).doc;
      const previous = q.tokens.some((x) => PREVIOUS.test(x.text));
      const verbAt = verbPositions(q, t);
      // "When did X speak to supporters": any verb of speech is the deed asked ("told supporters").
      if (q.predicate?.kind === 'verb' && (SPEECH_VERBS.has(q.predicate.lemma) || SPEAKING.has(q.predicate.lemma)))
        t.forEach((x, i) => {
          if (x.pos === 'VERB' && SPEECH_VERBS.has(x.lemma) && !verbAt.includes(i)) verbAt.push(i);
        });
      const clauses = corpus.clauseFrames(gid);
      // "When did Anna leave?" is not dated by "Marta left in 1990".
      if (
        doneByAnother(
          t,
          clauses,
          verbAt,
          // "Mr Vale" did what "when did ann apologise" asks: a name of the one the question names.
          q.focus.length
            ? new Set([...asked, ...q.focus.flatMap(entityNameWords).filter((w) => !HONORIFICS.includes(w))])
            : asked,
          q.tokens,
          entityNamed(corpus),
        ) ||
        reportedByAnother(corpus, q, gid, verbAt) ||
        deedOnlyReported(clauses, verbAt, t)
      )
        return null;
      const year = asksYear(q);
      // "When": with no date, the event the deed asked is placed against ("after the debate");
      // "what year" and a life's dates ask a date, and "died after a long illness" gives a cause.
      return (
        timeAnswer(t, doc.text, fresh, verbAt, doc.meta.date ?? null, previous, year, clauses, asked, life, clock) ??
        (q.wh === 'when' && !year && !life && !clock && !previous ? eventTimeAnswer(t, doc.text, verbAt, fresh) : null)
      );
    }
    case 'place': {
      // "Where did the top prize go": to the one it was given to, of any type; a passage giving
      // only other things names its holder at most.
      const receiver = receiverOf(q, toks(), corpus.mentionsIn(gid));
      if (receiver || givesOnlyAnotherThing(q, toks())) return receiver;
      if (
        doneByAnother(toks(), corpus.clauseFrames(gid), verbPositions(q, toks()), asked, q.tokens, entityNamed(corpus))
      )
        return null;
      if (reportedByAnother(corpus, q, gid, verbPositions(q, toks())) || namesTheDeedOnly(q, toks())) return null;
      return asCountry(
        q,
        placeFromFact(corpus, q, gid, asked) ??
          // "Which island did X annex": the name where the deed puts the wh-phrase, before any place nearby.
          nameOnAskedSide(
            q,
            corpus.factsIn(gid).filter((f) => sameVerb(corpus, q, f) && !f.frame),
            (text) => overlaps(text, given.loose, looseStem),
            (w) => asked.has(w) || asked.has(stemOf(w)),
          ) ??
          placeAnswer(corpus, q, gid, asked, toks()),
      );
    }
    case 'number': {
      if (
        doneByAnother(toks(), corpus.clauseFrames(gid), verbPositions(q, toks()), asked, q.tokens, entityNamed(corpus))
      )
        return null;
      if (reportedByAnother(corpus, q, gid, verbPositions(q, toks()))) return null;
      const tally = tallyAnswer(q, toks());
      if (tally) return tally;
      const deedAsked = q.predicate?.kind === 'verb' && !AUXILIARY.has(q.predicate.lemma);
      const measure = measureAsked(q.tokens, q.whAt, deedAsked);
      const text = corpus.sentence(gid).doc.text;
      const frames = corpus.clauseFrames(gid);
      const byDeed = deedClauses(frames, verbPositions(q, toks()));
      const bySubject = byDeed ? [] : subjectClauses(frames, q, toks());
      const ages = measure === 'age' ? everyAge(q, corpus.sentenceText(gid)) : null;
      if (ages) return ages;
      const amount = amountAnswer(
        toks(),
        asked,
        text,
        q.form.countedStems ?? [],
        namesOf(q),
        asksPrice(q),
        asksSum(q),
        measure,
        byDeed ?? bySubject,
        unaskedClauses(
          frames,
          byDeed ? deedFrames(q, frames, toks()).map((c): [number, number] => [c.from, c.to]) : bySubject,
          toks(),
        ),
        /^many$/i.test(q.tokens[q.whAt + 1]?.text ?? ''),
        asksEarnings(q),
        subjectDoerClauses(q, frames, toks()),
      );
      if (amount && inAnotherUnit(q.form.counted, amount)) return null;
      // "How old is the man who was charged": "the older man" of two whose ages came before.
      if (!amount && measure === 'age') {
        const verbAt = verbPositions(q, toks());
        return comparedAge(
          corpus,
          gid,
          toks(),
          frames.filter((c) => verbAt.some((v) => c.from <= v && v < c.to)),
        );
      }
      if (!amount && measure === 'duration')
        return (
          untilAnswer(toks(), text) ??
          (asksSinceWhen(q) ? sinceAnswer(toks(), text) : null) ??
          vagueDurationAnswer(toks(), text)
        );
      // "How many times deeper": a multiple, which "two exceptions" is not.
      return amount && asksMultiple(q) && !writesMultiple(corpus.sentenceText(gid), amount) ? null : amount;
    }
    case 'reason': {
      const verbs = verbPositions(q, toks());
      // "Why is X wary?": where the sentence writes the quality ("wary", "wariness") when no deed asked.
      const quality = verbs.length ? [] : qualityPositions(corpus, q, toks());
      // A sentence without the quality asked gives the reason for something else (a word the
      // articles and WordNet do not know, "arested", may be a deed mistyped).
      const known = (t: { lemma: string }) =>
        corpus.paraphrasesOf(t.lemma).derived.length > 0 || corpus.paraphrasesOf(t.lemma).synonyms.length > 0;
      if (!verbs.length && !quality.length && q.tokens.some((t) => t.pos === 'ADJ' && known(t))) return null;
      return (
        reasonAnswer(toks(), corpus, gid, verbs, quality) ??
        causeAfterDeed(toks(), corpus.sentence(gid).doc.text, verbs)
      );
    }
    default: {
      const text = corpus.sentence(gid).doc.text;
      // "What is the new kettle called": the name written after its noun ("a kettle, called the X").
      const named = nameGivenAfterNoun(q, toks(), text);
      if (named) return named;
      const kind = kindNounStem(q);
      // "What premium": the amount the sentence gives as that thing ("a premium of 38%").
      const amount = kind ? amountOfKind(toks(), text, kind) : copulaAmount(q, toks(), text);
      if (amount) return amount;
      if (kind && kindDoesDeed(q) && namesOfKind(text, kind)) {
        const doer = nameDoingDeed(
          corpus.clauseFrames(gid),
          verbPositions(q, toks()),
          corpus.mentionsIn(gid),
          toks(),
          text,
        );
        if (doer && fresh(doer)) return doer;
      }
      const object = particleObject(q, toks(), text);
      if (object && fresh(object)) return object;
      if (strandsItsPreposition(q)) return null;
      const fact = factAnswer(corpus, q, gid, given.loose);
      if (fact) return fact;
      if (!kind) return null;
      return nameAfterKind(toks(), text, kind, asked) ?? nameEndingInKind(toks(), text, kind, asked);
    }
  }
}

/** "How many times deeper", "how many times as large": the question asks how many times one thing is another. */
function asksMultiple(q: Question): boolean {
  const at = q.tokens.findIndex((t, i) => /^times$/i.test(t.text) && /^many$/i.test(q.tokens[i - 1]?.text ?? ''));
  const next = q.tokens[at + 1];
  return at >= 0 && !!next && (/^(ADJ|ADV)$/.test(next.pos) || /^(more|less|as)$/i.test(next.text));
}

/** Words that write a multiple: "three times", "twice", "half", "tenfold". */
const MULTIPLE = /\b(times|twice|thrice|double[ds]?|triple[ds]?|quadruple[ds]?|half|\w*-?fold)\b/i;

/** Whether a span the sentence writes is a multiple, in itself or by the word after it ("three | times"). */
function writesMultiple(text: string, span: string): boolean {
  const at = text.indexOf(span);
  return MULTIPLE.test(span) || (at >= 0 && /^\s*(times|-?fold)\b/i.test(text.slice(at + span.length)));
}

/**
 * "Which country did they visit?" answered by a city the country list knows as a capital
 * ("Moscow"): the country, with the place the passage writes.
 */
function asCountry(q: Question, place: string | null): string | null {
  if (!place || kindNounStem(q) !== stemOf('country')) return place;
  const country = COUNTRY_BY_NAME.get(place.toLowerCase().replace(/^the\s+/, ''));
  return country && country.toLowerCase() !== place.toLowerCase() && !COUNTRY_BY_DEMONYM.has(place.toLowerCase())
    ? `${country} (${place})`
    : place;
}

/**
 * A place answers "who" only as a country acting ("the Americans are sensitive to ..."): a town
 * or a county named in a sentence about someone is where they are, not who.
 */
function countryAnswer(name: string | null): string | null {
  return name && COUNTRY_BY_NAME.has(name.toLowerCase().replace(/^the\s+/, '')) ? name : null;
}

/** Verbs of speaking that report no words of their own: "when did she speak to supporters". */
export const SPEAKING = new Set(['speak', 'talk', 'address']);

/** Verbs that carry no event of their own: the date of "when was it done" is the date of "done". */
const AUXILIARY = new Set([
  'be',
  'have',
  'do',
  'will',
  'would',
  'can',
  'could',
  'shall',
  'should',
  'may',
  'might',
  'must',
  'get',
]);

/** The token ranges of the clauses holding one of the question's verbs (`verbAt`); null when the sentence writes none of them. */
function deedClauses(clauses: readonly ClauseFrame[], verbAt: readonly number[]): [number, number][] | null {
  if (!verbAt.length) return null;
  return clauses.filter((c) => verbAt.some((v) => c.from <= v && v < c.to)).map((c) => [c.from, c.to]);
}

/**
 * "How long was the trial": a question with no verb but "be" asks of the thing after it, so the
 * clauses whose subject is that thing hold its amount ("after a trial that lasted seven weeks"),
 * not the clause of another subject ("the jury took nine hours").
 */
function subjectClauses(clauses: readonly ClauseFrame[], q: Question, toks: Tok[]): [number, number][] {
  const p = q.predicate;
  if (p?.kind !== 'verb' || p.lemma !== 'be') return [];
  const nouns = new Set(q.tokens.filter((t, i) => i > p.at && t.pos === 'NOUN').map((t) => t.stem));
  return clauses
    .filter((c) => c.subject && toks.slice(c.subject[0], c.subject[1]).some((t) => nouns.has(t.stem)))
    .map((c) => [c.from, c.to]);
}

/**
 * deedPositions of a sentence's tokens for the question last asked of them: one short answer
 * reads them up to four times, and each read stemmed every token's lemma again. Keyed by the
 * token list the corpus keeps for the sentence; a copy is returned, as callers may add to it.
 */
const verbsRead = new WeakMap<readonly Tok[], { q: Question; at: readonly number[] }>();

function verbPositions(q: Question, toks: Tok[]): number[] {
  const known = verbsRead.get(toks);
  if (known?.q === q) return [...known.at];
  const at = deedPositions(q, toks);
  verbsRead.set(toks, { q, at });
  return [...at];
}

/** Where the question's verbs ("start" of "when will work start") stand in a sentence's tokens. */
function deedPositions(q: Question, toks: Tok[]): number[] {
  const stems = new Set(
    q.tokens.filter((t) => t.pos === 'VERB' && !AUXILIARY.has(t.lemma)).flatMap((t) => [t.stem, stemOf(t.lemma)]),
  );
  // The reading's predicate, which wink may have tagged a noun ("when did Norland sign a treaty").
  if (q.predicate?.kind === 'verb' && !AUXILIARY.has(q.predicate.lemma)) stems.add(stemOf(q.predicate.lemma));
  // A paraphrase of the asked deed ("visited" for "went to"), where the sentence writes it as a
  // verb: "made a loss" is no deed of losing. Not a spelling correction: "closed" is no "lose".
  const p = q.predicate;
  const group = p?.kind === 'verb' && !AUXILIARY.has(p.lemma) ? q.groups.find((g) => g.at === p.at) : undefined;
  const standIns = new Set([
    ...[...(group?.stems ?? [])].filter(([, w]) => w <= PARAPHRASE_WEIGHT).map(([st]) => st),
    ...(group?.broader ?? []),
  ]);
  // A lower-case question may be read with its verb as a noun ("did the taliban visit moscow"):
  // its nouns count where the sentence uses them as verbs.
  const nouns = new Set(q.tokens.filter((t) => t.pos === 'NOUN').flatMap((t) => [t.stem, stemOf(t.lemma)]));
  const asked = (st: string, verb: boolean) => stems.has(st) || (verb && (nouns.has(st) || standIns.has(st)));
  // "Where is the work done": a passive's participle is the deed, though its verb may be an
  // auxiliary; the sentence's same participle ("is settled in chambers"), not its auxiliaries.
  const participle = p?.kind === 'verb' && p.passive && AUXILIARY.has(p.lemma) ? p.words.at(-1)?.toLowerCase() : null;
  const happening = happeningPositions(q.tokens, toks);
  // A paraphrase stands for a verb by its lemma only: "found" of "the panel found that" is no
  // "founding", which a paraphrase of "set up" would take it for by its spelling.
  const spelt = (t: Tok) => t.pos !== 'VERB' || stemOf(t.lemma) === t.stem;
  return toks
    .map((t, i) =>
      (spelt(t) ? asked(t.stem, t.pos === 'VERB') : stems.has(t.stem)) ||
      asked(stemOf(t.lemma), t.pos === 'VERB') ||
      (t.pos === 'VERB' && t.text.toLowerCase() === participle) ||
      happening.includes(i)
        ? i
        : -1,
    )
    .filter((i) => i >= 0);
}

/** The subjects of the active clauses whose verb is the deed a "who did" question asks; null when none. */
function doerPlaces(q: Question, frames: readonly ClauseFrame[], toks: Tok[]): [number, number][] | null {
  if (q.wh !== 'who' || q.predicate?.kind !== 'verb' || LIGHT.has(q.predicate.lemma) || !asksWhoDid(q)) return null;
  const verbs = new Set(predicatePositions(q, toks));
  // A subject that runs over a comma or a relative pronoun ("alumni include A, B, who developed")
  // was read across a list or a relative clause: its names are not sure to be the doer's.
  const plain = ([from, to]: readonly [number, number]) =>
    !toks.slice(from, to).some((t) => t.text === ',' || /^(who|which|that)$/i.test(t.text));
  // The deed done to what the question names: "developed the battery" is not "developed the method".
  const object = new Set(q.arguments.filter((a) => a.role === 'object').flatMap((a) => a.words));
  const onObject = (f: ClauseFrame) =>
    !object.size || toks.slice(f.verb + 1, f.to).some((t) => object.has(t.text.toLowerCase()));
  const places = frames.flatMap((f) =>
    verbs.has(f.verb) && !f.passive && f.subject && plain(f.subject) && onObject(f) ? [f.subject] : [],
  );
  return places.length ? places : null;
}

/** Where the sentence writes the question's verb predicate. */
function predicatePositions(q: Question, toks: Tok[]): number[] {
  const st = stemOf(q.predicate!.lemma);
  return toks.map((t, i) => (t.stem === st || stemOf(t.lemma) === st ? i : -1)).filter((i) => i >= 0);
}

/** Verbs that say little of the deed asked: "who was", "who made it happen". */
const LIGHT = new Set([
  ...AUXILIARY,
  'make',
  'take',
  'give',
  'become',
  'happen',
  'occur',
  'use',
  'know',
  'call',
  'consider',
  'say',
  'tell',
  'come',
  'go',
]);
/** Verbs a life's span in brackets answers. */
const LIFE_VERBS = new Set(['die', 'bear', 'born', 'live', 'death', 'birth']);

/**
 * Whether the sentence has the deed the question asks ("chairs", or a word standing for it); a
 * question with no deed of its own asks nothing of the sentence.
 */
function doesAsked(q: Question, toks: Tok[]): boolean {
  const deeds = q.tokens.map((t, i) => ({ t, i })).filter(({ t }) => t.pos === 'VERB' && !LIGHT.has(t.lemma));
  // "decided to make a donation": the donation is a deed asked too, which "donated" writes. Only
  // beside another deed: a question whose verbs all say little still asks no deed of the sentence.
  for (const i of lightDeedNouns(q.tokens)) if (deeds.length) deeds.push({ t: q.tokens[i]!, i });
  if (!deeds.length) return true;
  // Or the reading's predicate, which wink may have tagged a noun ("did Norland sign a treaty granting ...").
  const p = q.predicate;
  if (p?.kind === 'verb' && !LIGHT.has(p.lemma) && q.tokens[p.at] && !deeds.some(({ i }) => i === p.at))
    deeds.push({ t: q.tokens[p.at]!, i: p.at });
  // The deed's noun as what another verb acts on is not the deed done: "converted the penalty to
  // level the score" scores nothing.
  const stems = new Set(toks.flatMap((t, k) => (objectOfAnotherVerb(toks, k) ? [] : [t.stem, stemOf(t.lemma)])));
  return deeds.some(({ t, i }) => {
    // The deed's own group, whatever stems stand for it ("visted" is "visit"): a deed no article
    // writes, nor anything standing for it, is done in none of them.
    const group = q.groups.find((g) => g.at === i) ?? q.groups.find((g) => g.stems.has(t.stem));
    return !group || [...group.stems.keys(), ...(group.broader ?? [])].some((st) => stems.has(st));
  });
}

/**
 * A noun right after another verb and its article ("level the score"); not after an -ing word,
 * which may be a preposition ("following the death of X").
 */
function objectOfAnotherVerb(toks: Tok[], k: number): boolean {
  const t = toks[k]!;
  const verb = toks[k - 2];
  return (
    t.pos === 'NOUN' &&
    toks[k - 1]?.pos === 'DET' &&
    verb?.pos === 'VERB' &&
    verb.stem !== t.stem &&
    !/ing$/i.test(verb.text)
  );
}

/**
 * Verbs of a thing's making or taking place, which the year written into its name ("the 1992
 * festival", "the 2001 accord") dates; any other deed of it ("rejected") may come later.
 */
const MAKING = new Set([
  'sign',
  'found',
  'establish',
  'create',
  'hold',
  'form',
  'build',
  'construct',
  'write',
  'publish',
  'make',
  'adopt',
  'introduce',
  'begin',
  'start',
  'launch',
  'open',
  'ratify',
  'enact',
  'draft',
  'conclude',
  'organise',
  'organize',
  'happen',
  'occur',
  'take',
  'fight',
  'release',
  'issue',
  'produce',
]);

/** The question's nouns, as typed (lower case) and as lemmas, less those naming the kind of date asked ("what year"). */
function askedNouns(q: Question): Set<string> {
  return new Set(
    q.tokens
      .filter((t) => /^(NOUN|PROPN)$/.test(t.pos) && !DATE_NOUNS.has(t.lemma))
      .flatMap((t) => [t.text.toLowerCase(), t.lemma]),
  );
}

/** The nouns after the question's verb ("receive its charter"), as typed (lower case) and as lemmas. */
function objectNouns(q: Question): Set<string> {
  const verb = q.tokens.findIndex((t) => t.pos === 'VERB' && !AUXILIARY.has(t.lemma));
  if (verb < 0) return new Set();
  return new Set(
    q.tokens
      .slice(verb + 1)
      .filter((t) => t.pos === 'NOUN' && !DATE_NOUNS.has(t.lemma))
      .flatMap((t) => [t.text.toLowerCase(), t.lemma]),
  );
}

/** The names the question gives, as lower-case words: those it typed and those of the entities it names. */
function namesOf(q: Question): Set<string> {
  // A lower-case question types names as words ("in ireland"): its words count where the sentence has them as names.
  return new Set([
    ...q.required.flat(),
    ...q.tokens.map((t) => t.text.toLowerCase()),
    ...q.focus.flatMap(entityNameWords),
  ]);
}

/** The question's verb, a paraphrase of it, or a misspelling corrected to it ("visted"). */
function sameVerb(corpus: Corpus, q: Question, f: Fact): boolean {
  return (
    q.verbs.some((v) => v === f.verb || corpus.paraphrasesOf(v).synonyms.includes(f.verb)) ||
    (q.terms.get(stemOf(f.verb)) ?? 0) >= 0.8
  );
}

function allAsked(text: string, askedLoose: Set<string>): boolean {
  return lowerWords(text).every((w) => w.length <= 2 || askedLoose.has(looseStem(w)));
}

/** Whether a word of `text` is asked; a hyphenated word's parts are its words ("by-election"). */
function overlaps(text: string, asked: Set<string>, corpusStem: (w: string) => string): boolean {
  return text
    .toLowerCase()
    .split(/[\s’'-]+/)
    .some((w) => w.length > 2 && asked.has(corpusStem(w)));
}

/** Whether a fact in the sentence has the question's verb (or the deed its noun names) and shares a word with its subject or object. */
export function actsAsAsked(corpus: Corpus, q: Question, gid: number): boolean {
  if (actsAsNamed(corpus, q, gid)) return true;
  const facts = corpus.factsIn(gid).filter((f) => sameVerb(corpus, q, f));
  if (!facts.length) return false;
  const words = new Set(q.tokens.filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN').map((t) => t.text.toLowerCase()));
  return facts.some((f) =>
    `${f.subject} ${f.object}`
      .toLowerCase()
      .split(/[\s’']+/)
      .some((w) => words.has(w)),
  );
}

const PRONOUN = wordIn([...pronouns(['it', 'they', 'he', 'she', 'we'], ['subject', 'object']), 'this', 'that']);
const SUBJECT_PRONOUNS = pronouns(['it', 'they', 'he', 'she', 'we'], ['subject']);
const SUBJECT_PRONOUN = wordIn(SUBJECT_PRONOUNS);
const SUBJECT_PRONOUN_OR_RELATIVE = wordIn([...SUBJECT_PRONOUNS, 'which', 'who']);

/** Whether a "who" question asks who did its deed: not a passive's, nor one ending on a preposition ("who did they sign it with"). */
function asksWhoDid(q: Question): boolean {
  const last = q.tokens.filter((t) => t.pos !== 'PUNCT').at(-1);
  return !q.predicate?.passive && last?.pos !== 'ADP';
}

function factAnswer(corpus: Corpus, q: Question, gid: number, askedLoose: Set<string>): string | null {
  // A fact its sentence frames as unsure or untrue ("it does not mean that they will ...") answers nothing.
  const facts = corpus.factsIn(gid).filter((f) => sameVerb(corpus, q, f) && !f.frame);
  const has = (text: string) => overlaps(text, askedLoose, looseStem);
  // "What blocked the road", "what caused the fire": the question's verb right after "what" asks its doer.
  const asksDoer = q.wh === 'what' && q.whAt >= 0 && q.tokens[q.whAt + 1]?.pos === 'VERB';
  for (const f of facts) {
    const passive = f.relation.endsWith(' by');
    if (q.expects === 'person' && asksObject(q)) {
      // "Who did the council hire?": the one the deed asked was done to, by the doer the question
      // gives. A passive clause names them first, its doer (if any) after "by": "X was contracted
      // to develop the plan" answers "who was contracted" with X, not the plan.
      const doneFirst = passive || passiveVerb(corpus, gid, f.verb);
      const [doer, doneTo] = doneFirst ? [passive ? f.object : '', f.subject] : [f.subject, f.object];
      if (f.verb === q.predicate!.lemma && givesDoer(q, doer) && !SUBJECT_PRONOUN_OR_RELATIVE.test(doneTo))
        return withNameAfter(corpus, gid, doneTo, doneFirst ? f.subjectStart : f.objectStart);
    } else if (q.expects === 'person') {
      if (passive && has(f.subject) && !SUBJECT_PRONOUN.test(f.object)) return f.object;
      // "a gold bowl stolen from the museum": what the deed was done to, not who did it.
      if (describedBy(corpus, gid, f)) continue;
      // "Who will City play?" and "The tie will be played on May 8": the subject of the deed asked,
      // written in the passive, is what it was done to, not who did it.
      const doneTo = f.verb === q.predicate?.lemma && !q.predicate.passive && passiveVerb(corpus, gid, f.verb);
      if (passive || doneTo || !(has(f.object) || !has(f.subject))) continue;
      // "We signed it," said X: X's side signed it (not for "who was it signed with", which asks another).
      const quoted = asksWhoDid(q) ? firstPersonDoer(corpus, gid, f.subjectStart, f.subject) : null;
      if (quoted) return quoted;
      if (!SUBJECT_PRONOUN_OR_RELATIVE.test(f.subject)) return enrich(corpus, f, f.subject);
      // "X said that it will review the deal": the pronoun is the speaker.
      const speaker = speakerAround(corpus, gid, f.subjectStart);
      if (speaker) return speaker;
    } else if (asksDoer) {
      // "What blocked the road?": the doer of the deed done to what the question names.
      if (passive && has(f.subject) && !has(f.object)) return f.object;
      if (!passive && has(f.object) && !has(f.subject) && !SUBJECT_PRONOUN_OR_RELATIVE.test(f.subject))
        return f.subject;
    } else {
      // "What will the Taliban do?": the deed itself, "is expected to fight them", not "them";
      // not a deed the question itself names ("... if Washington strays from the deal").
      const deed = `${f.relation} ${f.object}`;
      if (has(f.subject) && (q.verbs.includes('do') || PRONOUN.test(f.object)) && !allAsked(deed, askedLoose))
        return deed;
      // "The Red Crescent said it had delivered blankets": "it" is the one who said so.
      const subject =
        has(f.subject) || (SUBJECT_PRONOUN.test(f.subject) && has(speakerAround(corpus, gid, f.subjectStart) ?? ''));
      // "They expect to put pressure on X": what they expect is the deed, "to put pressure", not "pressure".
      // "X said he was ...": a fact cut after its pronoun ("he") names no answer.
      const deedAsked = / to \S+$/.exec(f.relation);
      if (subject && !has(f.object) && !PRONOUN.test(f.object)) {
        const object = f.object + amountOf(corpus, gid, f);
        return deedAsked ? `${deedAsked[0].trim()} ${object}` : object;
      }
      if (passive && has(f.object)) return f.subject;
    }
  }
  return null;
}

/** Whether the fact's verb is a participle describing its subject ("the bowl stolen from"), heading no clause. */
function describedBy(corpus: Corpus, gid: number, f: Fact): boolean {
  const toks = corpus.tokens(gid);
  const end = f.subjectStart + f.subject.length;
  const at = toks.findIndex((t) => t.start >= end);
  return at > 0 && toks[at]!.text === f.relation.split(' ')[0] && describesNoun(toks, corpus.clauseFrames(gid), at);
}

/**
 * "Who will visit Mars?" against "Costa will visit the factory": the sentence does the deed asked
 * only to something else, so no one it names did what the question asks. The question's object is
 * the nouns after its verb; each fact with the question's verb shares none of the question's words.
 */
function doneToAnother(corpus: Corpus, q: Question, gid: number): boolean {
  // "Who said he would ...": what follows a verb of saying is what was said, not what it was done to.
  if (SPEECH_VERBS.has(q.tokens.find((t) => t.pos === 'VERB')?.lemma ?? '')) return false;
  const verbAt = q.tokens.findIndex((t) => t.pos === 'VERB' && !LIGHT.has(t.lemma));
  if (verbAt < 0) return false;
  const object = q.tokens.slice(verbAt + 1).filter((t) => t.pos === 'NOUN' || t.pos === 'PROPN');
  if (!object.length) return false;
  // Its nouns as typed, and the words the question's terms put for what it typed ("moskow" is also "moscow").
  const typed = new Set(q.tokens.map((t) => t.stem));
  const words = new Set(
    [
      ...object.flatMap((t) => [t.stem, t.lemma, t.text.toLowerCase()]),
      ...[...q.terms.keys()].filter((st) => !typed.has(st)),
    ].map(looseStem),
  );
  const facts = corpus.factsIn(gid).filter((f) => sameVerb(corpus, q, f) && !f.relation.endsWith(' by'));
  const toks = corpus.tokens(gid);
  // Where no fact holds the verb, a clause that does it to something, in a sentence that writes
  // none of the question's object: "..., and won four" for "who won best actress". Only when each
  // of its verbs the sentence writes heads such a clause.
  const frames = facts.length
    ? []
    : corpus.clauseFrames(gid).filter((c) => !c.passive && c.object && q.verbs.includes(toks[c.verb]!.lemma));
  const written = toks.filter((t) => t.pos === 'VERB' && q.verbs.includes(t.lemma)).length;
  if (!facts.length && (!frames.length || frames.length < written)) return false;
  // "The theft was discovered when X noticed ...": the deed asked, done to the question's object
  // in a passive clause of its own, is not done to another by the paraphrase beside it.
  const doneToIt = corpus
    .clauseFrames(gid)
    .some(
      (c) =>
        c.passive &&
        q.verbs.includes(toks[c.verb]!.lemma) &&
        !!c.subject &&
        toks
          .slice(c.subject[0], c.subject[1])
          .some((t) => words.has(looseStem(t.stem)) || words.has(looseStem(t.lemma))),
    );
  if (doneToIt) return false;
  const ref = corpus.sentence(gid);
  return (
    facts.every((f) => !overlaps(`${f.subject} ${f.object} ${clauseRest(ref, f)}`, words, looseStem)) &&
    (!frames.length || !overlaps(toks.map((t) => t.text).join(' '), words, looseStem))
  );
}

const TIME_WORD =
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|week|month|year)s?\b/gi;

/**
 * What a clause says after its fact's object, to the clause's end: "held a consultation with the
 * delegation" holds it with the delegation, which the fact's object alone does not say.
 */
function clauseRest(ref: { doc: { text: string }; s: { end: number } }, f: Fact): string {
  const from = f.objectStart + f.object.length;
  if (f.objectStart < 0 || from >= ref.s.end) return '';
  // From the end of the object's last word ("the Anglo" of "the Anglo-Saxons").
  const rest = ref.doc.text
    .slice(from, ref.s.end)
    .replace(/^[\p{L}\p{N}'’-]+/u, '')
    .split(/[,;:—–()“”".!?]/)[0]!;
  // "replaced the Saxons as the ruling class": a capacity, not what the deed was done to; nor is
  // a day or a month ("opened the library on Monday"), which says when.
  return /^\s*as\b/i.test(rest) ? '' : rest.replace(TIME_WORD, ' ');
}

/** "Profit of about £52m": an amount written after the object, with its bound, as its measure. */
const AMOUNT_OF =
  /^\s+of\s+(?:(?:about|around|nearly|almost|some|up to|more than|less than)\s+)?[$€£¥]?\d(?:[\d,.]*\d)?(?:\s?(?:%|[\p{L}]+))?/u;

/** What the fact's object is measured at, as written right after it ("of about £52m"); empty when nothing is. */
function amountOf(corpus: Corpus, gid: number, f: Fact): string {
  if (f.objectStart < 0) return '';
  const ref = corpus.sentence(gid);
  return AMOUNT_OF.exec(ref.doc.text.slice(f.objectStart + f.object.length, ref.s.end))?.[0] ?? '';
}

/** The speaker, as written, of reported speech that holds this offset. */
function speakerAround(corpus: Corpus, gid: number, offset: number): string | null {
  const q = corpus
    .quotesIn(gid)
    .find(
      (x) =>
        x.kind === 'reported' &&
        x.start <= offset &&
        offset < x.end &&
        x.speakerMention &&
        !PRONOUN.test(x.speakerMention.text),
    );
  return q?.speakerMention?.text ?? null;
}

/** "a Taliban delegation" + "The delegation was headed by X" -> "A Taliban delegation, headed by X". */
function enrich(corpus: Corpus, f: Fact, np: string): string {
  const head = np.split(/\s+/).pop()!.toLowerCase();
  const extra = corpus
    .factsOfDoc(f.docId)
    .find(
      (g) =>
        (g.sentence !== f.sentence || g.subjectStart !== f.subjectStart || g.relation !== f.relation) &&
        g.relation.endsWith(' by') &&
        g.subject.toLowerCase().split(/\s+/).pop() === head,
    );
  const out = np.charAt(0).toUpperCase() + np.slice(1);
  return extra ? `${out}, ${extra.relation.split(' ').slice(1).join(' ')} ${extra.object}` : out;
}

/** Whether the sentence's clause with this verb is passive ("was contracted to develop"). */
function passiveVerb(corpus: Corpus, gid: number, lemma: string): boolean {
  const toks = corpus.tokens(gid);
  return corpus.clauseFrames(gid).some((c) => c.passive && toks[c.verb]!.lemma === lemma);
}

/**
 * A description and the name set off after it: "its top scorer, Jordan Ekwueme" for "its top
 * scorer", whose words name no one. `start` is where the description stands in its article.
 */
function withNameAfter(corpus: Corpus, gid: number, np: string, start: number): string {
  if (/\p{Lu}/u.test(np)) return np;
  const text = corpus.sentence(gid).doc.text;
  const end = start + np.length;
  const name = corpus
    .mentionsIn(gid)
    .find((m) => m.start > end && m.type === 'person' && /^\s*,\s*$/.test(text.slice(end, m.start)));
  return name ? `${np}, ${text.slice(name.start, name.end)}` : np;
}

type Mention = StoredMention;

/**
 * Mentions of the given kinds in a sentence, except what the question is about, under any of
 * its names: "Who commissioned the Tapestry?" is not answered by "the Bayeux Tapestry", nor
 * "What is the capital of France?" by "Paris" where Paris stands for France.
 */
function mentionsOfKind(corpus: Corpus, q: Question, gid: number, types: string[]): Mention[] {
  const doc = corpus.sentence(gid).doc;
  return corpus.mentionsIn(gid).filter((m) => {
    const e = corpus.entityOf(doc, m.entity);
    return types.includes(e?.type ?? m.type) && !(e && q.focus.includes(e));
  });
}

/** Parts of speech of the question's words a name's nearness is not measured from. */
const UNANCHORED_POS = new Set(['PROPN', 'PUNCT', 'PRON']);

function mentionAnswer(
  corpus: Corpus,
  q: Question,
  gid: number,
  types: string[],
  asked: Set<string>,
  toks: Tok[],
  within: readonly [number, number][] | null = null,
): string | null {
  // Only names standing where the question's slot is, when the question says where ("who did X call in").
  const ms = mentionsOfKind(corpus, q, gid, types).filter(
    (m) => !within || within.some(([from, to]) => m.first >= from && m.last < to),
  );
  const fresh = ms.filter(
    (m) =>
      !lowerWords(m.name).every(
        (w) => asked.has(w) || asked.has(toks.find((t) => t.text.toLowerCase() === w)?.stem ?? w),
      ),
  );
  // The name nearest the words the question asks about ("under their leader Harald").
  // A pronoun of the question ("its position") stands for someone: the sentence's "it" is no anchor.
  const matchedAt = toks
    .map((t, i) => (asked.has(t.stem) && !UNANCHORED_POS.has(t.pos) ? i : -1))
    .filter((i) => i >= 0);
  const distance = (m: { first: number; last: number }) =>
    matchedAt.length
      ? Math.min(...matchedAt.map((i) => (i < m.first ? m.first - i : i > m.last ? i - m.last : 0)))
      : m.first;
  // A name the verb acts on ("told the BBC") is not who acted; "by X" names the agent.
  const object = (m: { first: number }) => {
    let k = m.first - 1;
    while (k >= 0 && toks[k]!.pos === 'DET') k--;
    const t = toks[k];
    return !!t && (t.pos === 'VERB' || (t.pos === 'ADP' && !/^(by|of)$/i.test(t.text)));
  };
  // A place written as a modifier ("Welsh quangos") names no one who acts.
  const modifier = (m: { first: number; last: number; type?: string }) =>
    toks[m.first]!.pos === 'ADJ' || toks[m.last + 1]?.pos === 'NOUN';
  // What the asked verb acts on ("issued the Edict") is never who did it, unless the question asks
  // whom it was done to (`within`: "who did Rovers beat").
  const doneTo = within !== null;
  const verbStems = new Set(q.tokens.filter((t) => t.pos === 'VERB').map((t) => t.stem));
  const objectOfAsked = (m: { first: number }) => {
    let k = m.first - 1;
    while (k >= 0 && toks[k]!.pos === 'DET') k--;
    return !!toks[k] && toks[k]!.pos === 'VERB' && verbStems.has(toks[k]!.stem);
  };
  // A name that holds the verb asked ("the agency Visit Lisbon" for "who will visit") is where the question's word matched, not who acts.
  const verbWords = new Set(q.tokens.filter((t) => t.pos === 'VERB').map((t) => t.text.toLowerCase()));
  const holdsVerb = (m: { name: string }) => lowerWords(m.name).some((w) => verbWords.has(w));
  // A name written before a noun the question names ("the UN sanctions" for "who wants sanctions
  // lifted") is part of the thing asked about, not who acts on it; "what is the name of the ...
  // system" asks for just such a name.
  const modifiesAsked = (m: { last: number }) => {
    const next = toks[m.last + 1];
    // Not the deed asked, which the tagger may read as a noun ("Tom Baxter stars as ...").
    return q.wh === 'who' && next?.pos === 'NOUN' && asked.has(next.stem) && !verbStems.has(next.stem);
  };
  // "A man died when ..., Devon and Cornwall Police said": who reports the deed did not do it,
  // unless saying is the deed asked.
  const asksSaying = q.tokens.some((t) => t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma));
  const reports = (m: { first: number; last: number }) =>
    !asksSaying &&
    !doesTheOpeningDeed(toks, m.first, verbStems) &&
    (SPEECH_VERBS.has(toks[m.last + 1]?.lemma ?? '') || SPEECH_VERBS.has(toks[m.first - 1]?.lemma ?? ''));
  // A name joined by a hyphen to a word after it ("the Paris-based firm X") describes the noun
  // that follows, not who acts; unless that word is the deed asked ("Kremlin-backed" for "who backed").
  const describes = (m: { last: number }) => {
    const [hyphen, word] = [toks[m.last + 1], toks[m.last + 2]];
    return (
      !!hyphen &&
      !!word &&
      hyphen.text === '-' &&
      hyphen.start === toks[m.last]!.end &&
      word.start === hyphen.end &&
      !verbStems.has(word.stem)
    );
  };
  const pick = [...fresh]
    .filter((m) => !reports(m) && !(types.includes('person') && (namesNoAgent(m.name) || describes(m))))
    .filter(
      (m) =>
        (!types.includes('place') || !modifier(m)) &&
        (doneTo || !objectOfAsked(m)) &&
        !holdsVerb(m) &&
        !modifiesAsked(m),
    )
    .sort(
      (a, b) => (doneTo ? 0 : Number(object(a)) - Number(object(b))) || distance(a) - distance(b) || a.first - b.first,
    )[0];
  // The name, not the title written before it ("leader Harald" -> "Harald").
  return pick ? pick.name : null;
}

/** "Where did the delegation go?" and "a Taliban delegation visited Moscow": the place it visited. */
/**
 * The places a sentence names where something happens: not the question's own, and not a
 * country's institution written as the country ("the Indian government" acts, it is no "where").
 */
function placesIn(corpus: Corpus, q: Question, gid: number, asked: Set<string>): Mention[] {
  return mentionsOfKind(corpus, q, gid, ['place']).filter(
    (m) => !lowerWords(m.name).every((w) => asked.has(w)) && !ORG_HEADS.has(lowerWords(m.text).pop() ?? ''),
  );
}

function placeFromFact(corpus: Corpus, q: Question, gid: number, asked: Set<string>): string | null {
  const places = placesIn(corpus, q, gid, asked);
  for (const f of corpus.factsIn(gid)) {
    if (!sameVerb(corpus, q, f)) continue;
    const inObject = places.find((m) => m.start >= f.objectStart && m.start < f.objectStart + f.object.length);
    if (inObject) return inObject.text;
  }
  return null;
}

function placeAnswer(corpus: Corpus, q: Question, gid: number, asked: Set<string>, toks: Tok[]): string | null {
  const home = q.wh === 'where' && asksHome(q.text) ? homeTown(toks, corpus.sentence(gid).doc.text, asked) : null;
  if (home) return home;
  const kindAsked = q.wh === 'where' ? null : kindNounStem(q);
  const example = kindAsked ? exampleOfKind(toks, corpus.sentence(gid).doc.text, kindAsked, asked) : null;
  if (example) return example;
  const ms = placesIn(corpus, q, gid, asked);
  const afterPrep = ms.find((m) => AFTER_PLACE_WORD.test(toks[m.first - 1]?.text ?? ''));
  if (afterPrep ?? ms[0]) return (afterPrep ?? ms[0])!.text;
  // "Where": a phrase placing it ("on the west coast of North America"); "what country": one name.
  if (q.wh === 'where') {
    const named = placePhrase(corpus.sentence(gid).doc.text, toks, asked);
    if (named) return named;
  } else {
    for (let i = 0; i < toks.length - 1; i++)
      if (AT_PLACE_WORD.test(toks[i]!.text) && toks[i + 1]!.pos === 'PROPN' && !asked.has(toks[i + 1]!.stem))
        return toks[i + 1]!.text;
    // "What river": a name the mention finder left untyped, written with the kind asked ("the
    // river Mardle", "the town of Tobbery", "the Ashby River").
    const kind = kindNounStem(q);
    const text = corpus.sentence(gid).doc.text;
    const named = kind
      ? (nameAfterKind(toks, text, kind, asked, true) ?? nameEndingInKind(toks, text, kind, asked))
      : null;
    if (named) return named;
  }
  // "Where are the seeds stored?": the phrase after the verb asked, of common nouns ("in a cold vault").
  if (q.wh === 'where') {
    const text = corpus.sentence(gid).doc.text;
    const phrase = locativeAnswer(text, toks, verbPositions(q, toks), asked, q.tokens, corpus.clauseFrames(gid));
    if (phrase) return phrase;
  }
  // "Where is X from?" and "X was a Welsh Australian actor": the nationality says where.
  // Only as what someone is ("was a Welsh Australian actor"), not what a thing is ("a French
  // version"): the capitalised words after "is a", one of them a nationality.
  if (q.wh === 'where' && /\bfrom\W*$/i.test(q.text)) {
    for (let i = 2; i < toks.length; i++) {
      if (!/^(a|an)$/i.test(toks[i - 1]!.text) || !/^(is|was)$/i.test(toks[i - 2]!.text)) continue;
      let end = i;
      while (toks[end + 1] && /^\p{Lu}/u.test(toks[end + 1]!.text)) end++;
      if (!/^\p{Lu}/u.test(toks[i]!.text)) continue;
      const run = toks.slice(i, end + 1);
      if (
        run.some((t) =>
          t.text
            .toLowerCase()
            .split('-')
            .some((w) => COUNTRY_BY_DEMONYM.has(w)),
        )
      )
        return corpus.sentence(gid).doc.text.slice(toks[i]!.start, toks[end]!.end);
    }
  }
  return null;
}

/** Words that name a part of a place before "of": "the west coast of North America", "the port of Dover". */
const PLACE_PART =
  /^(north|south|east|west|northern|southern|eastern|western|central|coast|shore|port|city|state|region|province|county|island|islands|town|village|district|area|part|edge|bank|banks|mouth|valley|heart|centre|center|capital|outskirts|suburbs?)$/i;
/** Words a described part of a place may run to before "of": "the small coastal town of". */
const PLACE_PART_WORDS = 4;
/** Capitalised words that date rather than place: "in May", "on Monday". */
const CALENDAR_NAME = /^(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|day$/i;

/**
 * A place the mention finder missed, written after "in", "at", "near" or "on": the capitalised
 * words there, with the article and the part of the place before them ("on the west coast of
 * North America", "in the Northern Hemisphere"). Not one the question already names.
 */
function placePhrase(text: string, toks: Tok[], asked: Set<string>): string | null {
  for (let i = 0; i < toks.length - 1; i++) {
    if (!AT_PLACE_WORD.test(toks[i]!.text) && !/^on$/i.test(toks[i]!.text)) continue;
    let j = i + 1;
    if (toks[j]?.pos === 'DET') j++;
    // "the west coast of": at most three words naming a part, then "of".
    let k = j;
    while (k < j + 3 && PLACE_PART.test(toks[k]?.text ?? '')) k++;
    // Without "of", the part's words begin the name itself ("the Northern Hemisphere").
    if (k > j && /^of$/i.test(toks[k]?.text ?? '')) j = k + 1;
    else {
      // Or a part described first: "the mining village of", "the small coastal town of".
      let m = j;
      while (m < j + PLACE_PART_WORDS && /^\p{Ll}/u.test(toks[m]?.text ?? '') && !/^of$/i.test(toks[m]!.text)) m++;
      if (m > j && PLACE_PART.test(toks[m - 1]!.text) && /^of$/i.test(toks[m]?.text ?? '')) j = m + 1;
    }
    let end = j;
    while (toks[end]?.pos === 'PROPN' && /^\p{Lu}/u.test(toks[end]!.text)) end++;
    const run = toks.slice(j, end);
    if (
      !run.length ||
      run.some((t) => CALENDAR_NAME.test(t.text)) ||
      run.every((t) => asked.has(t.stem) || asked.has(t.text.toLowerCase()))
    )
      continue;
    // Names that only qualify the noun after them ("the European theatre", "the Dutch Republic's
    // leaders") and acronyms (a network, a body) are not where.
    const after = toks[end];
    if (after && (/^(NOUN|ADJ)$/.test(after.pos) || isPossessiveMark(after.text))) continue;
    if (run.every((t) => !/\p{Ll}/u.test(t.text))) continue;
    // "on" places only a part of a place ("on the coast of X"), not a name alone ("on Twitter").
    if (/^on$/i.test(toks[i]!.text) && j === i + 1 + Number(toks[i + 1]?.pos === 'DET')) continue;
    return text.slice(toks[i + 1]!.start, toks[end - 1]!.end);
  }
  return null;
}

/** Words opening a clause of when something happened, whose purpose is its own verb's. */
const TIME_SUBORDINATOR = /^(when|while|whilst)$/;

/**
 * Verbs whose "to" introduces what is planned, agreed or expected, not a purpose: "the line is not
 * expected to reopen" gives no reason the line was closed.
 */
const TO_OBJECT_VERBS = new Set([
  ...INTENT_VERBS,
  'agree',
  'decide',
  'refuse',
  'fail',
  'need',
  'seem',
  'appear',
  'promise',
  'vow',
  'pledge',
  'offer',
  'choose',
  'continue',
  'begin',
  'start',
  'manage',
  'tend',
  'likely',
]);

/**
 * Words before a "to" that makes a tense or a need of its verb, not a purpose: "we are not going
 * to pretend otherwise" gives no reason for anything, nor does "was able to leave".
 */
const SEMI_MODALS = new Set(['going', 'about', 'able', 'ought']);

/**
 * Nouns whose "to" introduces their object, not a purpose: "in response to people questioning",
 * "changes to pension provisions" (where the tagger reads the noun after "to" as a verb).
 */
const TO_OBJECT_NOUNS = new Set([
  'response',
  'reply',
  'answer',
  'change',
  'amendment',
  'access',
  'threat',
  'visit',
  'trip',
  'return',
  'damage',
  'opposition',
  'reference',
  'exposure',
  'resistance',
]);

/** Where the sentence writes an adjective of the question, or a word derived from it ("wariness" for "wary"). */
function qualityPositions(corpus: Corpus, q: Question, toks: Tok[]): number[] {
  const stems = new Set(
    q.tokens
      .filter((t) => t.pos === 'ADJ')
      .flatMap((t) => [t.stem, ...corpus.paraphrasesOf(t.lemma).derived.map(stemOf)]),
  );
  return toks.flatMap((t, i) => (stems.has(t.stem) ? [i] : []));
}

function reasonAnswer(toks: Tok[], corpus: Corpus, gid: number, verbAt: number[], qualityAt: number[]): string | null {
  const text = corpus.sentence(gid).doc.text;
  const blamed = blamedCause(toks, text) ?? disputeCause(toks, text);
  if (blamed) return blamed;
  // "was arrested when travelling to London to help his son": the purpose is the travelling's.
  // And the other way round: a deed asked inside "while ..." has no purpose outside it.
  const timeClause = timeClauses(toks);
  const askedIn = verbAt.length ? timeClause.find(([from, to]) => verbAt.every((v) => from <= v && v < to)) : undefined;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!.text.toLowerCase();
    const inTimeClause = timeClause.find(([from, to]) => from <= i && i < to);
    if (inTimeClause !== askedIn) continue;
    const isPurpose =
      (t === 'to' &&
        toks[i + 1]?.pos === 'VERB' &&
        i > 0 &&
        toks[i - 1]!.pos !== 'AUX' &&
        !SEMI_MODALS.has(toks[i - 1]!.text.toLowerCase()) &&
        !TO_OBJECT_NOUNS.has(toks[i - 1]!.lemma.toLowerCase()) &&
        !TO_OBJECT_VERBS.has(toks[i - 1]!.lemma.toLowerCase())) ||
      // "Its purpose was to extend ...": the purpose named and given.
      (t === 'to' &&
        toks[i + 1]?.pos === 'VERB' &&
        toks[i - 1]?.lemma === 'be' &&
        REASON_NOUNS.has(toks[i - 2]?.lemma.toLowerCase() ?? '')) ||
      t === 'because' ||
      (t === 'bid' && toks[i + 1]?.text === 'to') ||
      (t === 'order' && toks[i + 1]?.text === 'to') ||
      (t === 'due' && toks[i + 1]?.text === 'to');
    if (!isPurpose) continue;
    // "warned visitors not to climb the wall": what is warned against is no purpose ("so as not
    // to wake them" is one).
    if (t === 'to' && toks[i - 1]!.lemma === 'not' && !/^(as|order)$/i.test(toks[i - 2]?.text ?? '')) continue;
    // "visited Moscow to enlist support, despite US wariness": a purpose is for what comes before it.
    if (qualityAt.length && qualityAt.every((v) => v > i)) continue;
    let j = i + 1;
    while (j < toks.length && !/^[,;.]$/.test(toks[j]!.text)) j++;
    if (j - i < 2) continue;
    // "asked the minister to delay the vote in view that the budget may be cut": the deed asked,
    // in a clause of its own after the purpose, is not what the purpose is for.
    if (verbAt.length && verbAt.every((v) => v > i && toks.slice(i, v).some((x) => x.text.toLowerCase() === 'that')))
      continue;
    // "closed the road and said drivers should go via the bypass to avoid delays": a purpose in
    // what is said after the deed asked is the said deed's.
    if (
      verbAt.length &&
      verbAt.every((v) => v < i && toks.slice(v + 1, i).some((x) => x.pos === 'VERB' && SPEECH_VERBS.has(x.lemma)))
    )
      continue;
    return text.slice(toks[i]!.start, toks[j - 1]!.end);
  }
  return null;
}

/** The spans [from, to) of "when ...", "while ..." clauses, each to the next comma or semicolon. */
function timeClauses(toks: Tok[]): [number, number][] {
  const out: [number, number][] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!TIME_SUBORDINATOR.test(toks[i]!.text.toLowerCase())) continue;
    let j = i + 1;
    while (j < toks.length && !/^[,;]$/.test(toks[j]!.text)) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}

/** Tokens from "blamed" to its "for" at most: "blamed high fuel prices for a drop". */
const BLAME_REACH = 8;

/** "BA blamed high fuel prices for a drop in profits": the cause is what is blamed. */
function blamedCause(toks: Tok[], text: string): string | null {
  for (let i = 0; i < toks.length; i++) {
    if (toks[i]!.lemma !== 'blame' || toks[i]!.pos !== 'VERB') continue;
    for (let k = i + 2; k < toks.length && k - i <= BLAME_REACH; k++) {
      if (/^[,;.]$/.test(toks[k]!.text) || toks[k]!.pos === 'VERB') break;
      if (/^for$/i.test(toks[k]!.text)) return text.slice(toks[i + 1]!.start, toks[k - 1]!.end);
    }
  }
  return null;
}

/** Nouns of a quarrel whose "over", "about" or "against" says what it is about: "walked out in a row over pay". */
const DISPUTE_NOUNS = new Set(['row', 'dispute', 'protest', 'quarrel', 'disagreement', 'standoff']);

/** "in a row over pay", "in protest against the tax": the quarrel a deed was done in, with what it is about. */
function disputeCause(toks: Tok[], text: string): string | null {
  for (let i = 1; i < toks.length - 1; i++) {
    const t = toks[i]!;
    if (!DISPUTE_NOUNS.has(t.lemma) || !/^(over|about|against)$/i.test(toks[i + 1]!.text)) continue;
    // From the quarrel's determiner ("a row") to the end of its clause.
    const from = toks[i - 1]!.pos === 'DET' ? i - 1 : i;
    // The word after "over" whatever its tag ("a row over pay" reads "pay" as a verb).
    let j = i + 2;
    while (j < toks.length && !/^[,;.]$/.test(toks[j]!.text) && (j === i + 2 || toks[j]!.pos !== 'VERB')) j++;
    if (j > i + 2 && /^in$/i.test(toks[from - 1]?.text ?? '')) return text.slice(toks[from]!.start, toks[j - 1]!.end);
  }
  return null;
}

/** Verbs and nouns of buying, paying and losing: "how much" with one asks a sum of money (or a share). */
const PRICE_WORDS = new Set([
  'lose',
  'sell',
  'buy',
  'cost',
  'pay',
  'spend',
  'fetch',
  'earn',
  'charge',
  'price',
  'worth',
  'fine',
  'bonus',
  'salary',
  'wage',
]);

/** Nouns that make "how much" ask for money itself: a share of something is no answer. */
const SUM_WORDS = new Set(['money', 'cash', 'funds', 'funding']);

/** "How much money will it bring in?": a sum of money, not a percentage. */
function asksSum(q: Question): boolean {
  const at = q.tokens.findIndex((t) => t.text.toLowerCase() === 'how');
  return (
    at >= 0 &&
    q.tokens[at + 1]?.text.toLowerCase() === 'much' &&
    (q.tokens.some((t) => SUM_WORDS.has(t.text.toLowerCase())) ||
      // "How much will season tickets cost": a sum paid, not "a 25% refund" beside it; but "how
      // much more will it cost" may be a share ("cost 25% more").
      (q.tokens.some((t) => PAYING_VERBS.has(t.lemma)) && !q.tokens.some((t) => COMPARING.test(t.text))) ||
      asksEarnings(q))
  );
}

/** Verbs whose "how much" asks what was earned: "how much did the firm make". */
const EARNING_VERBS = new Set(['make', 'earn']);

/**
 * "How much did the firm make last year": a sum earned, asked with no noun of its own ("how much
 * progress did they make" asks another thing), of which a rate per share or per head is no answer.
 */
function asksEarnings(q: Question): boolean {
  const at = q.tokens.findIndex((t) => t.text.toLowerCase() === 'how');
  return (
    at >= 0 &&
    q.tokens[at + 1]?.text.toLowerCase() === 'much' &&
    q.tokens[at + 2]?.pos === 'AUX' &&
    q.tokens.some((t) => t.pos === 'VERB' && EARNING_VERBS.has(t.lemma))
  );
}

/** Verbs whose "how much" is a sum of money paid. */
const PAYING_VERBS = new Set(['cost', 'pay', 'spend', 'fetch', 'charge']);
/** Words that make "how much" ask a difference, which a share may give. */
const COMPARING = /^(more|less|extra|cheaper|dearer|higher|lower)$/i;

/** "How much did it sell for?", "how much extra pay": a sum of money, not a count of anything else. */
function asksPrice(q: Question): boolean {
  const at = q.tokens.findIndex((t) => t.text.toLowerCase() === 'how');
  return (
    at >= 0 &&
    q.tokens[at + 1]?.text.toLowerCase() === 'much' &&
    !q.form.counted &&
    q.tokens.some((t) => PRICE_WORDS.has(t.lemma))
  );
}

/** "How long has it made engines": a state still holding, which "since 1968" measures. */
function asksSinceWhen(q: Question): boolean {
  const after = q.tokens[q.whAt + 2];
  return after?.pos === 'AUX' && after.lemma === 'have';
}

/** "What year", "which year": a year, which a decade or a century is too vague to give. */
function asksYear(q: Question): boolean {
  return q.tokens.some((t, i) => /^(what|which)$/i.test(t.text) && /^years?$/i.test(q.tokens[i + 1]?.text ?? ''));
}
