// `ask`: a question in, the short answer and the cited sentence out, or an honest "the articles
// do not say". Candidates come from quotes, entity profiles, facts and BM25 over sentences,
// re-ranked by the kind of answer the question wants.
import { withinOfferedChoice } from './offered-choice.js';
import { askedSpeaker, opinionNounAt, type AskedSpeaker } from './asked-speaker.js';
import { retold } from './quote-wording.js';
import { typedSpeakerQuote } from './typed-speaker.js';
import { speakerReason } from './speaker-reason.js';
import { isoOfDatePhrase } from '../text/dates.js';
import { SPEECH_VERBS } from '../extract/lexicon.js';
import { stemOf } from '../nlp/annotate.js';
import type { Context } from './answer-context.js';
import { asksSummary, gistTopic } from './article-summary.js';
import type { DocInfo, Entity, Quote } from '../corpus/corpus.js';
import type { TextIndex } from '../search/text-index.js';
import { answerSpan, SPEAKING } from './answer-span.js';
import { answerExcerpt } from './answer-excerpt.js';
import { PASSAGE_WEIGHTS } from './passage-score.js';
import { OPINION_VERBS } from './question-kind.js';
import { readQuestion, type Question } from './question.js';
import { typedStems } from './question-query.js';
import { answerKey, closeRival } from './close-rival.js';
import {
  coverage,
  NOT_FOUND_CITED,
  rankPassages,
  weighWords,
  type RankedPassage,
  type RankOptions,
} from './rank-passages.js';
import type { QueryOptions, Result } from './result.js';
import {
  acronymAnswer,
  agentAnswer,
  besideTitle,
  conditionalAnswer,
  definitionAnswer,
  roleHolderAnswer,
  leaderAnswer,
  titleAgentAnswer,
} from './slot-answers.js';
import { citation, quoteView, thatWritten } from './views.js';
import { definedThing } from './defined-thing.js';
import { isPolar } from './claim.js';
import { yesNoAnswer } from './yes-no.js';
import { setAgainstTheQuestion } from './set-against.js';
import { bestMatchSaysOtherwise } from './contradicted.js';
import { smallAntonyms } from './antonyms.js';
import { writesTheQuotedTitles } from './quoted-title.js';
import { asksScore, scoreAsked } from './match-score.js';
import { contestNamedBy, sideAsked, sideOf } from './contest-outcome.js';
import { deedNounAsked, doerOfDeed } from './deed-noun.js';
import { entityNameWords, lowerPieces, lowerWords } from '../text/words.js';

/** Share of the question's words a quote must cover to answer what someone said about it. */
const MIN_COVERAGE = 0.5;
/**
 * Share of the topic a passage that reports someone's words must cover when none of their quotes
 * covers it: lower lets a paraphrased report answer, higher keeps their words on another topic out.
 */
const REPORTED_COVERAGE = 0.25;

export function ask(ctx: Context, input: string, options: QueryOptions): Result {
  return withinOfferedChoice(input, answerOf(ctx, input, options));
}

function answerOf(ctx: Context, input: string, options: QueryOptions): Result {
  const base: Result = { command: 'ask', input, found: false, answer: null, citations: [], quotes: [], facts: [] };
  const route = routeQuestion(ctx, input, options, base);
  if ('result' in route) return route.result;
  const r = passageAnswer(ctx, route.passage, base, options);
  // "Who carried out the study?" where no passage says who carried it out: who studied.
  const noun = r.found ? null : deedNounAsked(route.passage);
  const deed = noun ? doerOfDeed(ctx, noun, options) : null;
  if (!deed) return r;
  const quotes = ctx.corpus.quotesIn(deed.gid).map((x) => quoteView(ctx.corpus, x));
  return { ...base, found: true, answer: deed.doer, citations: [citation(ctx.corpus, deed.gid, 1)], quotes };
}

/**
 * Where a question is answered: directly (the article's metadata, a profile, a quote, a speaker,
 * or a name the articles never mention), or by ranking passages for the question as read.
 */
export function routeQuestion(
  ctx: Context,
  input: string,
  options: QueryOptions,
  base: Result,
): { result: Result } | { passage: Question } {
  const { corpus, index } = ctx;
  const q = readQuestion(input, corpus, index);
  if (isPolar(q)) {
    // Settling takes the nearest passages as its candidates: they are scored in full.
    const r = yesNoAnswer(
      corpus,
      index,
      q,
      base,
      (asked) => passageAnswer(ctx, asked, base, options, undefined, undefined, NEAREST),
      ctx.antonyms,
    );
    if (r) return { result: r };
  }
  // A name the articles never mention cannot be answered from them, whatever else matches.
  const unknown = q.unknownNames.length ? q.unknownNames : unknownSpeaker(q);
  if (unknown.length) {
    return { result: { ...base, message: `The articles do not mention ${unknown.join(' or ')}.` } };
  }
  // "What was the score": a score is written in a shape, not in the question's words.
  // Where the articles write scores, none of them of what it names is no answer to look for elsewhere.
  const score = asksScore(q) ? scoreAsked(ctx, q, options) : null;
  if (score) {
    const citations = score.gids.slice(0, score.score ? 5 : NOT_FOUND_CITED).map((gid) => citation(corpus, gid, 1));
    if (!score.score) return { result: { ...base, citations, message: notFoundMessage(q) } };
    const quotes = corpus.quotesIn(score.gids[0]!).map((x) => quoteView(corpus, x));
    return { result: { ...base, found: true, answer: score.score, citations, quotes } };
  }
  // "Who won?": the side a clause of beating names, which no word of the question finds.
  const outcome = sideAsked(q);
  const which = contestNamedBy(q).map((k) => q.tokens[k]!.stem);
  const side = outcome ? sideOf(ctx, outcome, options, which) : null;
  if (side) {
    const citations = [citation(corpus, side.gid, 1)];
    const quotes = corpus.quotesIn(side.gid).map((x) => quoteView(corpus, x));
    return { result: { ...base, found: true, answer: side.side, citations, quotes } };
  }
  const scoped = (e: Entity) => !options.doc || e.docs.includes(options.doc);
  const focus = q.focus.filter(scoped);

  if (asksSummary(q, index)) return { result: articleSummary(ctx, base, options) };
  // "What's going on with X": the gist of the newest article whose headline or lead names X.
  const topic = gistTopic(q);
  const about = topic ? articleTelling(ctx, topic, options) : undefined;
  if (about) return { result: articleSummary(ctx, base, { ...options, doc: about }) };
  if (q.aboutDocument && (q.expects === 'date' || q.wh === 'when')) return { result: documentDate(ctx, base, options) };
  if (q.aboutDocument && (q.lemmas.includes('author') || (q.wh === 'who' && q.lemmas.includes('write'))))
    return { result: documentField(ctx, base, options, 'author') };
  // "What's the headline?": a headline or title of nothing named is the article's.
  const titleAlone = q.lemmas.length === 1 && /^(title|headline)$/.test(q.lemmas[0]!);
  if ((q.aboutDocument || titleAlone) && (q.lemmas.includes('title') || q.lemmas.includes('headline')))
    return { result: documentField(ctx, base, options, 'title') };
  if (q.expects === 'profile' && focus[0] && (focus[0].roles.length || focus[0].aliases.length))
    return { result: profile(ctx, focus[0], base, options) };
  // Slots the question's form names: a title's holder, an acronym's words, a condition's outcome.
  if (q.form.acronym) {
    const r = acronymAnswer(ctx, q, base, options);
    if (r) return { result: r };
  }
  // "What does the Met Office stand for": a name of several words is no acronym a passage spells
  // out, and a passage that names it says what it did, not what it stands for.
  if (q.form.shortName && q.arguments.some((a) => a.entity))
    return { result: passageAnswer(ctx, q, base, options, () => false) };
  if (q.form.role?.copular) {
    // A title the articles give no one as a role may still stand beside a name in a passage
    // ("their leader Harald"); any other name of that passage is not its holder.
    const r = roleHolderAnswer(ctx, q, base, options);
    if (r.found) return { result: r };
    const p = passageAnswer(ctx, q, base, options);
    return { result: p.found && besideTitle(p, q) ? p : r };
  }
  if (q.form.role && !q.form.role.copular) {
    // "Which minister announced X": the person doing the deed in a passage about X; "Which judge
    // threw out the bid?" where the passage says only "a judge": the article's one judge.
    const agent = agentAnswer(ctx, q, base, options);
    if (agent) return { result: agent };
    if (q.expects === 'person') {
      // The nearest passage may name the title asked.
      const r = passageAnswer(ctx, q, base, options, undefined, undefined, NEAREST);
      return { result: r.found ? r : (titleAgentAnswer(ctx, q, r, options) ?? r) };
    }
  }
  const led = leaderAnswer(ctx, q, base, options);
  if (led) return { result: led };
  const defined = q.form.defines ?? definedThing(q);
  if (defined) {
    const r = definitionAnswer(ctx, q, base, options, defined);
    if (r) return { result: r };
  }
  if (q.form.condition) {
    const r = conditionalAnswer(ctx, q, base, options);
    if (r) return { result: r };
  }
  // "What did residents say": a speaker typed as no name the question's finder knows; what the
  // question asks about after the verb must be in their words. "What did X not say" asks otherwise.
  if (
    q.expects === 'thing' &&
    !focus.length &&
    q.polarity === 'positive' &&
    q.predicate?.kind === 'verb' &&
    SPEECH_VERBS.has(q.predicate.lemma)
  ) {
    const verbAt = q.predicate.at;
    const topic = weighWords(
      index,
      q.groups.filter((g) => (g.at ?? 0) > verbAt && !g.name && !g.speech),
    );
    const covers = (x: Quote) =>
      !topic.groups.length || coverage(topic, new Set(quoteGids(x).flatMap((g) => corpus.stemsOf(g)))) >= MIN_COVERAGE;
    const said = typedSpeakerQuote(ctx, q, options, covers);
    if (said) {
      const view = quoteView(corpus, said);
      const citations = [citation(corpus, said.gid, 1)];
      return {
        result: { ...base, found: true, answer: retold(view, thatWritten(corpus, said)), citations, quotes: [view] },
      };
    }
  }
  if ((q.expects === 'quote' || (q.expects === 'thing' && opinionNounAt(q) >= 0)) && focus.length) {
    const asked = askedSpeaker(ctx, q, focus, options) ?? {
      speakers: focus,
      quotes: quotesOf(ctx, focus, options),
      topicFrom: 0,
      named: false,
      verbAt: -1,
    };
    const speakers = asked.speakers;
    const r = quotedAnswer(ctx, q, asked, base);
    if (r) return { result: r };
    // No quote of theirs covers the topic: a passage may still report their words, but only one
    // that is theirs; any other ("She said ...", of someone else) would put words in their mouth.
    // The topic asked must be in that passage as it would be in their quote.
    // "What does X want?" asks their words whatever they are: a verb of opinion is no topic.
    const about = weighWords(
      ctx.index,
      q.groups.filter(
        (g) =>
          !g.name &&
          !g.speech &&
          (g.at ?? 0) >= asked.topicFrom &&
          g.at !== opinionNounAt(q) &&
          !OPINION_STEMS.has([...g.stems.keys()][0] ?? ''),
      ),
    );
    const onTopic = (gid: number) =>
      !about.groups.length || coverage(about, new Set(paragraphStems(ctx, gid))) >= REPORTED_COVERAGE;
    // "What did X write": a passage naming their works answers though it reports no words.
    const works = q.tokens.some((t) => WORK_VERBS.has(t.lemma));
    const theirs = new Set(asked.quotes.map(({ quote }) => quote.gid));
    // "What did Lund say": the one asked is the question's subject, who must say it in the passage.
    const verbAt = q.predicate?.at ?? -1;
    const asksTheirWords =
      !q.predicate?.passive &&
      q.arguments.some((a) => a.role === 'subject' && a.at < verbAt && a.entity && speakers.includes(a.entity));
    // "What did X say" asks what X says; "what does X want" may be told by what X does ("in a bid to").
    const asDoer: Doer = !asksTheirWords ? 'none' : SPEECH_VERBS.has(q.predicate?.lemma ?? '') ? 'saying' : 'any';
    const p = passageAnswer(
      ctx,
      q,
      base,
      options,
      (gid) => (theirs.has(gid) || spokenBy(ctx, gid, speakers, !works, asDoer)) && onTopic(gid),
      ANY_OF_MANY,
    );
    return { result: p.found ? p : (quoteBeside(ctx, q, asked, about, base, options) ?? p) };
  }
  if (q.expects === 'speaker') {
    const r = speakerAnswer(ctx, q, base, options);
    if (r) return { result: r };
    // No quote says it: "Who wrote the novel?" is then answered by the person a passage names.
    return { passage: { ...q, expects: 'person' } };
  }
  return { passage: q };
}

/**
 * "what did the imf say about ...": a word of the speaker's that no article writes, nor any word
 * a slip away or standing for it, names someone the articles do not mention, typed lower-case.
 */
function unknownSpeaker(q: Question): string[] {
  const speechAt = q.tokens.findIndex((t) => t.pos === 'VERB' && SPEECH_VERBS.has(t.lemma));
  const whAt = q.tokens.findIndex((t) => /^(what|how)$/i.test(t.text));
  if (speechAt < 0 || whAt < 0 || speechAt < whAt) return [];
  // "What source reported it": the noun the wh-word asks for names the kind of answer, not a speaker.
  const from = q.answerNoun && q.tokens[whAt + 1]?.lemma === q.answerNoun ? whAt + 2 : whAt + 1;
  const unknown = q.tokens
    .slice(from, speechAt)
    .map((t, k) => ({ t, at: from + k }))
    .filter(
      ({ t, at }) =>
        /^(NOUN|PROPN)$/.test(t.pos) &&
        t.text.length >= 2 &&
        // Not a word naming the kind of answer ("what type of vote"), which no passage need write.
        q.groups.some((g) => g.at === at && g.stems.size === 0 && !g.optional),
    );
  return unknown.length ? [unknown.map(({ t }) => t.text).join(' ')] : [];
}

/** For callers that read the nearest passages of an unanswered question as their own candidates. */
const NEAREST: RankOptions = { nearest: true };

/** "What did X say about Y": each of X's passages on Y answers it, so two of them are no toss-up. */
const ANY_OF_MANY = 'any of many';

/**
 * Passage answers: the best-scoring passage when it scores above the fitted threshold and no
 * other answer is as good, else the nearest passages cited with "the articles do not say".
 */
function passageAnswer(
  ctx: Context,
  q: Question,
  base: Result,
  options: QueryOptions,
  accept: (gid: number) => boolean = () => true,
  answers: 'one' | typeof ANY_OF_MANY = 'one',
  rank: RankOptions = {},
): Result {
  const { corpus } = ctx;
  const ranked = rankPassages(ctx, q, options, rank);
  // The score first: a passage's requirements are tested when first asked for (rank-passages.ts).
  // Found, not filtered: the requirements of passages after the first eligible one are never tested.
  const eligible = (r: RankedPassage) => r.score >= PASSAGE_WEIGHTS.threshold && r.meetsConstraints && accept(r.gid);
  // "Why": a passage that gives a reason ("because ...", "to ...") before one that only matches
  // the question's words; the reason may sit in the next sentence of the same story.
  const best =
    (q.expects === 'reason' ? ranked.find((r) => eligible(r) && r.span) : undefined) ??
    ranked.find(eligible) ??
    ranked.find((r) => r.meetsConstraints && accept(r.gid));
  // The nearest passages, cited as such with "the articles do not say".
  const notFound = (): Result => ({
    ...base,
    citations: ranked.slice(0, NOT_FOUND_CITED).map((r) => citation(corpus, r.gid, r.score)),
    message: notFoundMessage(q),
  });
  if (
    !best ||
    best.score < PASSAGE_WEIGHTS.threshold ||
    bestMatchSaysOtherwise(corpus, q, ranked, best, accept, ctx.antonyms ?? smallAntonyms)
  )
    return notFound();
  // Another passage as good with another answer: the scorer cannot tell which one is meant.
  // Where any of several passages answers (someone's words on a topic), none is another's rival.
  const rival =
    answers === 'one' &&
    closeRival(
      ranked,
      best,
      PASSAGE_WEIGHTS,
      (r) => answerKey(r.span ?? corpus.sentenceText(r.gid)),
      (r) => r.meetsConstraints && accept(r.gid) && (q.expects !== 'reason' || !!r.span),
    );
  if (rival)
    return {
      ...base,
      citations: [best, rival, ...ranked.filter((r) => r !== best && r !== rival)]
        .slice(0, NOT_FOUND_CITED)
        .map((r) => citation(corpus, r.gid, r.score)),
      message: `The articles do not settle it: two passages answer “${q.text.slice(0, 120)}” differently.`,
    };
  const next = q.expects === 'reason' && !best.span ? reasonNearby(ctx, q, best.gid) : null;
  if (next) {
    const cites = [
      citation(corpus, next.gid, best.score),
      ...ranked.slice(0, 4).map((r) => citation(corpus, r.gid, r.score)),
    ];
    return {
      ...base,
      found: true,
      answer: next.span,
      citations: cites,
      quotes: corpus.quotesIn(next.gid).map((x) => quoteView(corpus, x)),
    };
  }
  // "Why does X say ...": X's words on the matter, where the passage found gives no reason.
  const said = q.expects === 'reason' && !best.span ? speakerReason(ctx, q, best.gid, options) : null;
  if (said) {
    const view = quoteView(corpus, said);
    const cites = [
      citation(corpus, said.gid, best.score),
      ...ranked.filter((r) => r.gid !== said.gid).map((r) => citation(corpus, r.gid, r.score)),
    ].slice(0, 5);
    return {
      ...base,
      found: true,
      answer: retold(view, thatWritten(corpus, said)),
      citations: cites,
      quotes: [view],
    };
  }
  // "Why" answered by a sentence that gives no reason would cite words that answer nothing asked.
  if (q.expects === 'reason' && !best.span) return notFound();
  const answer = best.span ?? answerExcerpt(corpus.sentenceText(best.gid), weighWords(ctx.index, q.groups));
  // A composed answer ("A Taliban delegation, headed by X") cites every sentence it takes words from.
  const sources = [best.gid, ...composedFrom(ctx, best.gid, answer)];
  const cites = [
    ...sources.map((gid) => citation(corpus, gid, best.score)),
    ...ranked.filter((r) => !sources.includes(r.gid)).map((r) => citation(corpus, r.gid, r.score)),
  ].slice(0, 5);
  const quotes = corpus.quotesIn(best.gid).map((x) => quoteView(corpus, x));
  return { ...base, found: true, answer, citations: cites, quotes };
}

/** The other sentences of the answer's article holding a part of a composed answer that its own sentence lacks. */
function composedFrom(ctx: Context, gid: number, answer: string): number[] {
  const { corpus } = ctx;
  const own = corpus.sentenceText(gid);
  const [from, to] = corpus.gidRange(corpus.docOf(gid).id);
  const out: number[] = [];
  for (const part of answer.split(/,\s+/)) {
    if (own.includes(part)) continue;
    for (let g = from; g < to; g++)
      if (g !== gid && !out.includes(g) && corpus.sentenceText(g).includes(part)) {
        out.push(g);
        break;
      }
  }
  return out;
}

/**
 * "Why were the shops closed?" where the passage found says only that they were: a sentence near
 * it in the same paragraph that gives a reason for the same deed ("All were closed because of
 * flooding"). The deed is the question's own verb; without one nothing ties the reason to it.
 */
function reasonNearby(ctx: Context, q: Question, gid: number): { gid: number; span: string } | null {
  const { corpus } = ctx;
  // The verb as typed, and as corrected ("arested" stands for "arrest").
  const verbAt = new Set(q.tokens.flatMap((t, i) => (t.pos === 'VERB' && !LIGHT_DEEDS.has(t.lemma) ? [i] : [])));
  const deeds = [
    ...q.verbs.filter((v) => !LIGHT_DEEDS.has(v)).map(stemOf),
    ...q.groups.filter((g) => verbAt.has(g.at ?? -1)).flatMap(typedStems),
  ];
  if (!deeds.length) return null;
  for (let d = 1; d <= REASON_REACH; d++) {
    for (const g of [gid + d, gid - d]) {
      if (g < 0 || g >= corpus.sentenceCount || !corpus.sameParagraph(g, gid)) continue;
      const stems = new Set(corpus.stemsOf(g));
      if (!deeds.some((st) => stems.has(st))) continue;
      const span = answerSpan(corpus, q, g);
      if (span) return { gid: g, span };
    }
  }
  return null;
}

/**
 * Sentences either side a reason may stand from the passage found: further reaches more, and
 * risks another deed's reason (3 against 2 on the public sets: one reason more, none lost).
 */
const REASON_REACH = 3;
/** Verbs too general to tie a reason to a deed ("why did they do it"). */
const LIGHT_DEEDS = new Set(['be', 'have', 'do', 'say', 'get', 'make', 'think']);

/** Where a passage must name the one whose words are asked: anywhere, as a clause's doer, or as the doer of a saying. */
type Doer = 'none' | 'any' | 'saying';

/** Whether a passage may give the words of one of these: a quote of theirs, or one of their names in it. */
function spokenBy(ctx: Context, gid: number, focus: Entity[], reportsWords: boolean, asDoer: Doer): boolean {
  const { corpus } = ctx;
  const ids = new Set(focus.map((e) => e.id));
  if (corpus.quotesIn(gid).some((x) => x.speakerId && ids.has(x.speakerId))) return true;
  // Their name in a passage that reports no words ("X was paid a bonus") says nothing of theirs.
  if (
    reportsWords &&
    !corpus.quotesIn(gid).length &&
    !corpus.tokens(gid).some((t) => SPEECH_VERBS.has(t.lemma) || OPINION_VERBS.has(t.lemma))
  )
    return false;
  const doc = corpus.sentence(gid).doc;
  const named = corpus.mentionsIn(gid).filter((m) => ids.has(corpus.entityOf(doc, m.entity)?.id ?? ''));
  if (named.length) {
    if (asDoer === 'none') return true;
    // Words are theirs only where they are the doer of a clause ("X said Lund wants ..."), not a
    // thing the words name ("... countries like Lund", "thanked Lund's envoy").
    // A subject span that runs over another clause's verb is a misreading, no doer.
    const frames = corpus.clauseFrames(gid);
    const toks = corpus.tokens(gid);
    // Of a clause that says or thinks, or one a saying frames: "While Y said ..., X is enlisting
    // support" gives no words of X's. A participle ("... sending an email stating ...") says the
    // words of whoever does the clause it hangs on.
    const saying = frames.filter((c) => {
      const lemma = toks[c.verb]?.lemma ?? '';
      return SPEECH_VERBS.has(lemma) || OPINION_VERBS.has(lemma) || SPEAKING.has(lemma);
    });
    const participle = saying.some((c) => /ing$/i.test(toks[c.verb]!.text));
    // The clause a saying frames tells the deed its words report ("the ministry said that X backed a ceasefire").
    const framed = frames.filter((c) => saying.some((sf) => sf !== c && c.from === sf.to));
    const doers = (asDoer === 'any' || participle ? frames : [...saying, ...framed])
      .flatMap((c) => [c.subject, c.agent].filter((r) => r !== null))
      .filter(([from, to]) => !frames.some((c) => c.verb >= from && c.verb < to));
    // Not one a preposition puts inside the subject, or before a subject misread ("the meetings in Lund improved ...").
    return named.some((m) =>
      doers.some(
        ([from, to]) =>
          m.first >= from && m.last < to && !toks.slice(Math.max(0, from - 1), m.first).some((t) => t.pos === 'ADP'),
      ),
    );
  }
  // A name the mention finder missed still stands in the text ("Brownlee argues ..."); not a word
  // of a title written before the name ("Envoy for Norland Petra Vask"), which names other things.
  const words = new Set(lowerPieces(corpus.sentenceText(gid)));
  return focus.some((e) =>
    [e.name, ...e.aliases.filter((a) => !a.endsWith(` ${e.name}`))].some((n) =>
      lowerWords(n).some((w) => w.length >= NAME_WORD_MIN && words.has(w)),
    ),
  );
}

/**
 * Stems of a passage's paragraph: words reported there continue the paragraph's topic ("in light
 * of the ruling ... 'We believe our case is strong,' said X").
 */
function paragraphStems(ctx: Context, gid: number): string[] {
  const { corpus } = ctx;
  const out: string[] = [];
  for (let g = gid; g >= 0 && corpus.sameParagraph(g, gid); g--) out.push(...corpus.stemsOf(g));
  for (let g = gid + 1; g < corpus.sentenceCount && corpus.sameParagraph(g, gid); g++) out.push(...corpus.stemsOf(g));
  return out;
}

/** Verbs of saying that also name a work made ("wrote novels"), which a passage may give without reporting words. */
const WORK_VERBS = new Set(['write', 'publish', 'compose', 'record']);

const OPINION_STEMS = new Set([...OPINION_VERBS].map(stemOf));

/** Shortest word of a name that alone stands for it in a passage: shorter ones ("de", "al") are particles. */
const NAME_WORD_MIN = 3;

function notFoundMessage(q: Question): string {
  const about = q.focus[0] ? ` about ${q.focus[0].name}` : '';
  return `The articles do not say${about}: no passage answers “${q.text.slice(0, 120)}”.`;
}

/**
 * The article a question about "the article" means: the one named with --doc, else the newest
 * (the corpus lists articles newest first, like a news feed). With several loaded, the answer
 * says which one it is about.
 */
function theArticle(
  ctx: Context,
  options: QueryOptions,
): { doc: DocInfo | undefined; note: (withTitle: boolean) => string } {
  const { corpus } = ctx;
  if (options.doc || corpus.docs.length <= 1)
    return { doc: options.doc ? corpus.docById.get(options.doc) : corpus.docs[0], note: () => '' };
  const doc = corpus.docs[0]!;
  const count = corpus.docs.length.toLocaleString('en-US');
  return {
    doc,
    note: (withTitle) =>
      `, for the newest of the ${count} articles${withTitle ? `, “${doc.title}”` : ''} (name another with --doc or the article option)`,
  };
}

function documentDate(ctx: Context, base: Result, options: QueryOptions): Result {
  const { corpus } = ctx;
  const { doc, note } = theArticle(ctx, options);
  if (!doc) return { ...base, message: 'No article is loaded.' };
  if (!doc.meta.date) return { ...base, message: `The article “${doc.title}” gives no date.` };
  const iso = isoOfDatePhrase(doc.meta.date);
  const gid = corpus.gidRange(doc.id)[0];
  const cites = doc.sentenceCount ? [citation(corpus, gid, 1)] : [];
  return {
    ...base,
    found: true,
    answer: (iso ? `${doc.meta.date} (${longDate(iso)})` : doc.meta.date) + note(true),
    citations: cites,
  };
}

/** "Who wrote the article?", "What is its title?": the document's own metadata. */
function documentField(ctx: Context, base: Result, options: QueryOptions, field: 'author' | 'title'): Result {
  const { corpus } = ctx;
  const { doc, note } = theArticle(ctx, options);
  if (!doc) return { ...base, message: 'No article is loaded.' };
  const value = field === 'author' ? doc.meta.author : doc.title;
  if (!value) return { ...base, message: `The article “${doc.title}” does not say who wrote it.` };
  const cites = doc.sentenceCount ? [citation(corpus, corpus.gidRange(doc.id)[0], 1)] : [];
  return { ...base, found: true, answer: value + note(field === 'author'), citations: cites };
}

/** An article's lead: its first sentence that ends as a sentence does (not a heading or a byline). */
function leadOf(corpus: Context['corpus'], id: string): number {
  const [from, to] = corpus.gidRange(id);
  let lead = from;
  while (lead + 1 < to && !/[.!?]["”’)]?$/.test(corpus.sentenceText(lead).trim())) lead++;
  return lead;
}

/** The newest article (or the one asked of) whose headline or lead names every word of the topic. */
function articleTelling(ctx: Context, topic: string[], options: QueryOptions): string | undefined {
  const { corpus } = ctx;
  const docs = options.doc ? corpus.docs.filter((d) => d.id === options.doc) : corpus.docs;
  const names = (text: string) => {
    const words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    return topic.every((w) => words.has(w));
  };
  return docs.find((d) => d.sentenceCount > 0 && (names(d.title) || names(corpus.sentenceText(leadOf(corpus, d.id)))))
    ?.id;
}

/** The article's lead under its title. */
function articleSummary(ctx: Context, base: Result, options: QueryOptions): Result {
  const { corpus } = ctx;
  const { doc, note } = theArticle(ctx, options);
  if (!doc) return { ...base, message: 'No article is loaded.' };
  const [from, to] = corpus.gidRange(doc.id);
  if (from === to) return { ...base, message: `The article “${doc.title}” has no text to sum up.` };
  const lead = leadOf(corpus, doc.id);
  const text = corpus.sentenceText(lead).trim();
  const titled = doc.title && !text.startsWith(doc.title) ? `“${doc.title}”: ${text}` : text;
  return { ...base, found: true, answer: titled + note(false), citations: [citation(corpus, lead, 1)] };
}

function longDate(iso: string): string {
  const d = new Date(
    iso + (iso.length === 10 ? 'T00:00:00Z' : iso.length === 7 ? '-01T00:00:00Z' : '-01-01T00:00:00Z'),
  );
  if (Number.isNaN(d.getTime())) return iso;
  const opts: Intl.DateTimeFormatOptions =
    iso.length === 10
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : iso.length === 7
        ? { month: 'long', year: 'numeric', timeZone: 'UTC' }
        : { year: 'numeric', timeZone: 'UTC' };
  return d.toLocaleDateString('en-GB', opts);
}

function profile(ctx: Context, e: Entity, base: Result, options: QueryOptions): Result {
  const { corpus } = ctx;
  const roles = e.roles.filter((r) => !options.doc || r.doc === options.doc);
  const mentions = corpus.mentionsOf(e, options.doc);
  const withRole = corpus.mentionWithRole(e, roles) ?? mentions[0];
  const cites = withRole !== undefined ? [citation(corpus, withRole, 1)] : [];
  const shortName = e.aliases.find((a) => /^[\p{Lu}]{2,}$/u.test(a));
  const name = shortName ? `${e.name} (${shortName})` : e.name;
  const described = roles.length
    ? `${name}: ${[...new Set(roles.map((r) => r.text))].join('; ')}`
    : `${name}, ${e.type === 'person' ? 'a person' : e.type === 'place' ? 'a place' : 'an organisation'} the articles mention ${mentions.length} time${mentions.length === 1 ? '' : 's'}`;
  return { ...base, found: true, answer: described, citations: cites };
}

/**
 * "What was X's worry about prisoners?" where the passage on prisoners reports no words ("He was
 * keen to know if inmates ... would continue to smoke"): X's quote in that passage's paragraph,
 * the nearest (their own words in marks first), is X's word on it. The passage itself must cover
 * the topic as a quote would and be about X; the question must ask X's stance with a noun
 * ("worry", "view", "reaction") and name X before it. "What did X say" has its own passages.
 */
function quoteBeside(
  ctx: Context,
  q: Question,
  asked: AskedSpeaker,
  about: ReturnType<typeof weighWords>,
  base: Result,
  options: QueryOptions,
): Result | null {
  const { corpus } = ctx;
  if (!about.groups.length || !asked.named || opinionNounAt(q) < 0) return null;
  const top = rankPassages(ctx, q, options, NEAREST).find((r) => r.meetsConstraints);
  if (!top || coverage(about, new Set(corpus.stemsOf(top.gid))) < MIN_COVERAGE) return null;
  // The passage is about X: it names X, or opens with the pronoun that carries X's story on.
  const ids = new Set(asked.speakers.map((e) => e.id));
  const doc = corpus.sentence(top.gid).doc;
  const aboutThem =
    corpus.mentionsIn(top.gid).some((m) => ids.has(corpus.entityOf(doc, m.entity)?.id ?? '')) ||
    /^(he|she|they)$/i.test(corpus.tokens(top.gid)[0]?.text ?? '');
  if (!aboutThem) return null;
  const beside = asked.quotes
    .filter(({ quote }) => corpus.sameParagraph(quote.gid, top.gid))
    .sort(
      (a, b) =>
        Math.abs(a.quote.gid - top.gid) - Math.abs(b.quote.gid - top.gid) ||
        Number(b.quote.kind === 'direct') - Number(a.quote.kind === 'direct'),
    )[0];
  if (!beside) return null;
  const view = { ...quoteView(corpus, beside.quote), speaker: beside.speaker.name };
  const gids = [...new Set([beside.quote.gid, top.gid])];
  return {
    ...base,
    found: true,
    answer: retold(view, thatWritten(corpus, beside.quote)),
    citations: gids.map((g) => citation(corpus, g, top.score)),
    quotes: [view],
  };
}

/** Every quote of these speakers, each theirs. */
function quotesOf(ctx: Context, focus: Entity[], options: QueryOptions): AskedSpeaker['quotes'] {
  return focus.flatMap((speaker) => ctx.corpus.quotesBy(speaker.id, options.doc).map((quote) => ({ quote, speaker })));
}

/** "What did X say (about Y)?": X's quotes, the one closest to the topic first. */
function quotedAnswer(ctx: Context, q: Question, asked: AskedSpeaker, base: Result): Result | null {
  const { corpus, index } = ctx;
  const theirs = asked.quotes.map(({ quote }) => quote);
  if (!theirs.length) return null;
  const speakerOf = new Map(asked.quotes.map(({ quote, speaker }) => [quote.id, speaker.name]));
  // The speaker a quote is theirs as: the one asked, where the article gives it under their title.
  const view = (x: Quote) => ({
    ...quoteView(corpus, x),
    speaker: speakerOf.get(x.id) ?? quoteView(corpus, x).speaker,
  });
  const nameStems = new Set(asked.speakers.flatMap(entityNameWords));
  const roleStems = new Set(q.groups.filter((g) => (g.at ?? 0) < asked.topicFrom).flatMap((g) => [...g.stems.keys()]));
  const topic = new Map([...q.terms].filter(([st]) => !nameStems.has(st) && !roleStems.has(st)));
  const ranked = rankQuotes(index, theirs, topic);
  // What the question asks about beyond who speaks ("mean by assessing the peace deal"): the
  // quote must cover it as a passage would, or the passages answer instead; quotes that share
  // none of it are not listed with the answer.
  // A word no article writes ("dodge" for "prevent") is in none of their quotes, so it cannot
  // tell them apart: it counts only where a quote has it, which none does, while the topic's
  // words the articles write are at least as many (a topic mostly of unknown words is no topic
  // of theirs).
  const topicWords = q.groups.filter((g) => !g.name && !g.speech && (g.at ?? 0) >= asked.topicFrom);
  const unknown = topicWords.filter((g) => !g.stems.size).length;
  const about = weighWords(
    index,
    unknown * 2 <= topicWords.length
      ? topicWords.map((g) => (g.stems.size ? g : { ...g, optional: true }))
      : topicWords,
  );
  const covers = (x: Quote) =>
    about.groups.length ? coverage(about, new Set(quoteGids(x).flatMap((g) => corpus.stemsOf(g)))) : 1;
  const best = ranked[0]!;
  if (covers(best) < MIN_COVERAGE) return null;
  const shown = view(best);
  return {
    ...base,
    found: true,
    answer: retold(shown, thatWritten(corpus, best)),
    citations: [citation(corpus, best.gid, 1)],
    quotes: ranked.filter((x) => x === best || covers(x) > 0).map(view),
  };
}

/** Every sentence a quote runs over, so a topic named in its second sentence counts. */
function quoteGids(x: Quote): number[] {
  return Array.from({ length: x.lastGid - x.gid + 1 }, (_, k) => x.gid + k);
}

/** Topic overlap first; then whole quoted sentences before fragments, direct before reported. */
export function rankQuotes(index: TextIndex, quotes: readonly Quote[], topic: Map<string, number>): Quote[] {
  const score = (x: Quote) => {
    let s = 0;
    const gids = quoteGids(x);
    for (const [st, w] of topic) if (gids.some((g) => index.occursIn(st, g))) s += index.idf(st) * w;
    const whole = /^[\p{Lu}]/u.test(x.text) ? 0.5 : 0;
    return s + whole + (x.kind === 'direct' ? 0.4 : 0) + Math.min(x.text.length, 400) / 2000;
  };
  return quotes
    .map((x) => ({ x, s: score(x) }))
    .sort((a, b) => b.s - a.s)
    .map((r) => r.x);
}

/**
 * "Who said that ...?", "Who reported on the visit?": the speaker of the quote that covers what
 * was said, and whose cue is the verb asked ("reported", or "according to", which attributes a
 * report) before one that only paraphrases it ("said").
 */
function speakerAnswer(ctx: Context, q: Question, base: Result, options: QueryOptions): Result | null {
  const { corpus, index } = ctx;
  const hits = index.search(q, corpus.gidRange(options.doc), SPEAKER_HITS);
  const about = weighWords(
    index,
    q.groups.filter((g) => !g.speech),
  );
  const asked = q.groups.filter((g) => g.speech);
  let best: { gid: number; score: number; quote: Quote; rank: number } | null = null;
  for (const h of hits) {
    const quote = corpus.quotesIn(h.gid).find((x) => x.speakerId || x.speakerText) ?? continuedQuote(ctx, h.gid);
    if (!quote || setAgainstTheQuestion(ctx, q, h.gid) || !writesTheQuotedTitles(corpus, q, h.gid)) continue;
    if (doneWithinTheQuote(corpus, h.gid, quote, q)) continue;
    const said = about.groups.length ? coverage(about, h.matched) : 1;
    if (said < MIN_COVERAGE) continue;
    const rank = said + cueAgreement(quote.cue, asked);
    if (!best || rank > best.rank) best = { gid: h.gid, score: h.score, quote, rank };
  }
  if (!best) return null;
  const view = quoteView(corpus, best.quote);
  const e = best.quote.speakerId ? corpus.entityById.get(best.quote.speakerId) : undefined;
  const acronym = e?.aliases.find((a) => /^[A-Z]{2,}$/.test(a));
  const name = view.speaker ?? 'unknown';
  return {
    ...base,
    found: true,
    answer: acronym ? `${name} (${acronym})` : name,
    citations: [citation(corpus, best.gid, best.score)],
    quotes: [view],
  };
}

/**
 * "Who could ask X to ...?" of "The agency reported that members could ask X to ...": the verb
 * asked is a deed the quote reports, done by its own doer to what the question names, not the
 * speaking; its speaker is no answer. The verb is the question's first of saying.
 */
function doneWithinTheQuote(corpus: Context['corpus'], gid: number, quote: Quote, q: Question): boolean {
  const asked = q.groups.find((g) => g.speech);
  if (asked?.at === undefined) return false;
  // What the question has the deed done to: the stems of its words after the verb.
  const after = new Set(q.tokens.slice(asked.at + 1).map((t) => t.stem));
  const toks = corpus.tokens(gid);
  return corpus.clauseFrames(gid).some((c) => {
    const verb = toks[c.verb]!;
    return (
      c.subject !== null &&
      c.object !== null &&
      verb.start >= quote.start &&
      verb.end <= quote.end &&
      (asked.stems.get(verb.stem) ?? 0) >= 1 &&
      toks.slice(c.object[0], c.object[1]).some((t) => after.has(t.stem))
    );
  });
}

/**
 * A sentence that opens with a quotation mark and names no speaker continues the quote before it
 * in its paragraph (news reopens the marks at each sentence of one speech): that quote's speaker.
 */
function continuedQuote(ctx: Context, gid: number): Quote | undefined {
  const { corpus } = ctx;
  if (!/^\s*["“‘']/.test(corpus.sentenceText(gid))) return undefined;
  for (let g = gid - 1; g >= Math.max(0, gid - CONTINUED_BACK) && corpus.sameParagraph(g, gid); g--) {
    const quotes = corpus.quotesIn(g);
    const spoken = quotes.filter((x) => x.speakerId || x.speakerText);
    if (spoken.length) return spoken[spoken.length - 1];
    // A sentence of the speech that is not quoted ends it: the speaker before may not go on.
    if (!quotes.length && !/^\s*["“‘']/.test(corpus.sentenceText(g))) return undefined;
  }
  return undefined;
}

/** Sentences back a continued quote may reach for its speaker: more reaches longer speeches, and risks a speaker who has stopped. */
const CONTINUED_BACK = 3;

/** Candidates a speaker question looks through: quotes are a few of the sentences that match. */
const SPEAKER_HITS = 200;

/** How well a quote's cue says what the question's verb of saying asks: 1 for that verb, less for a paraphrase. */
function cueAgreement(cue: string | null, asked: Question['groups']): number {
  if (!cue || !asked.length) return 0;
  const words = cue.toLowerCase().split(/\s+/);
  if (words[0] === 'according') return 1;
  const st = stemOf(words[words.length - 1]!);
  return Math.max(0, ...asked.map((g) => g.stems.get(st) ?? 0));
}
