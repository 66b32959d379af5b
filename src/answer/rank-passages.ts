// The passages that may answer a question, each with the named parts of its score: what the
// index tells of it first (so most articles are never read), then what its article's record adds.
import { CORPUS_CACHES } from '../caches.js';
import { stemOf } from '../nlp/annotate.js';
import type { Corpus } from '../corpus/corpus.js';
import type { Context } from './answer-context.js';
import { smallAntonyms } from './antonyms.js';
import { answersOnlyTheAffirmative, answersTheOpposite, contrastParts, type SentencePieces } from './contrast.js';
import { K1, type Hit, type TextIndex } from '../search/text-index.js';
import { actsAsAsked, answerSpan, askedOf } from './answer-span.js';
import {
  LENGTH_CAP,
  MISSED_WORDS_SCALE,
  NO_PARTS,
  PASSAGE_WEIGHTS,
  QUESTION_WORDS_SCALE,
  passageCeiling,
  passageScore,
  type IndexParts,
  type PassageParts,
  type PassageWeights,
  type RecordParts,
} from './passage-score.js';
import type { Question } from './question.js';
import { phraseWords } from './question-query.js';
import type { QueryOptions } from './result.js';
import { lowerPieces } from '../text/words.js';
import { isYear } from '../text/dates.js';
import { lacksTheDeedNoun } from './light-deed.js';
import { countsAnotherThing, namesAnotherKind, possessedByAnother } from './another-one.js';
import { ownedByAnother } from './own-possession.js';
import { actsOnAnother } from './another-patient.js';
import { heldByOthers } from './held-by-others.js';
import { SMALL_NUMBER_DIGITS } from '../text/number-words.js';
import { statesNothing } from './statement.js';
import { lacksTheDeed } from './manner.js';
import { lacksTheDeedDoneTo } from './deed-done-to.js';
import { asksAnUnwrittenDeed } from './unwritten-deed.js';
import { writesTheVerbWithoutItsParticle } from './phrasal-deed.js';
import { paraphrasesTheVerbWithoutItsPreposition, writesTheVerbWithoutItsObject } from './particle-object.js';
import { namesOnlyLater } from './later-name.js';
import { affirmsTheDeniedWord } from './denied-word.js';
import { writesAnotherNumber } from './other-number.js';
import { givesAnotherOrdinal } from './another-ordinal.js';
import { deniesTheDeedAsked } from './denied-deed.js';
import { deniesTheThingAsked } from './denied-thing.js';
import { answerCountWords, peopleNameForms } from './required-words.js';
import { writesOtherNameForm } from './name-word-forms.js';
import { markedStems, refersToWord, withSubject, type MarkedStem } from './subject-words.js';
import { lacksTheMatter } from './subject-matter.js';
import { describesOtherwise } from './other-modifier.js';
import { lacksTheSuperlative } from './superlative.js';
import { lacksTheOnlyOne } from './only-one.js';
import { lacksTheDoer } from './doer-asked.js';
import { clauseShare } from './clause-share.js';
import { kindNounStem } from './kind-name.js';
import { kindHeads, writesWhichKind } from './kind-head.js';
import { lazyField } from './lazy-field.js';
import { tellsOfTheOtherSex } from './other-sex.js';
import { lacksTheNamedKind } from './named-kind.js';
import { asksThingName, givesTheThingNoName, nameGivenAfterNoun } from './given-name.js';
import { lacksTheRelativeDeed } from './relative-deed.js';
import { writesNoAlternative } from './choice-alternatives.js';
import { tellsOfAnotherInSeries } from './series-place.js';
import { CONTINUES_MARK } from '../extract/continuation.js';
import { titleNames } from './titled-name.js';
import { writesJoined } from './joined-name.js';
import { definesOneOf, thingToDefine } from './defining-sentence.js';
import { asksASum, writesNoSum } from './asked-sum.js';
import { asksARate, writesNoRate } from './asked-rate.js';
import { asksWhatHappened, saysOnlyWhatItIs } from './what-happened.js';
import { asksWhatItDoes, onlyIdentifies } from './work-asked.js';
import { placeLacksTheDeed } from './place-doer.js';

export interface RankedPassage extends Hit {
  /** The hit's place in the index's order, which breaks ties. */
  order: number;
  parts: PassageParts;
  score: number;
  /** The short answer the passage gives, when the question asks for a kind of thing it holds. */
  span: string | null;
  /**
   * The passage holds what the question requires: each name and number it gives (in the
   * paragraph), the attribute it asks of them, and an answer of the kind asked ("when" needs a
   * date). One that does not is cited as the nearest passage at most, never as the answer.
   */
  meetsConstraints: boolean;
  /** With RankOptions.explain: each requirement the passage does not meet, by name. */
  unmet?: Requirement[];
  /** The first requirement (in the order tested) the passage does not meet, or null when it meets them all. */
  refusedFor: Requirement | null;
}

/** What a passage must hold to answer, by name (rankPassages tests them in this order). */
export type Requirement =
  /** The attribute the question asks of what it names ("the capital of X"). */
  | 'attribute'
  /** An answer of the kind asked: a date for "when", a name for "who", a place, a number. */
  | 'slot'
  /** Each name and number the question gives, in the paragraph (numbers that mark the event, in the sentence or the one before). */
  | 'required'
  | 'namedLater'
  | 'countsAnother'
  | 'anotherKind'
  | 'possessedByAnother'
  /** "Who wants to improve its position": the position written only as another's than the answer's. */
  | 'ownedByAnother'
  /** "Who heads the unit": the deed asked, done in the passage only to another thing. */
  | 'actsOnAnother'
  /** "What do they expect": the view asked, written only as what others expect of them. */
  | 'heldByOthers'
  | 'opposite'
  | 'onlyAffirmative'
  | 'statesNothing'
  /** "How did X die", "what country took over X": the deed asked, in none of its words in the passage. */
  | 'lacksDeed'
  /** "Who did X sign a deal with": the deed asked, or its thing with the preposition asked, is not in the passage. */
  | 'lacksDeedDoneTo'
  /** "When did X make its third offer": the noun naming the deed after a verb that says little, unwritten. */
  | 'lacksDeedNoun'
  /** "What did X spend the money on": a deed no article writes in any words, told by no passage. */
  | 'unwrittenDeed'
  /** The question's verb, written only without the particle it asks with ("came from" for "came off"). */
  | 'withoutParticle'
  /** "What did X die of": the question's verb written with nothing after the preposition it ends on. */
  | 'withoutObject'
  /** "What was it named after": the verb written only in other words, with another preposition after them. */
  | 'otherPreposition'
  | 'deniedWord'
  /** A number or time the question gives, written otherwise in the passage. */
  | 'anotherNumber'
  /** An ordinal the question gives a noun ("first coach"), the passage giving it only another ("22nd coach"). */
  | 'anotherOrdinal'
  /** The deed asked, written only with a negation. */
  | 'deniedDeed'
  /** A thing the question takes as given, written only as what the passage denies ("lack any cells"). */
  | 'deniedThing'
  /** "What is the song about": a passage that tells its matter. */
  | 'lacksMatter'
  /** A thing asked of under a quality (an adjective) the passage gives it nowhere in its paragraph. */
  | 'otherQuality'
  /** A superlative the question picks one thing by ("the smallest settlement"), which the passage neither writes nor grades. */
  | 'ungraded'
  /** "The only N" asked, the passage saying of none that it is the only one. */
  | 'notTheOnly'
  /** "What should customers do": the passage names them only as what another acts on. */
  | 'lacksDoer'
  /** The deed asked of "she", written only of "he" (or the other way round). */
  | 'otherSex'
  /** "What is the name of the festival", "what episode of X": a passage that does not write the kind of thing named. */
  | 'namedKind'
  /** "What is the ferry called": a passage writing the thing's noun with no name near it. */
  | 'noName'
  /** A deed the question picks someone by ("the woman who was charged"), which the passage never writes as a verb. */
  | 'relativeDeed'
  /** "Is it short-term or long-term?": a choice, the passage writing none of its alternatives. */
  | 'noAlternative'
  /** "The previous N" asked where the article writes it so, the passage writing no such word: another N. */
  | 'anotherInSeries'
  /** "What happened to X": a passage whose first clause says only what something is. */
  | 'noEvent'
  /** "What does X do": a passage only saying what something is, with no verb of its own. */
  | 'noWork'
  /** "What does X cost": a passage writing no sum of money. */
  | 'noSum'
  /** "How many cross the border annually": a rate asked, the passage writing none. */
  | 'noRate'
  /** "What is X": a passage whose subject, before a defining verb, writes none of X's words. */
  | 'notDefining'
  /** The question's nouns, in the article. */
  | 'topic';

/** A word in the sentence before, in the same paragraph, half counts: "it was the first visit". */
const NEARBY_SHARE = 0.5;
/** Hits scored in full before the others may be skipped: at least the citations an answer shows. */
const MIN_SCORED = 5;
/** Nearest passages cited when the articles do not say. */
export const NOT_FOUND_CITED = 3;
/**
 * Hits scored in full at most. Each may read an article from disk; past the best dozen by what
 * the index tells of them, one rarely wins, and reading all of them would set the slowest answers.
 */
const MOST_SCORED = 12;
/**
 * The index's best hits weighed for an answer. Of 369 answers to the bench's questions at 18k
 * articles, 4 came from beyond the 10th hit and 1 from beyond the 20th; weighing 40 took 30%
 * longer for that one.
 */
const HITS_WEIGHED = 20;

/** The kinds of answer read from a passage's words; a passage without one does not fill the slot. */
const TYPED = new Set(['person', 'date', 'place', 'number']);
/** A short name, as "which court" asks: "Brackley Crown Court", "Redfern Partners". */
const KIND_NAME = /^\p{Lu}[\p{L}\p{N}'’.-]*( [\p{Lu}&][\p{L}\p{N}'’.-]*){0,5}$/u;

/** A question word as coverage counts it: its weight times its rarity, and its stand-ins' shares. */
interface WeighedWord {
  weight: number;
  rarity: number;
  optional: boolean;
  essential: boolean;
  stems: string[];
  shares: number[];
  /** Each stem's share, for look-ups by stem. */
  shareByStem: ReadonlyMap<string, number>;
  /** The largest of shares. */
  best: number;
}
/** A question's words weighed once, as coverage runs for each of its candidates; and all their stems. */
export interface Words {
  groups: WeighedWord[];
  stems: string[];
}

export function weighWords(index: TextIndex, groups: Question['groups']): Words {
  return {
    groups: groups.map((g) => {
      // A word the articles never use counts as rare as a word used once in the whole corpus.
      let rarity = g.stems.size ? 0 : Math.log(1 + index.size);
      for (const st of g.stems.keys()) rarity = Math.max(rarity, index.idf(st));
      return {
        weight: g.weight * rarity,
        rarity,
        optional: !!g.optional,
        essential: !!g.essential,
        stems: [...g.stems.keys()],
        shares: [...g.stems.values()],
        // The question's own map: it is not changed once read.
        shareByStem: g.stems,
        best: Math.max(0, ...g.stems.values()),
      };
    }),
    stems: [...new Set(groups.flatMap((g) => [...g.stems.keys()]))],
  };
}

/** The best share a question word gets: in the passage itself, or half in the sentence before. */
function shareOf(g: WeighedWord, matched: Set<string>, nearby?: Set<string>): number {
  let best = 0;
  for (let i = 0; i < g.stems.length; i++) {
    if (matched.has(g.stems[i]!)) best = Math.max(best, g.shares[i]!);
    else if (nearby?.has(g.stems[i]!)) best = Math.max(best, g.shares[i]! * NEARBY_SHARE);
  }
  return best;
}

/**
 * Share of the question a sentence covers: each question word counts once, weighted by its
 * rarity, and a misspelling or paraphrase counts for less than the word itself. A word the
 * articles never use counts as missed, which is what lets unrelated questions go unanswered.
 */
export function coverage(words: Words, matched: Set<string>, nearby?: Set<string>): number {
  let got = 0;
  let total = 0;
  for (const g of words.groups) {
    const best = shareOf(g, matched, nearby);
    if (g.optional && best === 0) continue;
    total += g.weight;
    got += g.weight * best;
  }
  return total ? got / total : 0;
}

/**
 * The question's stems that occur in sentences from..to (inclusive), found through the index's
 * postings: no article is read, so a candidate's neighbourhood is weighed before its article is
 * loaded, and a long paragraph costs no more than a short one. `known`: stems already known to
 * occur there. `given`: stems the caller weighs first (shareOf's `matched`); a word one of them
 * gives at its best share gets nothing from these, so its stems are not looked up.
 */
function questionStemsIn(
  index: TextIndex,
  words: Words,
  [from, to]: readonly [number, number],
  known: ReadonlySet<string> = NONE,
  given: ReadonlySet<string> = known,
): Set<string> {
  const out = new Set<string>();
  for (const g of words.groups) {
    if (givenInFull(g, given)) {
      // Only stems already known can be added: a word's paraphrases and spellings make it dozens
      // of stems, and a hit matches a few of the question's, so the fewer of the two is walked.
      if (known.size < g.stems.length) {
        for (const st of known) if (g.shareByStem.has(st)) out.add(st);
      } else for (const st of g.stems) if (known.has(st)) out.add(st);
      continue;
    }
    for (const st of g.stems) if (known.has(st) || (!out.has(st) && index.occursBetween(st, from, to))) out.add(st);
  }
  return out;
}
const NONE: ReadonlySet<string> = new Set();

/** Whether one of the stems given stands for the word at its best share: no other stem can raise it. */
function givenInFull(g: WeighedWord, given: ReadonlySet<string>): boolean {
  if (given.size < g.stems.length) {
    for (const st of given) if (g.shareByStem.get(st) === g.best) return true;
  } else for (let i = 0; i < g.stems.length; i++) if (g.shares[i] === g.best && given.has(g.stems[i]!)) return true;
  return false;
}

/**
 * The sentence before, in the same article: "it was the first visit" leans on it. News often
 * gives each sentence a paragraph of its own, so a paragraph break does not end what "it" means.
 */
function sentenceBefore(corpus: Corpus, gid: number): [number, number] {
  return gid > 0 && corpus.docOf(gid - 1) === corpus.docOf(gid) ? [gid - 1, gid - 1] : [gid, gid - 1];
}

/** The first and last sentence of the paragraph a sentence stands in. */
function paragraphAround(corpus: Corpus, gid: number): [number, number] {
  let from = gid;
  while (from > 0 && corpus.sameParagraph(from - 1, gid)) from--;
  let to = gid;
  while (to + 1 < corpus.sentenceCount && corpus.sameParagraph(to + 1, gid)) to++;
  return [from, to];
}

/**
 * The hits, and after them each sentence that goes on about one of them without writing what it
 * named ("It rises 90 metres." after the tower's name), which the search may not find: the answer
 * is often there. Each with its own BM25 score, so that it competes as a hit would.
 */
function withContinuations(ctx: Context, q: Question, hits: Hit[]): Hit[] {
  const { corpus, index } = ctx;
  let out: Hit[] | null = null;
  let found: Set<number> | null = null;
  for (const h of hits) {
    const next = h.gid + 1;
    if (next >= corpus.sentenceCount || !index.occursIn(CONTINUES_MARK, next)) continue;
    found ??= new Set(hits.map((x) => x.gid));
    if (found.has(next)) continue;
    found.add(next);
    (out ??= [...hits]).push(index.search(q, [next, next + 1], 1)[0] ?? { gid: next, score: 0, matched: new Set() });
  }
  return out ?? hits;
}

/** What the index alone tells of a hit, and whether it lacks the attribute the question asks for. */
function indexParts(
  ctx: Context,
  words: Words,
  hit: Hit,
  most: number,
  referred: boolean,
  marked: readonly MarkedStem[],
): IndexParts & { essentialMissed: boolean } {
  const { corpus, index } = ctx;
  const matched = withSubject(index, marked, hit, referred);
  const before = questionStemsIn(index, words, sentenceBefore(corpus, hit.gid), undefined, matched);
  const share = coverage(words, matched, before);
  let rareMissed = 0;
  let essentialMissed = false;
  let missed = 0;
  for (const g of words.groups) {
    if (shareOf(g, matched, before) > 0) continue;
    if (g.essential) essentialMissed = true;
    if (!g.optional) {
      rareMissed = Math.max(rareMissed, g.rarity);
      missed++;
    }
  }
  return {
    coverage: share,
    // The stems the search found in the hit are in its paragraph without a look-up.
    paragraph: coverage(words, questionStemsIn(index, words, paragraphAround(corpus, hit.gid), hit.matched)),
    retrieval: Math.min(1, hit.score / (most || 1)),
    rareMissed: Math.min(1, rareMissed / (index.idf('') || 1)),
    length: Math.min(LENGTH_CAP, index.relativeLength(hit.gid)),
    questionSize: words.groups.filter((g) => !g.optional).length / QUESTION_WORDS_SCALE,
    wordsMissed: Math.min(1, missed / MISSED_WORDS_SCALE),
    carried:
      before.size && index.occursIn(CONTINUES_MARK, hit.gid)
        ? coverage(words, new Set([...matched, ...before])) - share
        : 0,
    opening: corpus.docOf(hit.gid).firstGid === hit.gid ? 1 : 0,
    essentialMissed,
  };
}

/** A sentence in lower case and its words stemmed, once for the parts that read them (sequence, clause, contrast). */
function piecesOf(text: string): SentencePieces & { lower: string } {
  const lower = text.toLowerCase();
  const pieces = lowerPieces(lower);
  return { lower, pieces, stems: pieces.map((w) => (w ? stemOf(w) : '')) };
}

/** How far apart (in words) two neighbouring question words may stand in the sentence and still read as the question's phrase. */
const SEQUENCE_WINDOW = 3;

/**
 * Share of the question's neighbouring word pairs that the sentence holds in the same order
 * within SEQUENCE_WINDOW words: "the capital of France" against a sentence that has "capital"
 * and "France" in other clauses.
 */
function sequenceShare(asked: SequenceWords, pieces: SentencePieces): number {
  const { groups } = asked;
  if (groups.length < 2) return 0;
  // Where each word asked stands, from the sentence's own words: decoding its article's stored
  // tokens costs about a millisecond, stemming one sentence some hundredths.
  const holds = (g: WeighedWord, i: number) => !!pieces.pieces[i] && g.shareByStem.has(pieces.stems[i]!);
  const n = pieces.stems.length;
  let found = 0;
  for (let i = 0; i + 1 < groups.length; i++) {
    const here = groups[i]!;
    const next = groups[i + 1]!;
    pairs: for (let p = 0; p < n; p++) {
      if (!holds(here, p)) continue;
      for (let q = p + 1; q < n && q - p <= SEQUENCE_WINDOW; q++)
        if (holds(next, q)) {
          found++;
          break pairs;
        }
    }
  }
  return found / (groups.length - 1);
}

/** The question words the sequence part reads (those not optional), in order: worked out once per question. */
interface SequenceWords {
  groups: WeighedWord[];
}

function sequenceWords(words: Words): SequenceWords {
  return { groups: words.groups.filter((g) => !g.optional) };
}

/** What the requirements read of the question, worked out at most once for all its candidates. */
interface AskedState {
  /** Read only when a passage meets the other constraints: near spellings cost a look-up per noun. */
  topic?: TopicNoun[];
  /** The thing a "what is X" question asks to have defined (null: not such a question). */
  defined?: string[] | null;
  /** Whether the question asks "what happened (to X)". */
  happened?: boolean;
  /** Whether the question asks "what does X do". */
  work?: boolean;
  /** Whether the question asks a sum ("what does X cost"). */
  sum?: boolean;
  /** Whether the question asks a rate ("how many a year"). */
  rate?: boolean;
}

/** A scored hit as its requirements read it. */
interface Candidate {
  ctx: Context;
  q: Question;
  asked: AskedState;
  gid: number;
  /** The id of the hit's article. */
  doc: string;
  typed: boolean;
  span: string | null;
  essentialMissed: boolean;
  /** Not yet known when the requirements are tested before scoring (READS_SCORE). */
  parts?: PassageParts;
}

/** The requirement that reads the passage's score parts: it cannot be tested before scoring. */
const READS_SCORE: Requirement = 'opposite';

/**
 * Each requirement by name, tested in this order; the first unmet one settles it, unless the
 * caller asks for every unmet one (the bench's account of why answers are missed). One table for
 * every candidate: a list of tests made for each one was half of the ranking's own allocation.
 */
const REQUIREMENTS: readonly (readonly [Requirement, (c: Candidate) => boolean])[] = [
  ['attribute', (c) => !c.essentialMissed],
  ['slot', (c) => !(c.typed && !c.span)],
  ['required', ({ ctx, q, gid }) => !lacksRequired(ctx.corpus, ctx.index, q, gid)],
  ['namedLater', ({ ctx, q, gid }) => !namesOnlyLater(ctx.corpus, q, gid)],
  ['countsAnother', ({ ctx, q, gid }) => !countsAnotherThing(ctx.corpus, ctx.index, q, gid)],
  ['anotherKind', ({ ctx, q, gid }) => !namesAnotherKind(ctx.corpus, q, gid)],
  ['possessedByAnother', ({ ctx, q, gid }) => !possessedByAnother(ctx.corpus, q, gid)],
  ['ownedByAnother', ({ ctx, q, gid, span }) => !ownedByAnother(q, () => ctx.corpus.tokens(gid), span)],
  [
    'actsOnAnother',
    ({ ctx, q, gid }) => {
      const [from, to] = paragraphAround(ctx.corpus, gid);
      const doc = ctx.corpus.docOf(gid);
      return !actsOnAnother(
        ctx.corpus,
        q,
        gid,
        (st) => ctx.index.occursBetween(st, from, to),
        (st) => ctx.index.occursBetween(st, doc.firstGid, doc.firstGid + doc.sentenceCount - 1),
      );
    },
  ],
  ['heldByOthers', ({ ctx, q, gid }) => !heldByOthers(ctx.corpus, q, gid)],
  ['opposite', ({ q, parts }) => !answersTheOpposite(q, parts!)],
  ['onlyAffirmative', ({ ctx, q, gid }) => !answersOnlyTheAffirmative(q, ctx.corpus.sentenceText(gid))],
  ['statesNothing', ({ ctx, gid }) => !statesNothing(ctx.corpus, gid)],
  ['lacksDeed', ({ ctx, q, gid }) => !lacksTheDeed(ctx.corpus, q, gid) && !placeLacksTheDeed(ctx.corpus, q, gid)],
  ['lacksDeedDoneTo', ({ ctx, q, gid }) => !lacksTheDeedDoneTo(ctx.corpus, q, gid)],
  ['lacksDeedNoun', ({ ctx, q, gid }) => !lacksTheDeedNoun(q, () => new Set(ctx.corpus.stemsOf(gid)))],
  ['unwrittenDeed', ({ q }) => !asksAnUnwrittenDeed(q)],
  ['withoutParticle', ({ ctx, q, gid }) => !writesTheVerbWithoutItsParticle(ctx.corpus, q, gid)],
  ['withoutObject', ({ ctx, q, gid }) => !writesTheVerbWithoutItsObject(ctx.corpus, q, gid)],
  ['otherPreposition', ({ ctx, q, gid }) => !paraphrasesTheVerbWithoutItsPreposition(ctx.corpus, q, gid)],
  ['deniedWord', ({ ctx, q, gid }) => !affirmsTheDeniedWord(ctx.corpus, q, gid)],
  ['anotherNumber', ({ ctx, q, gid }) => !writesAnotherNumber(ctx.corpus, q, gid)],
  ['anotherOrdinal', ({ ctx, q, gid }) => !givesAnotherOrdinal(ctx.corpus, q, gid)],
  ['deniedDeed', ({ ctx, q, gid }) => !deniesTheDeedAsked(ctx.corpus, q, gid)],
  ['deniedThing', ({ ctx, q, gid }) => !deniesTheThingAsked(ctx.corpus, q, gid)],
  ['lacksMatter', ({ ctx, q, gid }) => !lacksTheMatter(ctx.corpus, q, gid)],
  ['otherQuality', ({ ctx, q, gid }) => !describesOtherwise(ctx.corpus, q, gid)],
  ['ungraded', ({ ctx, q, gid }) => !lacksTheSuperlative(ctx.corpus, q, gid)],
  ['notTheOnly', ({ ctx, q, gid }) => !lacksTheOnlyOne(ctx.corpus, q, gid)],
  ['lacksDoer', ({ ctx, q, gid }) => !lacksTheDoer(ctx.corpus, q, gid)],
  ['otherSex', ({ ctx, q, gid }) => !tellsOfTheOtherSex(ctx.corpus, q, gid)],
  [
    'namedKind',
    ({ ctx, q, gid }) => {
      const [from, to] = paragraphAround(ctx.corpus, gid);
      return !lacksTheNamedKind(q, (st) => ctx.index.occursBetween(st, from, to));
    },
  ],
  ['noName', ({ ctx, q, gid }) => !givesTheThingNoName(q, ctx.corpus.sentenceText(gid))],
  ['relativeDeed', ({ ctx, q, gid }) => !lacksTheRelativeDeed(ctx.corpus, q, gid)],
  ['noAlternative', ({ ctx, q, gid }) => !writesNoAlternative(ctx.corpus, q, gid)],
  ['anotherInSeries', ({ ctx, q, gid }) => !tellsOfAnotherInSeries(ctx.corpus, q, gid)],
  [
    'noEvent',
    ({ ctx, q, asked, gid }) =>
      !(asked.happened ??= asksWhatHappened(q)) || !saysOnlyWhatItIs(ctx.corpus.sentenceText(gid)),
  ],
  [
    'noWork',
    ({ ctx, q, asked, gid }) =>
      !(asked.work ??= asksWhatItDoes(q)) || !onlyIdentifies(ctx.corpus.tokens(gid), ctx.corpus.sentenceText(gid)),
  ],
  ['noSum', ({ ctx, q, asked, gid }) => !(asked.sum ??= asksASum(q)) || !writesNoSum(ctx.corpus.sentenceText(gid))],
  ['noRate', ({ ctx, q, asked, gid }) => !(asked.rate ??= asksARate(q)) || !writesNoRate(ctx.corpus.sentenceText(gid))],
  [
    'notDefining',
    ({ ctx, q, asked, gid }) => {
      const thing = asked.defined === undefined ? (asked.defined = thingToDefine(q)) : asked.defined;
      return !thing || definesOneOf(ctx.corpus.sentenceText(gid), thing);
    },
  ],
  ['topic', ({ ctx, q, asked, doc }) => aboutTopic(ctx, (asked.topic ??= topicOf(ctx.index, q)), doc)],
];

/**
 * The first requirement the candidate does not meet, or null. `unscored` is what unmetUnscored
 * gave for the same hit before it was scored, when it was tested then: every requirement but
 * READS_SCORE reads only the hit, so only that one is left to test.
 */
function firstUnmet(c: Candidate, unscored?: Requirement | null): Requirement | null {
  for (const [name, met] of REQUIREMENTS) {
    if (unscored !== undefined && name !== READS_SCORE) {
      if (name === unscored) return name;
    } else if (!met(c)) return name;
  }
  return null;
}

/** The first requirement needing no score an unscored candidate fails (it cannot be the answer, whatever it scores), or null. */
function unmetUnscored(c: Candidate): Requirement | null {
  for (const [name, met] of REQUIREMENTS) if (name !== READS_SCORE && !met(c)) return name;
  return null;
}

export interface RankOptions {
  /** Score every hit the index weighs, as the fitting script needs, instead of stopping when none left can win. */
  exhaustive?: boolean;
  weights?: PassageWeights;
  /** Test every requirement of each passage and name the unmet ones (RankedPassage.unmet), as the bench's account of misses needs. */
  explain?: boolean;
  /**
   * Score the nearest passages in full when none answers, for callers that take passages below
   * the answer as their own candidates (yes/no settling, a speaker's quotes). Without it, once
   * none of the hits left to score can be the answer, they are not scored: they would only be
   * ordered among the nearest passages cited with "the articles do not say".
   */
  nearest?: boolean;
}

/**
 * The passages best first. Hits are scored best ceiling first; once a ceiling is below the best
 * score so far by the fitted margin, no later hit can win or make the winner a toss-up
 * (close-rival.ts), and their articles are never read.
 */
export function rankPassages(
  ctx: Context,
  q: Question,
  options: QueryOptions,
  rank: RankOptions = {},
): RankedPassage[] {
  const { corpus, index } = ctx;
  const weights = rank.weights ?? PASSAGE_WEIGHTS;
  const hits = withContinuations(ctx, q, index.search(q, corpus.gidRange(options.doc), HITS_WEIGHED));
  if (!hits.length) return [];
  const words = weighWords(index, q.groups);
  const focusIds = new Set(q.focus.map((e) => e.id));
  const typed = TYPED.has(q.expects);
  // "Which court": a name of the kind asked fills the slot as a typed answer does.
  const kind = typed ? null : kindNounStem(q);
  // Only these fill the slot (slotFilled), so only for them does the score read the short answer.
  const spanScored = typed || !!kind;
  // "What is the bowl called": a name given the thing after its noun fills it too ("the bowl,
  // known as the Fenmarsh Cup"), not another name its sentence holds.
  const named = !typed && !kind && asksThingName(q);
  const asked = askedOf(q);
  const inSequence = sequenceWords(words);
  const heads = kindHeads(q);
  const askedStems = new Set(words.stems);
  // A sentence that refers to someone named before holds their name for coverage, unless the
  // question asks what someone said: their passages are chosen as theirs, and their name in one
  // says nothing of the topic.
  const referred = q.expects !== 'quote';
  const askedState: AskedState = {};
  // The most BM25 gives a sentence that holds every word asked, each as often as can count.
  const mostBm25 = (K1 + 1) * words.groups.reduce((s, g) => s + (g.optional ? 0 : g.weight), 0);
  const marked = markedStems(index, words.stems);
  // A name given after the noun asked fills the slot too ("what is the bowl called"), unscored span or not.
  const never = rank.nearest ? NO_PARTS : partsNoneEarns(q, spanScored || named, inSequence, heads);
  const candidates = hits
    .map((h, order) => {
      const { essentialMissed, ...known } = indexParts(ctx, words, h, mostBm25, referred, marked);
      // A passage without the attribute asked cannot be the answer: it competes only to be cited.
      return {
        h,
        order,
        known,
        essentialMissed,
        most: essentialMissed ? -Infinity : passageCeiling(known, weights),
        reach: essentialMissed ? -Infinity : passageCeiling(known, weights, never),
      };
    })
    .sort((a, b) => b.most - a.most);
  // When no hit could reach the threshold, none answers: only the passages cited with "the
  // articles do not say" are scored.
  const hopeless = candidates[0]!.reach < weights.threshold;
  const ranked: RankedPassage[] = [];
  let bestScore = -Infinity;
  // Short answers read while testing requirements before scoring, by sentence.
  const spans = new Map<number, string | null>();
  const spanOf = (gid: number) => {
    let span = spans.get(gid);
    if (span === undefined) spans.set(gid, (span = answerSpan(corpus, q, gid, asked)));
    return span;
  };
  // What unmetUnscored gave for the hits tested before scoring, by sentence: scored after all,
  // they are not tested again. (Only hits that can reach the threshold are tested, and those
  // miss no essential word, as the unscored candidate has it.)
  const unmetBefore = new Map<number, Requirement | null>();
  const refusedUnscored = (gid: number): boolean => {
    const unmet = unmetUnscored({
      ctx,
      q,
      asked: askedState,
      gid,
      doc: corpus.sentence(gid).doc.id,
      typed,
      span: spanScored ? spanOf(gid) : null,
      essentialMissed: false,
    });
    unmetBefore.set(gid, unmet);
    return unmet !== null;
  };
  for (const [at, { h, order, known, essentialMissed, most, reach }] of candidates.entries()) {
    if (!rank.exhaustive) {
      if (
        ranked.length >= (hopeless ? NOT_FOUND_CITED : MIN_SCORED) &&
        (hopeless || reach < weights.threshold || most < bestScore - weights.margin || ranked.length >= MOST_SCORED)
      )
        break;
      if (!hopeless && most < weights.threshold) continue;
      // None scored meets the requirements: when none of the hits left to score does either, no
      // answer is found, and scoring them would only reorder the nearest passages cited. (Explained
      // ranking does not keep the best score.)
      if (
        !rank.nearest &&
        !rank.explain &&
        !hopeless &&
        ranked.length === MIN_SCORED &&
        bestScore === -Infinity &&
        candidates
          .slice(at, at + MOST_SCORED - MIN_SCORED)
          .filter((c) => c.reach >= weights.threshold)
          .every((c) => refusedUnscored(c.h.gid))
      )
        break;
    }
    // The short answer is read now where the score needs it (a slot of a kind), else at its first
    // read: most candidates are only cited, and reading one is a candidate's dearest part.
    const span = spanScored ? spanOf(h.gid) : null;
    const doc = corpus.sentence(h.gid).doc;
    const pieces = piecesOf(corpus.sentenceText(h.gid));
    const parts: PassageParts = {
      ...known,
      predicate: actsAsAsked(corpus, q, h.gid) ? 1 : 0,
      slotFilled:
        (span && (typed || (kind && KIND_NAME.test(span)))) ||
        (named && nameGivenAfterNoun(q, corpus.tokens(h.gid), doc.text))
          ? 1
          : 0,
      focus:
        focusIds.size > 0 &&
        corpus.mentionsIn(h.gid).some((m) => focusIds.has(corpus.entityOf(doc, m.entity)?.id ?? ''))
          ? 1
          : 0,
      sequence: sequenceShare(inSequence, pieces),
      clause: clauseShare(words.groups, pieces.lower, pieces),
      kindWritten: writesWhichKind(heads, pieces, askedStems),
      ...contrastParts(corpus, q, h.gid, ctx.antonyms ?? smallAntonyms, pieces),
    };
    const score = passageScore(parts, weights);
    const candidate: Candidate = {
      ctx,
      q,
      asked: askedState,
      gid: h.gid,
      doc: doc.id,
      typed,
      span,
      essentialMissed,
      parts,
    };
    const scored = { ...h, order, parts, score };
    const withSpan = spanScored
      ? { ...scored, span }
      : lazyField(scored, 'span', () => answerSpan(corpus, q, h.gid, asked));
    if (rank.explain) {
      const unmet = REQUIREMENTS.filter(([, met]) => !met(candidate)).map(([name]) => name);
      ranked.push(Object.assign(withSpan, { meetsConstraints: !unmet.length, refusedFor: unmet[0] ?? null, unmet }));
    } else if (score > bestScore) {
      // Only a passage that meets them may raise the best score, which ends the scoring.
      const refusedFor = firstUnmet(candidate, unmetBefore.get(h.gid));
      ranked.push(Object.assign(withSpan, { meetsConstraints: refusedFor === null, refusedFor }));
      if (refusedFor === null) bestScore = score;
    } else {
      // One scoring no higher leaves the best score as it is: its requirements are tested at the
      // first read, and most are never read.
      const refused = lazyField(withSpan, 'refusedFor', () => firstUnmet(candidate, unmetBefore.get(h.gid)));
      ranked.push(lazyField(refused, 'meetsConstraints', () => refused.refusedFor === null));
    }
  }
  // Equal scores keep the index's order.
  return ranked.sort((a, b) => b.score - a.score || a.order - b.order);
}

/** The record parts no passage can earn for this question: they stay 0, whatever its article writes. */
function partsNoneEarns(
  q: Question,
  slotFillable: boolean,
  inSequence: SequenceWords,
  heads: ReadonlySet<string>,
): Set<keyof RecordParts> {
  const out = new Set<keyof RecordParts>();
  if (!slotFillable) out.add('slotFilled');
  if (!q.focus.length) out.add('focus');
  if (inSequence.groups.length < 2) out.add('sequence');
  if (!heads.size) out.add('kindWritten');
  return out;
}

/**
 * Nouns that frame what is asked as a share or a member of something ("the world list of
 * universities", "a kind of grape", "what part of the plant"): an article about that something
 * need not write them, so they are no topic it must hold.
 */
const FRAMING_NOUNS = new Set(['list', 'kind', 'type', 'sort', 'part', 'example']);

/** A noun a question asks about: the stems that stand for it, and its near spellings, looked up only when none of those stems is in an article. */
interface TopicNoun {
  stems: string[];
  nearSpellings: () => string[];
}

/**
 * The nouns the question asks about (not those naming the kind of answer, nor those framing it),
 * each as the stems that stand for it, when the articles write the noun itself: an article that
 * never writes one is about something else, however well one of its sentences matches the rest.
 */
function topicOf(index: TextIndex, q: Question): TopicNoun[] {
  const kind = answerKindNouns(q);
  const asked = q.groups.filter(
    (g) =>
      !g.optional &&
      g.at !== undefined &&
      !kind.has(g.at) &&
      !FRAMING_NOUNS.has(q.tokens[g.at]!.lemma) &&
      /^(NOUN|PROPN)$/.test(q.tokens[g.at]?.pos ?? '') &&
      [...g.stems].some(([st, w]) => w >= 1 && index.hasStem(st)),
  );
  // A slip may spell another word the articles use ("band" for "bank"): a near spelling counts too.
  return asked.map((g) => {
    let near: string[] | undefined;
    return {
      stems: [...g.stems.keys()],
      nearSpellings: () => (near ??= [...index.correct(q.tokens[g.at!]!.text).keys()]),
    };
  });
}

/**
 * The nouns that name the kind of answer rather than what it is about, which the passage may put
 * another way: those of the wh-phrase ("what treaty", "which major world event") and the attribute
 * a copula asks ("who was X's husband", "what is the term for ..."). Token positions.
 */
export function answerKindNouns(q: Question): Set<number> {
  const out = new Set<number>();
  const whAt = q.tokens.findIndex((t) => /^(who|whom|whose|what|which|how)$/i.test(t.text));
  if (whAt < 0) return out;
  const run = (from: number) => {
    let k = from;
    while (q.tokens[k] && /^(ADJ|NOUN)$/.test(q.tokens[k]!.pos)) {
      if (q.tokens[k]!.pos === 'NOUN') out.add(k);
      k++;
    }
    return k;
  };
  run(whAt + 1);
  if (q.tokens[whAt + 1]?.lemma === 'be') {
    let k = whAt + 2;
    while (q.tokens[k] && (/^(DET|PROPN|ADJ|PART)$/.test(q.tokens[k]!.pos) || /^['’]s$/.test(q.tokens[k]!.text))) k++;
    run(k);
  }
  return out;
}

/**
 * Most nouns a question may give and still require its article to hold each: a longer one reads
 * like a passage, where a slip that spells another word or a word said another way is likelier
 * than an article about something else. Fewer lets other articles answer more questions; more
 * loses long questions to one slip (a quarter of the scale bench's are long sentences with one).
 */
const TOPIC_NOUNS_MAX = 4;

/** Whether an article holds each of the question's nouns, or a word standing for it. */
function aboutTopic(ctx: Context, topic: TopicNoun[], doc: string): boolean {
  if (!topic.length || topic.length > TOPIC_NOUNS_MAX) return true;
  const [from, to] = ctx.corpus.gidRange(doc);
  const held = (st: string) => ctx.index.occursBetween(st, from, to - 1);
  return topic.every((noun) => noun.stems.some(held) || noun.nearSpellings().some(held));
}

const paragraphWordCaches = new WeakMap<Corpus, Map<string, Set<string>>>();

/** The lower-cased words of a sentence's paragraph (cached: a question's candidates share paragraphs, and questions share articles). */
function paragraphWords(corpus: Corpus, gid: number, text: string): Set<string> {
  let cache = paragraphWordCaches.get(corpus);
  if (!cache) {
    cache = new Map();
    paragraphWordCaches.set(corpus, cache);
  }
  const key = `${corpus.docOf(gid).id}\u0000${corpus.paragraphOf(gid)}`;
  let words = cache.get(key);
  if (!words) {
    if (cache.size > CORPUS_CACHES.paragraphWords.size) cache.clear();
    words = new Set(lowerPieces(text));
    cache.set(key, words);
  }
  return words;
}

/** Whether the sentence's paragraph lacks a name or number the question gives, or a title it quotes. */
/** Small numbers by their digits: "5" is written "five" as often. */
const NUMBER_WORD_OF = new Map([...SMALL_NUMBER_DIGITS].map(([word, digits]) => [digits, word]));

/** Whether the words hold a required word, a small number written as a word included ("Article Five" for "article 5"). */
const holds = (words: Set<string>, w: string) => {
  const word = NUMBER_WORD_OF.get(w);
  return words.has(w) || (word !== undefined && words.has(word));
};

function lacksRequired(corpus: Corpus, index: TextIndex, q: Question, gid: number): boolean {
  // "What are the two kinds of ...": the count is the answer's, which need not write it.
  const counts = answerCountWords(q, corpus.sentenceText(gid));
  const kind = kindWords(q);
  const required = q.required.filter(
    (alternatives) => !alternatives.every((w) => counts.has(w)) && !kind.has(alternatives[0]!),
  );
  if (!required.length && !q.phrases.length) return false;
  const ref = corpus.sentence(gid);
  const para = ref.doc.paragraphs[ref.s.paragraph]!;
  const text = ref.doc.text.slice(para.start, para.end);
  const words = paragraphWords(corpus, gid, text);
  const asWritten = q.phrases.length ? ` ${phraseWords(text)} ` : '';
  // A year or number the question gives ("in 2021", "on March 22, 1883", "Article 102") marks the
  // event asked: the sentence, or the one before, must write it; elsewhere in the paragraph it marks
  // another. Not one that names a thing ("the 2010 world cup"), which the article may name once.
  const marking = new Set(
    q.tokens
      .filter((t, i) => /^\d[\d,.]*$/.test(t.text) && !/^(NOUN|PROPN|ADJ)$/.test(q.tokens[i + 1]?.pos ?? ''))
      .map((t) => t.text.toLowerCase()),
  );
  const numbers = required.filter((alternatives) => alternatives.every((w) => marking.has(w)));
  if (numbers.length) {
    const before = ref.index > 0 && corpus.sameParagraph(gid - 1, gid) ? corpus.sentenceText(gid - 1) : '';
    const own = lowerPieces(corpus.sentenceText(gid));
    const near = new Set([...lowerPieces(before), ...own]);
    if (numbers.some((alternatives) => !alternatives.some((w) => holds(near, w)))) return true;
    // The year asked in the sentence before, and another in this one ("Since 1963, ..."): this
    // sentence dates its own event, not the one asked.
    if (
      numbers.some(
        (alternatives) =>
          alternatives.some(isYear) && !alternatives.some((w) => own.includes(w)) && own.some(datesAYear),
      )
    )
      return true;
  }
  const [from, to] = paragraphAround(corpus, gid);
  // The paragraph's words first: most required words are there, and the title is read only when not.
  return (
    required.some(
      (alternatives) =>
        !alternatives.some(
          (w) =>
            peopleNameForms(q, w).some((f) => holds(words, f) || refersToWord(index, f, gid)) ||
            writesJoined(q, w, words) ||
            writesOtherNameForm(corpus, q, w, corpus.sentenceText(gid)),
        ) && !titleNames(ref.doc.title, alternatives, (st) => index.occursBetween(st, from, to)),
    ) || q.phrases.some((p) => !asWritten.includes(` ${p} `))
  );
}

/**
 * The lower-case nouns that name the kind of answer of a "what"/"which" question ("what other
 * variable"): a word the articles also use as a name is required as a name would be, but here it
 * says what the answer is, which the passage may put another way.
 */
function kindWords(q: Question): Set<string> {
  const out = new Set<string>();
  // "How many police cars" counts the cars, which the passage must name.
  if (q.wh !== 'what' && q.wh !== 'which') return out;
  for (const at of answerKindNouns(q)) {
    const t = q.tokens[at]!;
    if (t.text === t.text.toLowerCase()) out.add(t.text);
  }
  return out;
}

/** A word that dates by year: "1963", "1970s", "mid-1970s". */
const datesAYear = (w: string) => isYear(w) || /(?:^|-)(?:1\d|20)\d\ds$/.test(w);
