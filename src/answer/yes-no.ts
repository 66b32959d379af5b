// Yes/no questions: "has X pleaded guilty?" is answered "No: pleaded not guilty to the charges",
// citing the sentence that settles it. The question becomes a claim (who, what is said of them,
// who is said to say or think it); the passages retrieval found are cut into clauses, and one
// whose subject is the claim's and that holds the claim's words settles it: with the same
// polarity Yes; negated, with an opposite, or with another value where the question names one,
// No. Anything less settles nothing, and the answer says the articles do not say: a cited wrong
// Yes or No is worse than none.
import { RELATION_NOUNS } from '../extract/lexicon.js';
import { stemOf } from '../nlp/annotate.js';
import type { Corpus, Quote, Tok } from '../corpus/corpus.js';
import type { TextIndex } from '../search/text-index.js';
import { smallAntonyms, type AntonymSource } from './antonyms.js';
import { asPassive, claimOf, NEGATING_VERBS, NEGATORS, paraphrasesOf, type Claim, type ClaimWord } from './claim.js';
import { clausesOf, type Clause } from './clauses.js';
import { passagePhraseStems } from './idioms.js';
import { isReciprocal } from './reciprocal-deed.js';
import { TITLE_QUALIFIERS, TITLE_WORDS } from '../extract/lexicon.js';
import type { Question } from './question.js';
import type { Citation, Result } from './result.js';
import { citation, quoteView } from './views.js';
import { pronouns } from '../text/function-words.js';
import { UNREALISED_VERBS } from './intent-verbs.js';
import { isPossessiveMark } from '../text/words.js';
import { refersToWord } from './subject-words.js';
import { outcomeAsked, outcomeOf } from './contest-outcome.js';
import { describesOtherwise } from './other-modifier.js';
import { noOneClause } from './no-one.js';
import { placeClaim, placedNoun } from './placed-noun.js';
import { roleStated } from './role-claim.js';

/** Share of the claim's weight a clause must hold to say Yes: below it, a missing word may be the point. */
const YES_COVERAGE = 0.8;
/** Share it must hold to say No by a negation or an opposite: the contradiction itself is evidence. */
const NO_COVERAGE = 0.65;
/** Words of the claim a sentence may lack and still settle it No (a paraphrase the lists miss). */
const MISSED_FOR_NO = 1;
/** Candidate passages weighed: retrieval's best few; a lower one rarely settles what they did not. */
const CANDIDATES = 5;
/** Longest subject the evidence keeps before its verb. */
const SUBJECT_WORDS = 4;
/** Most words of the passage quoted after "Yes:" or "No:". */
const EVIDENCE_WORDS = 14;

/** Modals that only hedge: a passage saying something "could" happen does not say it did. */
const HEDGES = new Set(['may', 'might', 'could', 'would']);
/** Words that leave a claim open whatever the question asks: "allegedly", "is unlikely to". */
const OPEN_WORDS = new Set([
  'likely',
  'unlikely',
  'possibly',
  'perhaps',
  'maybe',
  'probably',
  'allegedly',
  'reportedly',
  'supposedly',
  'apparently',
]);
/** Clause openers under which nothing is asserted. */
const CONDITIONALS = new Set(['if', 'unless', 'whether']);
/** Openers of a request, which asks for a deed and says nothing of it: "Please don't give it away". */
const REQUESTS = new Set(['please', 'let', "let's"]);
/** "not only", "not just": no negation. */
const NOT_NEGATING_NEXT = new Set(['only', 'just', 'merely', 'least']);
/** Pronouns that stand for the speaker of a quote; not "my", "our": "my lawyer" is someone else. */
const FIRST_PERSON = new Set(pronouns(['i', 'we'], ['subject', 'object']));
/** Pronouns that stand for someone named before; not "his", "their", nor "her" (as often a possessive): "his lawyer" is someone else. */
const THIRD_PERSON = new Set([
  ...pronouns(['he', 'she', 'it', 'they'], ['subject']),
  ...pronouns(['he', 'it', 'they'], ['object']),
  'this',
]);

type Verdict = 'yes' | 'no';

interface Settled {
  gid: number;
  verdict: Verdict;
  evidence: string;
}

/**
 * A passage token, with the stems it may also match by: the hyphenated word it is part of
 * ("all-out"), written with or without its hyphen ("e-mail" for "email"), and the question
 * words a phrase it is part of says ("serving his sentence" says "prison").
 */
type Word = Tok & { compounds?: string[]; phrase?: Set<string> };

const matches = (w: ClaimWord, t: Word) =>
  w.stems.has(t.stem) ||
  w.stems.has(stemOf(t.lemma)) ||
  !!t.compounds?.some((c) => w.stems.has(c)) ||
  (!!t.phrase && [...w.stems].some((st) => t.phrase!.has(st)));

/** The sentence's tokens, each part of a hyphenated word knowing the whole word's stems. */
function wordsOf(toks: Tok[]): Word[] {
  const phrases = passagePhraseStems(toks);
  const out: Word[] = toks.map((t, i) => ({
    ...t,
    ...(phrases[i] && { phrase: phrases[i] }),
    // One token holding its hyphen ("e-mails") may be written without it ("emails").
    ...(/\p{L}-\p{L}/u.test(t.text) && { compounds: [stemOf(t.text.replace(/-/g, ''))] }),
  }));
  for (let i = 1; i + 1 < toks.length; i++) {
    if (toks[i]!.text !== '-' || toks[i - 1]!.end !== toks[i]!.start || toks[i + 1]!.start !== toks[i]!.end) continue;
    const [a, b] = [toks[i - 1]!.text, toks[i + 1]!.text];
    const compounds = [stemOf(`${a}-${b}`), stemOf(`${a}${b}`)];
    out[i - 1]!.compounds = compounds;
    out[i + 1]!.compounds = compounds;
  }
  return out;
}

/**
 * The answer to a yes/no question: the first of retrieval's passages that settles it, or the
 * articles do not say. `retrieve` gives the ranked passages (passageAnswer's citations).
 */
export function yesNoAnswer(
  corpus: Corpus,
  index: TextIndex,
  q: Question,
  base: Result,
  retrieve: (q: Question) => Result,
  antonyms: AntonymSource = smallAntonyms,
): Result | null {
  const claim = claimOf(q, corpus, index);
  if (!claim) return null;
  // A name the articles never use may be the value asked about ("was it in Doha?"), never its subject.
  const valueWords = new Set(claim.words.filter((w) => w.value).map((w) => w.text.toLowerCase()));
  if (
    q.unknownNames.some(
      (n) =>
        !n
          .toLowerCase()
          .split(' ')
          .every((w) => valueWords.has(w)),
    )
  )
    return null;
  const found = retrieve(withParaphrases(q, index, antonyms));
  const retrieved = found.citations
    .slice(0, CANDIDATES)
    .map((c) => gidOf(corpus, c))
    .filter((g): g is number => g !== undefined);
  const docs = new Set(found.citations.map((c) => c.doc));
  const gids = [...new Set([...retrieved, ...speakerCandidates(corpus, q, claim, docs)])];
  const passive = asPassive(claim);
  for (const gid of gids) {
    // "Has the younger man been charged?" is not settled of "the older man".
    if (describesOtherwise(corpus, q, gid)) continue;
    const s =
      settle(corpus, index, claim, gid, antonyms) ??
      (passive && doneBy(corpus, gid, claim) ? settle(corpus, index, passive, gid, antonyms) : null) ??
      settleOutcome(corpus, claim, gid) ??
      settleNoOne(corpus, claim, gid);
    if (!s) continue;
    const first = citation(corpus, gid, 1);
    const rest = found.citations.filter((c) => c.doc !== first.doc || c.start !== first.start);
    const answer = `${s.verdict === 'yes' ? 'Yes' : 'No'}: ${s.evidence}`;
    return {
      ...base,
      found: true,
      answer,
      citations: [first, ...rest].slice(0, 5),
      quotes: corpus.quotesIn(gid).map((x) => quoteView(corpus, x)),
    };
  }
  const placed = settlePlacedNoun(corpus, claim, gids) ?? settleByRole(corpus, q, claim);
  if (placed) {
    const first = citation(corpus, placed.gid, 1);
    const rest = found.citations.filter((c) => c.doc !== first.doc || c.start !== first.start);
    return {
      ...base,
      found: true,
      answer: `${placed.verdict === 'yes' ? 'Yes' : 'No'}: ${placed.evidence}`,
      citations: [first, ...rest].slice(0, 5),
      quotes: corpus.quotesIn(placed.gid).map((x) => quoteView(corpus, x)),
    };
  }
  const cites = found.citations.slice(0, 3);
  return {
    ...base,
    found: false,
    citations: cites,
    message: `The articles do not settle “${q.text.slice(0, 120)}”: no passage says yes or no.`,
  };
}

/**
 * "Was the meeting in Bergen?" where no clause says so: a noun phrase placing the thing ("the
 * meetings in Tromsø"). One placing it where asked says Yes, wherever it stands among the
 * passages; else one placing it elsewhere says No.
 */
function settlePlacedNoun(corpus: Corpus, claim: Claim, gids: number[]): Settled | null {
  const asked = placeClaim(claim);
  if (!asked) return null;
  let no: Settled | null = null;
  for (const gid of gids) {
    const toks = wordsOf(corpus.tokens(gid));
    const placed = placedNoun(corpus, toks, asked, matches);
    if (!placed) continue;
    const clause = clausesOf(toks).find((c) => c.from <= placed.from && placed.from < c.to);
    const shown =
      clause && clause.to >= placed.to ? clause : { from: placed.from, to: placed.to, subject: [], frame: -1 };
    const settled: Settled = {
      gid,
      verdict: placed.verdict,
      evidence: evidenceOf(corpus, gid, toks, shown, withDeterminer(toks, placed.from)),
    };
    if (placed.verdict === 'yes') return settled;
    no ??= settled;
  }
  return no;
}

/**
 * Whether an adjective the question asks of its subject stands in the clause only before another
 * noun: "is Ms Lund Danish?" is not said by "the Danish embassy", nor "is the bridge safe?" by
 * "a safe crossing".
 */
function saidOfAnother(toks: Word[], clause: Clause, claim: Claim): boolean {
  return claim.words.some((w) => {
    if (!w.predicative) return false;
    // An adjective is said by an adjective or a name ("Danish"), not by a noun the name finder joined to it.
    const at = range(clause.from, clause.to).filter((i) => /^(ADJ|PROPN)$/.test(toks[i]!.pos) && matches(w, toks[i]!));
    return (
      at.length > 0 &&
      at.every((i) => {
        const next = toks[i + 1];
        return !!next && /^(NOUN|PROPN)$/.test(next.pos) && !claim.words.some((x) => x !== w && matches(x, next));
      })
    );
  });
}

/** "Is X the deputy head of Y?": Yes (or No, for a lesser office) by the role the articles give X, wherever they give it. */
function settleByRole(corpus: Corpus, q: Question, claim: Claim): Settled | null {
  const stated = roleStated(corpus, q, claim, (w) => TITLE_QUALIFIERS.has(w));
  return stated && { gid: stated.gid, verdict: stated.verdict, evidence: stated.evidence };
}

/** A noun's token, or its determiner's: "the meetings", not "meetings". */
const withDeterminer = (toks: Tok[], i: number) => (toks[i - 1]?.pos === 'DET' ? i - 1 : i);

/** "Was anyone hurt?": No where a clause says no one was, in the claim's words. */
function settleNoOne(corpus: Corpus, claim: Claim, gid: number): Settled | null {
  const toks = wordsOf(corpus.tokens(gid));
  const c = noOneClause(claim, toks, corpus.sentence(gid).doc.text, corpus.clauseFrames(gid), matches);
  if (!c) return null;
  return {
    gid,
    verdict: 'no',
    evidence: evidenceOf(corpus, gid, toks, { from: c.from, to: c.to, subject: [], frame: -1 }),
  };
}

/**
 * "Did City win?", "did Rovers lose?", asked of no more than a side and its outcome: settled by a
 * clause where one side beats the other, for either side ("City beat Rovers": Rovers did not win).
 */
function settleOutcome(corpus: Corpus, claim: Claim, gid: number): Settled | null {
  const subject = claim.words.filter((w) => w.role === 'subject');
  const said = claim.words.filter((w) => w.role !== 'subject');
  if (claim.negated || claim.modal || claim.speaker || said.length !== 1 || !subject.length) return null;
  const asked = outcomeAsked(said[0]!.lemma);
  if (!asked) return null;
  const toks = wordsOf(corpus.tokens(gid));
  const found = outcomeOf(toks, corpus.clauseFrames(gid), ([from, to]) =>
    subject.every((w) => toks.slice(from, to).some((t) => matches(w, t))),
  );
  if (!found) return null;
  const c = found.clause;
  // An infinitive's subject stands before it: "City came from behind to beat Rovers".
  const from = Math.min(c.from, c.subject?.[0] ?? c.from);
  const evidence = evidenceOf(corpus, gid, toks, { from, to: c.to, subject: [], frame: -1 });
  return { gid, verdict: found.outcome === asked ? 'yes' : 'no', evidence };
}

/** Whether a passive clause of the sentence names the claim's subject as its doer ("was backed by councillors"). */
function doneBy(corpus: Corpus, gid: number, claim: Claim): boolean {
  const toks = corpus.tokens(gid);
  const subject = claim.words.filter((w) => w.role === 'subject');
  return corpus
    .clauseFrames(gid)
    .some(
      (c) =>
        c.passive && c.agent && subject.every((w) => toks.slice(c.agent![0], c.agent![1]).some((t) => matches(w, t))),
    );
}

/** Share of a word's weight its paraphrase carries in retrieval: it finds the passage, less surely. */
const PARAPHRASE_SHARE = 0.6;

/** The question with the paraphrases a yes/no claim is put in also searched for ("shut" finds "scrapped"). */
function withParaphrases(q: Question, index: TextIndex, antonyms: AntonymSource): Question {
  const terms = new Map(q.terms);
  const groups = q.groups.map((g) => ({ ...g, stems: new Map(g.stems) }));
  for (const t of q.tokens) {
    const g = groups.find((x) => x.stems.get(t.stem) === 1);
    if (!g) continue;
    // "Was X convicted?" is settled as often by "X was cleared": the opposite is looked for too.
    const opposites = t.pos === 'VERB' ? antonyms(t.lemma) : [];
    for (const p of new Set([...paraphrasesOf(t.lemma), ...paraphrasesOf(t.text), ...opposites])) {
      const st = stemOf(p);
      if (g.stems.has(st) || !index.hasStem(st)) continue;
      g.stems.set(st, PARAPHRASE_SHARE);
      terms.set(st, Math.max(terms.get(st) ?? 0, PARAPHRASE_SHARE * g.weight));
    }
  }
  return { ...q, terms, groups };
}

/** Sentences of the named speaker's quotes weighed beside retrieval's: the ones holding most of the claim. */
const SPEAKER_CANDIDATES = 3;

/**
 * "Does X think ...?" is settled by X's own words: the sentences of X's quotes, in the articles
 * retrieval found, that hold most of what the claim says (retrieval ranks them low when X's
 * name is written only at the quote's start).
 */
function speakerCandidates(corpus: Corpus, q: Question, claim: Claim, docs: Set<string>): number[] {
  const speaker = claim.speaker;
  if (!speaker) return [];
  const said = claim.words.filter((w) => w.role !== 'subject');
  const scored: { gid: number; weight: number }[] = [];
  for (const e of q.focus) {
    const stems = new Set([e.name, ...e.aliases].flatMap((n) => n.split(/[\s-]+/)).map(stemOf));
    if (!speaker.some((w) => [...w.stems].some((st) => stems.has(st)))) continue;
    for (const doc of docs)
      for (const quote of corpus.quotesBy(e.id, doc))
        for (let g = quote.gid; g <= quote.lastGid; g++) {
          const toks = wordsOf(corpus.tokens(g));
          const weight = said.reduce((n, w) => n + (toks.some((t) => matches(w, t)) ? w.weight : 0), 0);
          if (weight > 0 && !scored.some((x) => x.gid === g)) scored.push({ gid: g, weight });
        }
  }
  return scored
    .sort((a, b) => b.weight - a.weight || a.gid - b.gid)
    .slice(0, SPEAKER_CANDIDATES)
    .map((x) => x.gid);
}

function gidOf(corpus: Corpus, c: Citation): number | undefined {
  const [from, to] = corpus.gidRange(c.doc);
  for (let g = from; g < to; g++) if (corpus.sentence(g).s.start === c.start) return g;
  return undefined;
}

/** Whether one sentence settles the claim, and how. */
function settle(corpus: Corpus, index: TextIndex, claim: Claim, gid: number, antonyms: AntonymSource): Settled | null {
  const toks = wordsOf(corpus.tokens(gid));
  const clauses = withParticiples(toks, withAdjectivePairs(toks, clausesOf(toks)));
  const main = claim.words.filter((w) => w.role === 'main');
  const anchorWords = main.length ? main : claim.words.filter((w) => w.role !== 'subject');
  // "Was the visit in Doha?" asks of an event: the clause whose verb is that event ("visited Moscow").
  const event = claim.words.filter((w) => w.role === 'subject');
  const clause = clauseOfClaim(toks, clauses, anchorWords, antonyms, event);
  if (!clause) return null;
  // The nearest clause of saying or thinking before it: "I don't think | he was ...".
  const frame = clauses.filter((c) => c.to <= clause.from && c.frame >= 0).pop();
  if (!aboutTheSubject(corpus, index, gid, toks, clause, frame, claim)) return null;
  // An opposite that describes the subject names another one: "the old bridge" is not said to be old.
  const own = clause.subject.filter((i) => i >= clause.from);
  const describes = new Set(own.length ? range(Math.min(...own), Math.max(...own) + 1) : []);
  const opposedIn = (w: ClaimWord) =>
    range(clause.from, clause.to).some(
      (i) => !describes.has(i) && opposite(w, toks[i]!, antonyms) && !countsWhatItActsOn(toks, i, claim.words),
    );
  const inParagraph = (w: ClaimWord) => paragraphHolds(corpus, gid, w);
  const { share, opposed, missingValues, missed, restShare } = weigh(claim, toks, clause, opposedIn, inParagraph);

  const frameDenies = !!frame && negatedIn(toks, frame, [], antonyms, true);
  const negation = negatedIn(toks, clause, anchorWords, antonyms) !== frameDenies;
  // "could happen", "plans to close", "if flights are cancelled": the passage does not say it did.
  const opener = toks[clause.from]!.text.toLowerCase();
  // "it doesn't mean that they will nullify it": a negated clause that is no verb of saying
  // leaves what it frames open.
  const before = clauses.filter((c) => c.to <= clause.from).pop();
  const openedByNegation =
    opener === 'that' &&
    !!before &&
    before.frame < 0 &&
    before.to === clause.from &&
    inRange(toks, before, (t) => t.lemma === 'not' || NEGATORS.has(t.text.toLowerCase()));
  const hedged =
    openedByNegation ||
    CONDITIONALS.has(opener) ||
    REQUESTS.has(opener) ||
    infinitival(toks, clause) ||
    // "Is a rival bid likely?": a word that leaves others open is what this claim asks of.
    inRange(toks, clause, (t) => OPEN_WORDS.has(t.text.toLowerCase()) && !asksLikelihood(claim, t, antonyms)) ||
    (!claim.modal &&
      inRange(
        toks,
        clause,
        // "Are more strikes planned?" asks of the plan itself, which "are planned" states.
        (t) =>
          HEDGES.has(t.text.toLowerCase()) ||
          (t.pos === 'VERB' && UNREALISED_VERBS.has(t.lemma) && !claim.words.some((w) => w.lemma === t.lemma)),
      ));
  // "deputy head" is not "head": a title the passage qualifies and the question does not.
  const qualified = range(clause.from + 1, clause.to).some(
    (i) =>
      TITLE_QUALIFIERS.has(toks[i - 1]!.lemma) &&
      claim.words.some((w) => w.role !== 'subject' && matches(w, toks[i]!)) &&
      !claim.words.some((w) => w.lemma === toks[i - 1]!.lemma),
  );
  if (hedged || qualified) return null;

  // The evidence shows the first word of what is said of the subject, even inside a long subject.
  const said =
    range(clause.from, clause.to).find((i) => claim.words.some((w) => w.role !== 'subject' && matches(w, toks[i]!))) ??
    -1;
  const evidence = evidenceOf(corpus, gid, toks, frameDenies ? { ...clause, from: frame.from } : clause, said);
  // The passage itself negating or opposing the claim is the evidence for No; a question that
  // negates ("was it not ...?") is settled only by a passage that says all of it.
  const passageDenies = negation !== opposed;
  const full = share >= YES_COVERAGE && !missed;
  if (passageDenies !== claim.negated && (passageDenies ? share >= NO_COVERAGE && missed <= MISSED_FOR_NO : full))
    return { gid, verdict: 'no', evidence };
  // Another value where the question names one: "was it in Doha?" / "they visited Moscow".
  if (missingValues.length) {
    // "Will schools in Pendle close?": a value typed before what is said of the subject tells
    // which schools; "schools in Carrick" are others, of which the question asks nothing.
    const firstSaid = claim.words.findIndex((w) => w.role === 'main' && !w.value && !w.light);
    if (missingValues.every((w) => claim.words.indexOf(w) < firstSaid)) return null;
    // Another value of the clause's own words, not its subject's name: "Giuseppe was arrested"
    // gives no other place.
    const core = range(clause.from, coreOf(clause).to).filter((i) => !describes.has(i));
    const otherKind = (i: number) =>
      missingValues.some((w) => sameKind(w, toks[i]!)) && !claim.words.some((x) => matches(x, toks[i]!));
    const otherAt = core.find(otherKind);
    const everyOne = missingValues.every((w) => core.some((i) => sameKind(w, toks[i]!) && otherKind(i)));
    if (otherAt !== undefined && everyOne && !negation && restShare >= YES_COVERAGE && !missed)
      return { gid, verdict: 'no', evidence: evidenceOf(corpus, gid, toks, clause, otherAt) };
    return null;
  }
  if (
    passageDenies === claim.negated &&
    full &&
    !opposed &&
    !saidOfAnother(toks, clause, claim) &&
    !doneAwayWith(toks, claim)
  )
    return { gid, verdict: 'yes', evidence };
  return null;
}

/** Words that do away with the thing after them: "to put an end to the war", "stop the strike", "against the plan". */
const DOING_AWAY = new Set(['end', 'stop', 'halt', 'prevent', 'ban', 'abolish', 'oppose', 'against', 'block', 'avert']);

/**
 * "Does Moscow want a civil war?": the thing asked, written in the passage only as what it would
 * do away with ("talks to put an end to the civil war"), is not what the passage says is wanted.
 */
function doneAwayWith(toks: Word[], claim: Claim): boolean {
  if ([...DOING_AWAY].some((w) => claim.deedLemmas.has(w))) return false;
  const things = claim.words.filter((w) => w.role !== 'subject' && !w.light && !w.value && !w.predicative);
  return things.some((w) => {
    const at = range(0, toks.length).filter((i) => /^(NOUN|PROPN)$/.test(toks[i]!.pos) && matches(w, toks[i]!));
    return at.length > 0 && at.every((i) => doneAwayAt(toks, i));
  });
}

function doneAwayAt(toks: Word[], i: number): boolean {
  // Back over the noun phrase the word stands in: "the long civil war".
  let k = i - 1;
  while (k >= 0 && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(toks[k]!.pos) && !DOING_AWAY.has(toks[k]!.lemma)) k--;
  const before = toks[k];
  if (!before) return false;
  if (/^to$/i.test(before.text) && toks[k - 1]?.lemma === 'end') return true;
  return DOING_AWAY.has(before.lemma.toLowerCase());
}

/** The clause holding most of what the question says of its subject, or null when none holds any. */
function clauseOfClaim(
  toks: Word[],
  clauses: Clause[],
  anchorWords: ClaimWord[],
  antonyms: AntonymSource,
  event: ClaimWord[],
): Clause | null {
  let best: Clause | null = null;
  let bestWeight = 0;
  for (const c of clauses) {
    let weight = 0;
    // A verb of saying is the frame, not the claim: "says" does not restate "get a say".
    const said = (t: Tok) => c.frame >= 0 && t === toks[c.frame];
    for (const w of anchorWords)
      if (inRange(toks, c, (t) => !said(t) && (matches(w, t) || opposite(w, t, antonyms)))) weight += w.weight;
    if (isEventOf(toks, c, event)) weight += event.reduce((n, w) => n + w.weight, 0);
    if (weight > bestWeight) {
      best = c;
      bestWeight = weight;
    }
  }
  return best;
}

/** Whether the clause speaks of the claim's subject, and as said by the one the question names. */
function aboutTheSubject(
  corpus: Corpus,
  index: TextIndex,
  gid: number,
  toks: Word[],
  clause: Clause,
  frame: Clause | undefined,
  claim: Claim,
): boolean {
  const quotes = corpus.quotesIn(gid);
  const subjectWords = claim.words.filter((w) => w.role === 'subject');
  // "Was X found guilty?" is also answered by "the jury found X innocent": X after the verb; and
  // "did X meet Y?" by "Y held talks with X", a deed both sides do.
  const firstVerb = range(clause.from, clause.to).find((j) => toks[j]!.pos === 'VERB') ?? Infinity;
  const bothSides = claim.words.some((w) => w.role === 'main' && isReciprocal(w.lemma));
  const asObject =
    (claim.passive || bothSides) &&
    range(clause.from, clause.to).some((i) => i > firstVerb && subjectWords.some((w) => matches(w, toks[i]!)));
  const subject = clause.subject.filter((i) => !someoneElse(toks, i, subjectWords));
  const named = claim.subjectHead ? [claim.subjectHead] : subjectWords;
  if (
    subjectWords.length &&
    !asObject &&
    !isEventOf(toks, clause, subjectWords) &&
    !agrees(corpus, gid, toks, subject, named, quotes) &&
    !takenUp(index, gid, toks, subject, named) &&
    !namedBefore(corpus, gid, toks, subject, subjectWords)
  )
    return false;
  // "Did X say", "does X think": X must be the one who says or thinks it.
  if (!claim.speaker) return true;
  const speaker = claim.speaker;
  const quoted = quotes.some(
    (qt) =>
      qt.start <= toks[clause.from]!.start &&
      toks[clause.to - 1]!.end <= qt.end + 1 &&
      speakerAgrees(corpus, qt, speaker),
  );
  return quoted || (!!frame && agrees(corpus, gid, toks, frame.subject, speaker, quotes));
}

/**
 * How much of the claim the sentence holds: each word of what is said of the subject in the
 * clause (or opposed there), a condition or a time anywhere in the sentence, the subject through
 * the clause's. Also the values it lacks, and the words it lacks besides light ones: one may be a
 * paraphrase, two are another statement ("developed it" is not "developed it to sell it").
 */
function weigh(
  claim: Claim,
  toks: Word[],
  clause: Joined,
  opposedIn: (w: ClaimWord) => boolean,
  inParagraph: (w: ClaimWord) => boolean,
) {
  let got = 0;
  let total = 0;
  let opposed = false;
  let missed = 0;
  const missingValues: ClaimWord[] = [];
  for (const w of claim.words) {
    total += w.weight;
    if (w.role === 'subject') {
      got += w.weight;
      continue;
    }
    // The clause first: "rose in 2003 but fell in 2004" answers "did they rise in 2004?" by "fell".
    if (inRange(toks, w.value ? coreOf(clause) : clause, (t) => matches(w, t))) {
      got += w.weight;
      continue;
    }
    if (opposedIn(w)) {
      got += w.weight;
      opposed = true;
      continue;
    }
    if (w.role !== 'main' && toks.some((t) => matches(w, t))) {
      got += w.weight;
      continue;
    }
    // "any changes" in a paragraph about pensions says "any pension changes".
    if (w.head && toks.some((t) => matches(w.head!, t)) && inParagraph(w)) {
      got += w.weight;
      continue;
    }
    if (w.value) missingValues.push(w);
    else if (!w.light) missed++;
  }
  const valueWeight = missingValues.reduce((n, w) => n + w.weight, 0);
  return {
    share: total ? got / total : 0,
    restShare: total > valueWeight ? got / (total - valueWeight) : 0,
    opposed,
    missingValues,
    missed,
  };
}

/** Whether another sentence of the sentence's paragraph holds the word. */
function paragraphHolds(corpus: Corpus, gid: number, w: ClaimWord): boolean {
  for (let g = gid - 1; g >= 0 && corpus.sameParagraph(g, gid); g--)
    if (wordsOf(corpus.tokens(g)).some((t) => matches(w, t))) return true;
  for (let g = gid + 1; g < corpus.sentenceCount && corpus.sameParagraph(g, gid); g++)
    if (wordsOf(corpus.tokens(g)).some((t) => matches(w, t))) return true;
  return false;
}

/**
 * A clause, with any participle clause joined to it; `coreTo` ends the clause's own words. A name
 * or number in the participle's words is the participle's ("arrested when travelling to London"
 * does not say where the arrest was).
 */
type Joined = Clause & { coreTo?: number };

/** The clause's own words, without a participle clause joined to it. */
const coreOf = (c: Joined): Clause => ({ ...c, to: c.coreTo ?? c.to });

/** Words that open a participle clause belonging to the clause before: "died | while serving his sentence". */
const PARTICIPLE_OPENERS = new Set(['while', 'when', 'after', 'before', 'since', 'without', 'by']);

/**
 * The clauses with each participle clause joined to the clause it belongs to: one with no
 * subject of its own whose verb is an -ing form ("He died while serving his sentence") says
 * more of the same deed, and its words (and a "without" in it) are that clause's.
 */
function withParticiples(toks: Tok[], clauses: Clause[]): Joined[] {
  const out: Joined[] = [];
  for (const c of clauses) {
    const prev = out[out.length - 1];
    let at = c.from;
    if (PARTICIPLE_OPENERS.has(toks[at]!.text.toLowerCase())) at++;
    const participle =
      !!prev &&
      c.frame < 0 &&
      prev.frame < 0 &&
      (c.from === prev.to || (c.from === prev.to + 1 && toks[prev.to]!.text === ',')) &&
      at < c.to &&
      toks[at]!.pos === 'VERB' &&
      /ing$/i.test(toks[at]!.text) &&
      inRange(toks, prev, (t) => t.pos === 'VERB' || t.pos === 'AUX');
    if (participle) out[out.length - 1] = { ...prev, to: c.to, coreTo: prev.coreTo ?? prev.to };
    else out.push(c);
  }
  return out;
}

/**
 * The clauses with a cut between two adjectives of one noun mended: "spoke in favour of substantive
 * | and constructive talks" says both of the same talks, in the one clause.
 */
function withAdjectivePairs(toks: Tok[], clauses: Clause[]): Clause[] {
  const out: Clause[] = [];
  for (const c of clauses) {
    const prev = out[out.length - 1];
    const pair =
      !!prev &&
      c.from === prev.to &&
      toks[c.from]!.pos === 'CCONJ' &&
      toks[c.from + 1]?.pos === 'ADJ' &&
      toks[prev.to - 1]!.pos === 'ADJ';
    if (pair) out[out.length - 1] = { ...prev, to: c.to };
    else out.push(c);
  }
  return out;
}

/** Finite forms of the auxiliaries: one of them not after "to" makes a clause a statement. */
const FINITE_AUX =
  /^(is|are|was|were|am|has|have|had|will|would|can|could|did|does|do|may|might|must|should|shall|'s|'re|'ve|'ll|'d)$/i;

/**
 * Whether the clause's first verb is an infinitive and no finite verb follows: "warned Mr Brown
 * | not to be tempted" advises, and says nothing of what he did; "to destroy records becomes an
 * offence" states.
 */
function infinitival(toks: Tok[], c: Clause): boolean {
  const verbs = range(c.from, c.to).filter((i) => toks[i]!.pos === 'VERB' || toks[i]!.pos === 'AUX');
  const before = (i: number) => {
    let j = i - 1;
    while (j >= c.from && (toks[j]!.lemma === 'not' || toks[j]!.pos === 'ADV')) j--;
    return j >= c.from ? toks[j]! : undefined;
  };
  const first = verbs[0];
  if (first === undefined || before(first)?.text.toLowerCase() !== 'to') return false;
  return !verbs.some((i) => {
    const t = toks[i]!;
    const prev = before(i);
    if (prev?.text.toLowerCase() === 'to') return false;
    if (t.pos === 'AUX') return FINITE_AUX.test(t.text);
    // A verb inflected and not after an auxiliary ("becomes", "fell"), not a participle ("be tempted").
    return t.text.toLowerCase() !== t.lemma && prev?.pos !== 'AUX' && !/ing$/i.test(t.text);
  });
}

/** Whether the claim's subject is an event the clause's verb does: "the visit" and "visited". */
function isEventOf(toks: Word[], c: Clause, subjectWords: ClaimWord[]): boolean {
  return (
    subjectWords.length > 0 && subjectWords.every((w) => inRange(toks, c, (t) => t.pos === 'VERB' && matches(w, t)))
  );
}

function inRange(toks: Tok[], c: Clause, test: (t: Tok) => boolean): boolean {
  for (let i = c.from; i < c.to; i++) if (test(toks[i]!)) return true;
  return false;
}

/** Whether the claim's own words say or oppose this open word: "likely" against "unlikely". */
function asksLikelihood(claim: Claim, t: Tok, antonyms: AntonymSource): boolean {
  return claim.words.some((w) => w.role !== 'subject' && (matches(w, t) || opposite(w, t, antonyms)));
}

/** Whether the word, or a phrase it is part of ("spoke out in favour of" for "support"), is the opposite of the claim's word. */
function opposite(w: ClaimWord, t: Word, antonyms: AntonymSource): boolean {
  return antonyms(w.lemma).some((a) => a === t.lemma || stemOf(a) === t.stem || !!t.phrase?.has(stemOf(a)));
}

/**
 * "Won 29 seats, down from 45" does not deny "lost seats": a deed done to a number of the things
 * the question names leaves its opposite open for others of them.
 */
function countsWhatItActsOn(toks: Word[], i: number, words: ClaimWord[]): boolean {
  const [n, noun] = [toks[i + 1], toks[i + 2]];
  return (
    toks[i]!.pos === 'VERB' &&
    n?.pos === 'NUM' &&
    noun?.pos === 'NOUN' &&
    noun.text.toLowerCase() !== noun.lemma &&
    /s$/i.test(noun.text) &&
    // What the question asks the deed of ("lose seats"), not a unit of it ("admitted three counts of theft").
    words.some((w) => matches(w, noun))
  );
}

/** A number for a number, a name for a name. */
function sameKind(w: ClaimWord, t: Tok): boolean {
  if (w.number) return /\d/.test(t.text) || t.pos === 'NUM';
  return t.pos === 'PROPN' && /^\p{Lu}/u.test(t.text);
}

/**
 * Whether a clause is negated over the claim: a "not" before a word of the claim, or a
 * negating verb ("denied"). For a clause of saying or thinking (`frame`), any negation
 * before its verb counts: "I don't think he was".
 */
function negatedIn(toks: Tok[], c: Clause, words: ClaimWord[], antonyms: AntonymSource, frame = false): boolean {
  let count = 0;
  for (let i = c.from; i < c.to; i++) {
    const t = toks[i]!;
    const lower = t.text.toLowerCase();
    const negator = NEGATORS.has(lower) || t.lemma === 'not' || (t.pos === 'VERB' && NEGATING_VERBS.has(t.lemma));
    if (!negator || NOT_NEGATING_NEXT.has(toks[i + 1]?.text.toLowerCase() ?? '')) continue;
    // A negating verb the question itself asks about ("has he denied the charges?") is its claim;
    // one that is the opposite of a word asked ("rejected" for "accept") counts once, as that opposite.
    if (words.some((w) => matches(w, t) || opposite(w, t, antonyms))) continue;
    if (
      frame
        ? i <= c.frame
        : words.some((w) => range(i + 1, c.to).some((j) => matches(w, toks[j]!) || opposite(w, toks[j]!, antonyms)))
    )
      count++;
  }
  return count % 2 === 1;
}

/** Whether a subject token names the claim's subject only as the possessor of someone else: "X's lawyer". */
function someoneElse(toks: Tok[], i: number, words: ClaimWord[]): boolean {
  const possessive = (j: number) => isPossessiveMark(toks[j + 1]?.text ?? '') || /['’]s$/.test(toks[j]!.text);
  // The whole name is the possessor: "Arvid Lunde's father" is not Arvid.
  let end = i;
  while (!possessive(end) && toks[end]!.pos === 'PROPN' && toks[end + 1]?.pos === 'PROPN') end++;
  if (!possessive(end)) return false;
  const head = toks.slice(end + 1, end + 4).find((t) => t.pos === 'NOUN');
  return !!head && RELATION_NOUNS.has(head.lemma) && !words.some((w) => matches(w, head));
}

/** Whether a clause's subject is the claim's: the same words, or a pronoun standing for them. */
function agrees(
  corpus: Corpus,
  gid: number,
  toks: Tok[],
  subject: number[],
  words: ClaimWord[],
  quotes: Quote[],
): boolean {
  if (subject.some((i) => words.some((w) => matches(w, toks[i]!)))) return true;
  const pronoun = subject.map((i) => toks[i]!).find((t) => t.pos === 'PRON');
  if (!pronoun) return false;
  const lower = pronoun.text.toLowerCase();
  if (FIRST_PERSON.has(lower)) {
    const quote = quotes.find((qt) => qt.start <= pronoun.start && pronoun.end <= qt.end);
    if (quote && (quote.speakerId || quote.speakerText)) return speakerAgrees(corpus, quote, words);
    // A quote whose speaker the extraction left open: its paragraph names who speaks.
    return paragraphNames(corpus, gid, words);
  }
  if (THIRD_PERSON.has(lower)) {
    // "he", "it" stand for the claim's subject when it was named just before: earlier in the
    // sentence, or in the sentence before in the same paragraph.
    if (toks.some((t) => t.end <= pronoun.start && words.some((w) => matches(w, t)))) return true;
    const quote = quotes.find((qt) => qt.start <= pronoun.start && pronoun.end <= qt.end);
    // Reported speech speaks of its speaker in the third person: "X said he would stay on".
    if (quote?.kind === 'reported' && /^(he|she)$/.test(lower) && speakerAgrees(corpus, quote, words)) return true;
    // In a quote, "he" is someone the speaker speaks of: the person named last before it.
    if (quote && (quote.speakerId || quote.speakerText) && /^(he|she|him|her)$/.test(lower)) {
      const named = personBefore(corpus, gid, pronoun, quote);
      return !!named && named.some((t) => words.some((w) => matches(w, t)));
    }
    // From the sentence before, the pronoun takes up its subject: "X's father was arrested. He
    // died" speaks of the father, not of X.
    if (gid === 0 || !corpus.sameParagraph(gid - 1, gid)) return false;
    const before = wordsOf(corpus.tokens(gid - 1));
    const subject =
      clausesOf(before).find((c) => c.subject.length && inRange(before, c, (t) => t.pos === 'VERB' || t.pos === 'AUX'))
        ?.subject ?? [];
    return subject.some((i) => !someoneElse(before, i, words) && words.some((w) => matches(w, before[i]!)));
  }
  return false;
}

/**
 * Whether the clause's subject opens the sentence and takes up the claim's subject named before
 * ("The club did not replace him" after "Ashby Rovers ..."), as the store resolved it.
 */
function takenUp(index: TextIndex, gid: number, toks: Tok[], subject: number[], words: ClaimWord[]): boolean {
  // The subject may be only its head ("club" of "The club", "old" of "The 47-year-old"): no verb before it.
  const opens = subject.length > 0 && toks.slice(0, subject[0]).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX');
  return opens && words.some((w) => refersToWord(index, w.text, gid));
}

/** Nouns that take up a deed named before them: "the move", "the decision". */
const EVENT_NOUNS = new Set(['move', 'decision', 'step', 'measure', 'action', 'plan', 'proposal', 'change', 'idea']);
/** Determiners that point back: "the move", "this decision". */
const POINTING_BACK = new Set(['the', 'this', 'that']);
/** Paragraphs before the clause's own searched for the deed "the move" takes up. */
const EVENT_PARAGRAPHS_BACK = 1;

/**
 * Whether the clause's subject is a noun that takes up a deed ("the move was not about ...")
 * and the text just before (its paragraph up to it, and the paragraph before) writes the
 * claim's subject as a thing, not a person: the words before its last, as common nouns.
 */
function namedBefore(corpus: Corpus, gid: number, toks: Tok[], subject: number[], words: ClaimWord[]): boolean {
  const head = subject[subject.length - 1];
  if (head === undefined || !EVENT_NOUNS.has(toks[head]!.lemma)) return false;
  if (!POINTING_BACK.has(toks[head - 1]?.text.toLowerCase() ?? '')) return false;
  const para = corpus.paragraphOf(gid);
  const found = new Set<ClaimWord>();
  for (
    let g = gid - 1;
    g >= 0 && corpus.docOf(g).id === corpus.docOf(gid).id && para - corpus.paragraphOf(g) <= EVENT_PARAGRAPHS_BACK;
    g--
  )
    for (const t of wordsOf(corpus.tokens(g)))
      for (const w of words) if (t.pos === 'NOUN' && matches(w, t)) found.add(w);
  // "the e-mail purge": the move may be named otherwise ("the deletion of e-mails"), but what it
  // was done to must be written; a subject of one word must be written itself.
  const required = words.length > 1 ? words.slice(0, -1) : words;
  return required.every((w) => found.has(w));
}

/** Sentences back a pronoun in a quote is looked for: its own, and a few before in its paragraph. */
const PRONOUN_SENTENCES_BACK = 3;

/**
 * The person named last before a pronoun in a quote, within its paragraph, other than the
 * quote's speaker: a name, or a title standing for one ("the chancellor"); null when none.
 */
function personBefore(corpus: Corpus, gid: number, pronoun: Tok, quote: Quote): Tok[] | null {
  const speaker = quote.speakerId ? corpus.entityById.get(quote.speakerId) : undefined;
  const names = speaker ? [speaker.name, ...speaker.aliases] : [quote.speakerText ?? ''];
  const speakerStems = new Set(names.flatMap((n) => n.split(/[\s-]+/)).map(stemOf));
  for (let g = gid; g >= 0 && gid - g <= PRONOUN_SENTENCES_BACK && corpus.sameParagraph(g, gid); g--) {
    const toks = corpus.tokens(g);
    const persons = corpus.mentionsIn(g).filter((m) => m.type === 'person');
    for (let i = toks.length - 1; i >= 0; i--) {
      const t = toks[i]!;
      if (g === gid && t.start >= pronoun.start) continue;
      const m = persons.find((x) => x.first <= i && i <= x.last);
      const title = t.pos === 'NOUN' && TITLE_WORDS.has(t.lemma);
      if (!m && !title) continue;
      const span = m ? toks.slice(m.first, m.last + 1) : [t];
      if (span.some((x) => speakerStems.has(x.stem))) {
        i = m ? m.first : i;
        continue;
      }
      return span;
    }
  }
  return null;
}

function paragraphNames(corpus: Corpus, gid: number, words: ClaimWord[]): boolean {
  for (let g = gid; g >= 0 && corpus.sameParagraph(g, gid); g--)
    if (corpus.tokens(g).some((t) => words.some((w) => matches(w, t)))) return true;
  for (let g = gid + 1; g < corpus.sentenceCount && corpus.sameParagraph(g, gid); g++)
    if (corpus.tokens(g).some((t) => words.some((w) => matches(w, t)))) return true;
  return false;
}

function speakerAgrees(corpus: Corpus, quote: Quote, words: ClaimWord[]): boolean {
  const entity = quote.speakerId ? corpus.entityById.get(quote.speakerId) : undefined;
  const names = entity ? [entity.name, ...entity.aliases] : quote.speakerText ? [quote.speakerText] : [];
  const stems = new Set(names.flatMap((n) => n.split(/[\s-]+/)).map(stemOf));
  return words.some((w) => [...w.stems].some((st) => stems.has(st)));
}

/** A few words of the clause, as the passage writes them, from its start; `keep` is a token they must show. */
function evidenceOf(corpus: Corpus, gid: number, toks: Tok[], c: Clause, keep = -1): string {
  const ref = corpus.sentence(gid);
  let from = c.from;
  while (from < c.to - 1 && (toks[from]!.pos === 'PUNCT' || toks[from]!.pos === 'CCONJ')) from++;
  // A long subject gives way to what is said of it: "pleaded not guilty", not who pleaded.
  const verb = range(from, c.to).find((i) => toks[i]!.pos === 'VERB' || toks[i]!.pos === 'AUX');
  let shown = keep;
  // The whole value: "In October 1989", not "1989".
  if (keep >= 0 && /^(PROPN|NUM)$/.test(toks[keep]!.pos)) {
    while (shown > from && /^(PROPN|NUM)$/.test(toks[shown - 1]!.pos)) shown--;
    if (shown > from && toks[shown - 1]!.pos === 'ADP') shown--;
  }
  if (verb !== undefined && verb - from > SUBJECT_WORDS) from = shown >= from ? Math.min(verb, shown) : verb;
  let to = c.to;
  while (to > from + 1 && (toks[to - 1]!.pos === 'PUNCT' || toks[to - 1]!.pos === 'CCONJ')) to--;
  const words = ref.doc.text
    .slice(toks[from]!.start, toks[to - 1]!.end)
    .replace(/["“”]/g, '')
    .split(/\s+/);
  // The store may join two sentences ("£50m. Chief executive"): the evidence ends with the first.
  const end = words.findIndex((w) => /[.!?]$/.test(w) && !/^(Mr|Mrs|Ms|Dr|St|[A-Z])\.$/.test(w));
  return words
    .slice(0, Math.min(EVIDENCE_WORDS, end >= 0 ? end + 1 : Infinity))
    .join(' ')
    .replace(/[,;:.]$/, '');
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
}
