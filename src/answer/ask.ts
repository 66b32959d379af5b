// `ask`: a question in, the short answer and the cited sentence out, or an honest "the articles
// do not say". Candidates come from quotes, entity profiles, facts and BM25 over sentences,
// re-ranked by the kind of answer the question wants.
import { normaliseDate } from '../extract/dates.js';
import { stemOf } from '../nlp/annotate.js';
import type { Corpus, DocInfo, Entity, Quote } from '../search/corpus.js';
import type { Hit, TextIndex } from '../search/text-index.js';
import { actsAsAsked, answerSpan, askedOf } from './answer-span.js';
import { analyseQuestion, phraseWords, type Question } from './question.js';
import type { QueryOptions, Result } from './result.js';
import { acronymAnswer, agentAnswer, besideTitle, conditionalAnswer, definitionAnswer, roleHolderAnswer, titleAgentAnswer } from './slot-answers.js';
import { citation, quoteView } from './views.js';

export interface Context { corpus: Corpus; index: TextIndex }

/** Share of the question's term weight a sentence must match to be cited at all. */
const MIN_COVERAGE = 0.5;
/** A word in the sentence before, in the same paragraph, half counts: "it was the first visit". */
const NEARBY_SHARE = 0.5;
/** A sentence in a paragraph that covers the whole question ranks above a stray match. */
const PARAGRAPH_SHARE = 0.3;

/**
 * The question's stems that occur in sentences from..to (inclusive), found through the index's
 * postings: no article is read, so a candidate's neighbourhood is weighed before its article is
 * loaded, and a long paragraph costs no more than a short one.
 */
function questionStemsIn(index: TextIndex, words: Words, [from, to]: readonly [number, number]): Set<string> {
  const out = new Set<string>();
  for (const st of words.stems) if (index.occursBetween(st, from, to)) out.add(st);
  return out;
}

/** A question word as coverage counts it: its weight times its rarity, and its stand-ins' shares. */
interface WeighedWord { weight: number; optional: boolean; stems: string[]; shares: number[] }
/** A question's words weighed once, as coverage runs for each of its candidates; and all their stems. */
interface Words { groups: WeighedWord[]; stems: string[] }

function weighWords(index: TextIndex, groups: Question['groups']): Words {
  return {
    groups: groups.map((g) => {
      let rarity = g.stems.size ? 0 : Math.log(1 + index.size);
      for (const st of g.stems.keys()) rarity = Math.max(rarity, index.idf(st));
      return { weight: g.weight * rarity, optional: !!g.optional, stems: [...g.stems.keys()], shares: [...g.stems.values()] };
    }),
    stems: [...new Set(groups.flatMap((g) => [...g.stems.keys()]))],
  };
}

/** The sentence before, when it stands in the same paragraph: "it was the first visit" leans on it. */
function sentenceBefore(corpus: Corpus, gid: number): [number, number] {
  return gid > 0 && corpus.sameParagraph(gid - 1, gid) ? [gid - 1, gid - 1] : [gid, gid - 1];
}

/** The first and last sentence of the paragraph a sentence stands in. */
function paragraphAround(corpus: Corpus, gid: number): [number, number] {
  let from = gid;
  while (from > 0 && corpus.sameParagraph(from - 1, gid)) from--;
  let to = gid;
  while (to + 1 < corpus.sentenceCount && corpus.sameParagraph(to + 1, gid)) to++;
  return [from, to];
}

export function ask(ctx: Context, input: string, options: QueryOptions): Result {
  const { corpus, index } = ctx;
  const q = analyseQuestion(input, corpus, index);
  const base: Result = { command: 'ask', input, found: false, answer: null, citations: [], quotes: [], facts: [] };
  // A name the articles never mention cannot be answered from them, whatever else matches.
  if (q.unknownNames.length) {
    return { ...base, message: `The articles do not mention ${q.unknownNames.join(' or ')}.` };
  }
  const scoped = (e: Entity) => !options.doc || e.docs.includes(options.doc);
  const focus = q.focus.filter(scoped);

  if (q.aboutDocument && (q.expects === 'date' || q.wh === 'when')) return documentDate(ctx, base, options);
  if (q.aboutDocument && (q.lemmas.includes('author') || (q.wh === 'who' && q.lemmas.includes('write')))) return documentField(ctx, base, options, 'author');
  if (q.aboutDocument && (q.lemmas.includes('title') || q.lemmas.includes('headline'))) return documentField(ctx, base, options, 'title');
  if (q.expects === 'profile' && focus[0] && (focus[0].roles.length || focus[0].aliases.length)) return profile(ctx, focus[0], base, options);
  // Slots the question's form names: a title's holder, an acronym's words, a condition's outcome.
  if (q.form.acronym) {
    const r = acronymAnswer(ctx, q, base, options);
    if (r) return r;
  }
  if (q.form.role?.copular) {
    // A title the articles give no one as a role may still stand beside a name in a passage
    // ("their leader Rollo"); any other name of that passage is not its holder.
    const r = roleHolderAnswer(ctx, q, base, options);
    if (r.found) return r;
    const p = passageAnswer(ctx, q, base, options);
    return p.found && besideTitle(p, q.form.role.noun) ? p : r;
  }
  if (q.form.role && !q.form.role.copular) {
    // "Which minister announced X": the person doing the deed in a passage about X; "Which judge
    // threw out the bid?" where the passage says only "a judge": the article's one judge.
    const agent = agentAnswer(ctx, q, base, options);
    if (agent) return agent;
    if (q.expects === 'person') {
      const r = passageAnswer(ctx, q, base, options);
      return r.found ? r : titleAgentAnswer(ctx, q, r, options) ?? r;
    }
  }
  if (q.form.defines) {
    const r = definitionAnswer(ctx, q, base, options);
    if (r) return r;
  }
  if (q.form.condition) {
    const r = conditionalAnswer(ctx, q, base, options);
    if (r) return r;
  }
  if (q.expects === 'quote' && focus.length) {
    const r = quotedAnswer(ctx, q, focus, base, options);
    if (r) return r;
  }
  if (q.expects === 'speaker') {
    const r = speakerAnswer(ctx, q, base, options);
    if (r) return r;
    // No quote says it: "Who wrote the novel?" is then answered by the person a passage names.
    return passageAnswer(ctx, { ...q, expects: 'person' }, base, options);
  }
  return passageAnswer(ctx, q, base, options);
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
    let best = 0;
    for (let i = 0; i < g.stems.length; i++) {
      if (matched.has(g.stems[i]!)) best = Math.max(best, g.shares[i]!);
      else if (nearby?.has(g.stems[i]!)) best = Math.max(best, g.shares[i]! * NEARBY_SHARE);
    }
    if (g.optional && best === 0) continue;
    total += g.weight;
    got += g.weight * best;
  }
  return total ? got / total : 0;
}

/**
 * The most coverage() can give a hit whatever the sentence before it holds: every word it lacks
 * counted as nearby, and an optional word counted only where that raises the share.
 */
function coverageCeiling(words: Words, matched: Set<string>): number {
  let got = 0;
  let total = 0;
  const optional: { credit: number; weight: number }[] = [];
  for (const g of words.groups) {
    let found = 0;
    let near = 0;
    for (let i = 0; i < g.stems.length; i++) {
      if (matched.has(g.stems[i]!)) found = Math.max(found, g.shares[i]!);
      else near = Math.max(near, g.shares[i]! * NEARBY_SHARE);
    }
    const { weight } = g;
    if (g.optional && found === 0) { optional.push({ credit: near, weight }); continue; }
    total += weight;
    got += weight * Math.max(found, near);
  }
  for (const o of optional.sort((a, b) => b.credit - a.credit)) {
    if (total && o.credit <= got / total) break;
    total += o.weight;
    got += o.weight * o.credit;
  }
  return total ? got / total : 0;
}

/** Hits scored in full before the others may be skipped: at least the citations an answer shows. */
const MIN_SCORED = 5;
/** Nearest passages cited when the articles do not say. */
const NOT_FOUND_CITED = 3;
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

function passageAnswer(ctx: Context, q: Question, base: Result, options: QueryOptions): Result {
  const { corpus, index } = ctx;
  const hits = index.search(q, corpus.gidRange(options.doc), HITS_WEIGHED);
  const focusIds = new Set(q.focus.map((e) => e.id));
  const untyped = q.expects === 'thing' || q.expects === 'manner' || q.expects === 'yesno';
  const relative = (h: Hit) => 0.5 * (h.score / (hits[0]!.score || 1));
  // What the index alone tells of a hit: how much of the question it and its paragraph cover.
  const words = weighWords(index, q.groups);
  const fromIndex = (h: Hit) => {
    const before = questionStemsIn(index, words, sentenceBefore(corpus, h.gid));
    const cover = coverage(words, h.matched, before);
    // "What is the capital of France?": a passage that names France but not its capital does not answer it.
    const answers = cover >= MIN_COVERAGE && q.groups.every((g) => !g.essential || [...g.stems.keys()].some((st) => h.matched.has(st) || before.has(st)));
    const inParagraph = coverage(words, questionStemsIn(index, words, paragraphAround(corpus, h.gid)));
    return { cover, answers, known: cover + PARAGRAPH_SHARE * inParagraph + relative(h) };
  };
  // The most the article's own record may add: the deed asked, the kind of answer, the name asked.
  const asked = askedOf(q);
  const unread = FACT_BONUS + (untyped ? 0 : 0.3) + (focusIds.size ? 0.15 : 0);
  const scored = (h: Hit, w: ReturnType<typeof fromIndex>) => {
    const span = answerSpan(corpus, q, h.gid, asked);
    const doc = corpus.sentence(h.gid).doc;
    const namesFocus = focusIds.size > 0 && corpus.mentionsIn(h.gid).some((m) => focusIds.has(corpus.entityOf(doc, m.entity)?.id ?? ''));
    const missing = missingRequired(corpus, q, h.gid);
    const typed = untyped ? 0 : span ? 0.3 : -0.05;
    const acts = actsAsAsked(corpus, q, h.gid) ? FACT_BONUS : 0;
    return { ...h, coverage: w.cover, answers: w.answers, span, missing, score: acts + w.known - 0.5 * missing + typed + (namesFocus ? 0.15 : 0) };
  };
  // Hits are scored best ceiling first; once a ceiling is below what the choice below could
  // still take, no later hit can be chosen, and their articles are never read.
  const margin = TYPED.has(q.expects) ? TYPED_MARGIN : 0;
  const ranked: (ReturnType<typeof scored> & { order: number })[] = [];
  let bestScore = -Infinity;
  // When no hit could cover enough of the question, whatever its neighbours hold, none answers
  // it: only the few passages cited with "the articles do not say" are scored.
  const canAnswer = (h: Hit) => coverageCeiling(words, h.matched) >= MIN_COVERAGE;
  const hopeless = !hits.some(canAnswer);
  const candidates = hits.map((h, order) => ({ h, order, w: fromIndex(h) })).map((c) => ({ ...c, most: c.w.known + unread }));
  for (const { h, order, w, most } of candidates.sort((a, b) => b.most - a.most)) {
    if (ranked.length >= (hopeless ? NOT_FOUND_CITED : MIN_SCORED) && (hopeless || most < bestScore - margin || ranked.length >= MOST_SCORED)) break;
    if (!hopeless && !canAnswer(h)) continue;
    const r = { ...scored(h, w), order };
    ranked.push(r);
    bestScore = Math.max(bestScore, r.score);
  }
  // Equal scores keep the index's order.
  ranked.sort((a, b) => b.score - a.score || a.order - b.order);
  // A "when" with no date in the passage, a "who" with no name: that passage does not answer it,
  // though the next one may.
  const best = TYPED.has(q.expects) ? ranked.find((r) => r.span && r.answers && r.missing === 0 && r.score >= ranked[0]!.score - TYPED_MARGIN) : ranked[0];
  if (!best || !best.answers || best.missing > 0) {
    return { ...base, citations: ranked.slice(0, NOT_FOUND_CITED).map((r) => citation(corpus, r.gid, r.score)), message: notFoundMessage(q) };
  }
  const cites = [best, ...ranked.filter((r) => r !== best)].slice(0, 5).map((r) => citation(corpus, r.gid, r.score));
  const answer = best.span ?? cites[0]!.text;
  const quotes = corpus.quotesIn(best.gid).map((x) => quoteView(corpus, x));
  return { ...base, found: true, answer, citations: cites, quotes };
}

const paragraphWordCaches = new WeakMap<Corpus, Map<string, Set<string>>>();

/** The lower-cased words of a sentence's paragraph (cached: a question's candidates share paragraphs, and questions share articles). */
function paragraphWords(corpus: Corpus, gid: number, text: string): Set<string> {
  let cache = paragraphWordCaches.get(corpus);
  if (!cache) { cache = new Map(); paragraphWordCaches.set(corpus, cache); }
  const key = `${corpus.docOf(gid).id}\u0000${corpus.paragraphOf(gid)}`;
  let words = cache.get(key);
  if (!words) {
    if (cache.size > 2000) cache.clear();
    words = new Set(text.toLowerCase().split(/[^\p{L}\p{N}]+/u));
    cache.set(key, words);
  }
  return words;
}

/** How many of the names and numbers the question gives its paragraph lacks. */
function missingRequired(corpus: Corpus, q: Question, gid: number): number {
  if (!q.required.length && !q.phrases.length) return 0;
  const ref = corpus.sentence(gid);
  const para = ref.doc.paragraphs[ref.s.paragraph]!;
  const text = ref.doc.text.slice(para.start, para.end);
  const words = paragraphWords(corpus, gid, text);
  const asWritten = q.phrases.length ? ` ${phraseWords(text)} ` : '';
  return q.required.filter((alternatives) => !alternatives.some((w) => words.has(w))).length
    + q.phrases.filter((p) => !asWritten.includes(` ${p} `)).length;
}

/** A sentence whose subject does what the question asks about ("the delegation visited"). */
const FACT_BONUS = 0.2;

/** How far below the best passage one holding the kind of answer asked may rank and still be taken. */
const TYPED_MARGIN = 0.5;

const TYPED = new Set(['person', 'date', 'place', 'number']);

function notFoundMessage(q: Question): string {
  const about = q.focus[0] ? ` about ${q.focus[0].name}` : '';
  return `The articles do not say${about}: no passage answers “${q.text.slice(0, 120)}”.`;
}

/**
 * The article a question about "the article" means: the one named with --doc, else the newest
 * (the corpus lists articles newest first, like a news feed). With several loaded, the answer
 * says which one it is about.
 */
function theArticle(ctx: Context, options: QueryOptions): { doc: DocInfo | undefined; note: (withTitle: boolean) => string } {
  const { corpus } = ctx;
  if (options.doc || corpus.docs.length <= 1) return { doc: options.doc ? corpus.docById.get(options.doc) : corpus.docs[0], note: () => '' };
  const doc = corpus.docs[0]!;
  const count = corpus.docs.length.toLocaleString('en-US');
  return { doc, note: (withTitle) => `, for the newest of the ${count} articles${withTitle ? `, “${doc.title}”` : ''} (name another with --doc or the article option)` };
}

function documentDate(ctx: Context, base: Result, options: QueryOptions): Result {
  const { corpus } = ctx;
  const { doc, note } = theArticle(ctx, options);
  if (!doc) return { ...base, message: 'No article is loaded.' };
  if (!doc.meta.date) return { ...base, message: `The article “${doc.title}” gives no date.` };
  const iso = normaliseDate(doc.meta.date);
  const gid = corpus.gidRange(doc.id)[0];
  const cites = doc.sentenceCount ? [citation(corpus, gid, 1)] : [];
  return { ...base, found: true, answer: (iso ? `${doc.meta.date} (${longDate(iso)})` : doc.meta.date) + note(true), citations: cites };
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

function longDate(iso: string): string {
  const d = new Date(iso + (iso.length === 10 ? 'T00:00:00Z' : iso.length === 7 ? '-01T00:00:00Z' : '-01-01T00:00:00Z'));
  if (Number.isNaN(d.getTime())) return iso;
  const opts: Intl.DateTimeFormatOptions = iso.length === 10 ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' } : iso.length === 7 ? { month: 'long', year: 'numeric', timeZone: 'UTC' } : { year: 'numeric', timeZone: 'UTC' };
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
  const described = roles.length ? `${name}: ${[...new Set(roles.map((r) => r.text))].join('; ')}` : `${name}, ${e.type === 'person' ? 'a person' : e.type === 'place' ? 'a place' : 'an organisation'} the articles mention ${mentions.length} time${mentions.length === 1 ? '' : 's'}`;
  return { ...base, found: true, answer: described, citations: cites };
}

/** "What did X say (about Y)?": X's quotes, the one closest to the topic first. */
function quotedAnswer(ctx: Context, q: Question, focus: Entity[], base: Result, options: QueryOptions): Result | null {
  const { corpus, index } = ctx;
  const ids = new Set(focus.map((e) => e.id));
  const theirs = [...ids].flatMap((id) => corpus.quotesBy(id, options.doc));
  if (!theirs.length) return null;
  const nameStems = new Set(focus.flatMap((e) => [e.name, ...e.aliases]).flatMap((n) => n.toLowerCase().split(/\s+/)));
  const topic = new Map([...q.terms].filter(([st]) => !nameStems.has(st)));
  const ranked = rankQuotes(index, theirs, topic);
  // What the question asks about beyond who speaks ("mean by assessing the peace deal"): the
  // quote must cover it as a passage would, or the passages answer instead; quotes that share
  // none of it are not listed with the answer.
  const about = weighWords(index, q.groups.filter((g) => !g.name && !g.speech));
  const covers = (x: Quote) => (about.groups.length ? coverage(about, new Set(corpus.stemsOf(x.gid))) : 1);
  const best = ranked[0]!;
  if (covers(best) < MIN_COVERAGE) return null;
  const view = quoteView(corpus, best);
  return {
    ...base,
    found: true,
    answer: `${capitalise(view.speaker ?? 'The article')}${best.kind === 'direct' ? ' said: “' + best.text + '”' : ' said that ' + best.text}`,
    citations: [citation(corpus, best.gid, 1)],
    quotes: ranked.filter((x) => x === best || covers(x) > 0).map((x) => quoteView(corpus, x)),
  };
}

/** "finance ministry said" opens a sentence as "The finance ministry said". */
function capitalise(name: string): string {
  return /^\p{Ll}/u.test(name) ? `The ${name}` : name;
}

/** Topic overlap first; then whole quoted sentences before fragments, direct before reported. */
export function rankQuotes(index: TextIndex, quotes: readonly Quote[], topic: Map<string, number>): Quote[] {
  const score = (x: Quote) => {
    let s = 0;
    for (const [st, w] of topic) if (index.occursIn(st, x.gid)) s += index.idf(st) * w;
    const whole = /^[\p{Lu}]/u.test(x.text) ? 0.5 : 0;
    return s + whole + (x.kind === 'direct' ? 0.4 : 0) + Math.min(x.text.length, 400) / 2000;
  };
  return quotes.map((x) => ({ x, s: score(x) })).sort((a, b) => b.s - a.s).map((r) => r.x);
}

/**
 * "Who said that ...?", "Who reported on the visit?": the speaker of the quote that covers what
 * was said, and whose cue is the verb asked ("reported", or "according to", which attributes a
 * report) before one that only paraphrases it ("said").
 */
function speakerAnswer(ctx: Context, q: Question, base: Result, options: QueryOptions): Result | null {
  const { corpus, index } = ctx;
  const hits = index.search(q, corpus.gidRange(options.doc), SPEAKER_HITS);
  const about = weighWords(index, q.groups.filter((g) => !g.speech));
  const asked = q.groups.filter((g) => g.speech);
  let best: { gid: number; score: number; quote: Quote; rank: number } | null = null;
  for (const h of hits) {
    const quote = corpus.quotesIn(h.gid).find((x) => x.speakerId || x.speakerText);
    if (!quote) continue;
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
  return { ...base, found: true, answer: acronym ? `${name} (${acronym})` : name, citations: [citation(corpus, best.gid, best.score)], quotes: [view] };
}

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
