// Yes/no questions: "has X pleaded guilty?" is answered "No: pleaded not guilty to the charges",
// citing the sentence that settles it. The question becomes a claim (who, what is said of them,
// who is said to say or think it); the passages retrieval found are cut into clauses, and one
// whose subject is the claim's and that holds the claim's words settles it: with the same
// polarity Yes; negated, with an opposite, or with another value where the question names one,
// No. Anything less settles nothing, and the answer says the articles do not say: a cited wrong
// Yes or No is worse than none.
import { stemOf } from '../nlp/annotate.js';
import type { Corpus, Quote, Tok } from '../search/corpus.js';
import type { TextIndex } from '../search/text-index.js';
import { smallAntonyms, type AntonymSource } from './antonyms.js';
import { clausesOf, FRAME_VERBS, type Clause } from './clauses.js';
import { irregularForms } from './irregular.js';
import type { Question } from './question.js';
import type { Citation, QueryOptions, Result } from './result.js';
import { synonymsOf } from './synonyms.js';
import { citation } from './views.js';

/** Share of the claim's weight a clause must hold to say Yes: below it, a missing word may be the point. */
const YES_COVERAGE = 0.8;
/** Share it must hold to say No by a negation or an opposite: the contradiction itself is evidence. */
const NO_COVERAGE = 0.65;
/** Words of the claim a sentence may lack and still settle it No (a paraphrase the lists miss). */
const MISSED_FOR_NO = 1;
/** Weight of a word that says little of the claim ("get", "actually") against a content word. */
const LIGHT_WEIGHT = 0.3;
/** Candidate passages weighed: retrieval's best few; a lower one rarely settles what they did not. */
const CANDIDATES = 5;
/** Longest subject the evidence keeps before its verb. */
const SUBJECT_WORDS = 4;
/** Most words of the passage quoted after "Yes:" or "No:". */
const EVIDENCE_WORDS = 14;

const OPENING_AUX = /^(is|are|was|were|am|do|does|did|can|could|has|have|had|will|would|should|shall|may|might|must)$/i;
const MODALS = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'should', 'shall', 'must']);
/** Modals that only hedge: a passage saying something "could" happen does not say it did. */
const HEDGES = new Set(['may', 'might', 'could', 'would']);
/** Verbs that put what follows them in the future or in someone's wishes: "plans to close". */
const UNREALISED = new Set(['plan', 'want', 'hope', 'aim', 'intend', 'expect', 'threaten', 'propose', 'seek', 'try', 'consider', 'call', 'urge', 'demand', 'ask', 'wish', 'prepare']);
/** Clause openers under which nothing is asserted. */
const CONDITIONALS = new Set(['if', 'unless', 'whether']);
const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'nobody', 'nothing', 'none']);
/** Verbs that negate what follows them: "denied involvement", "refused to pay". */
const NEGATING_VERBS = new Set(['deny', 'refuse', 'fail', 'reject', 'decline']);
/** "not only", "not just": no negation. */
const NOT_NEGATING_NEXT = new Set(['only', 'just', 'merely', 'least']);
const LIGHT = new Set(['be', 'have', 'do', 'get', 'make', 'go', 'take', 'give', 'put', 'come', 'actually', 'really', 'still', 'also', 'ever', 'back', 'end', 'already', 'even']);
/** Words that open a subordinate part of the claim: "do airlines pay | if a flight is cancelled". */
const SUBORDINATORS = new Set(['if', 'when', 'because', 'before', 'after', 'while', 'unless', 'until', 'since', 'though', 'although', 'whether', 'due']);
const FIRST_PERSON = new Set(['i', 'we', 'me', 'us', 'my', 'our']);
const THIRD_PERSON = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them', 'his', 'its', 'their', 'this']);
/**
 * Paraphrases a yes/no claim is often put in, beside the retrieval synonyms: groups of lemmas
 * that may stand for each other when judging a clause.
 */
const PARAPHRASES = [
  'think believe reckon consider feel', 'beat exceed surpass top outperform better', 'shut close scrap abolish end',
  'dad father', 'mum mother mom', 'careful prudent cautious', 'full all-out complete total outright', 'pay compensate compensation refund',
  'unanimous unanimously', 'regain recover', 'prison jail', 'sack fire dismiss', 'quit resign', 'like liken compare', 'ratify formalise formalize',
];

export type Verdict = 'yes' | 'no';

interface ClaimWord { text: string; lemma: string; stems: Set<string>; weight: number; light: boolean; role: 'subject' | 'main' | 'sub'; value: boolean }

interface Claim {
  negated: boolean;
  modal: boolean;
  /** "Was X found guilty?": X may stand after the verb in an active passage. */
  passive: boolean;
  /** Who the question says says or thinks it ("did X say", "does X think"), or null. */
  speaker: ClaimWord[] | null;
  words: ClaimWord[];
}

interface Settled { gid: number; verdict: Verdict; evidence: string }

/** A yes/no question as a claim, or null for other questions and for "A or B?" choices. */
/** Whether a question asks yes or no: it opens with an auxiliary ("has", "does", "was", "can"...). */
export function isPolar(q: Question): boolean {
  const first = openingOf(q.tokens)[0];
  return !!first && OPENING_AUX.test(first.text);
}

/** Words that may come before the auxiliary without changing the question: "so, did they ...". */
const DISCOURSE = /^(so|and|but|ok|okay|well|then|also|now|,)$/i;

function openingOf<T extends { text: string }>(tokens: T[]): T[] {
  let i = 0;
  while (i < tokens.length - 1 && DISCOURSE.test(tokens[i]!.text)) i++;
  return tokens.slice(i);
}

export function claimOf(q: Question, corpus: Corpus, index: TextIndex): Claim | null {
  const toks = openingOf(q.tokens).filter((t) => t.pos !== 'PUNCT' || /^[-%]$/.test(t.text));
  if (!toks.length || !OPENING_AUX.test(toks[0]!.text)) return null;
  if (toks.some((t) => /^(or|whether)$/i.test(t.text))) return null;
  // "Didn't he resign?" asks whether he resigned.
  const rest = toks.slice(toks[1]?.lemma === 'not' ? 2 : 1);
  const modal = MODALS.has(toks[0]!.text.toLowerCase()) || rest.some((t) => MODALS.has(t.text.toLowerCase()));
  let negated = rest.some((t) => t.lemma === 'not' || t.lemma === 'never');
  // "did X say ...", "does X think ...": not "did X agree to ...".
  const frameAt = rest.findIndex((t, i) => i >= 1 && FRAME_VERBS.has(t.lemma) && !rest.slice(0, i).some((x) => x.pos === 'VERB') && !/^(to|ADV)$/.test(rest[i + 1]?.text ?? 'to'));
  const speakerToks = frameAt >= 0 ? rest.slice(0, frameAt) : null;
  // "Did X deny that Y?" asks whether X said Y was not so.
  if (frameAt >= 0 && NEGATING_VERBS.has(rest[frameAt]!.lemma)) negated = !negated;
  let body = frameAt >= 0 ? rest.slice(frameAt + 1) : toks[0]!.lemma === 'do' ? withBareVerb(rest) : rest;
  // "Is it true that X?", "is it the case that X?" ask X.
  const truth = /^it (true|the case|right|correct) that /i.exec(body.map((t) => t.text).join(' ') + ' ');
  if (truth) body = body.slice(truth[0].trim().split(' ').length);
  if (body[0]?.text.toLowerCase() === 'that') body = body.slice(1);
  const word = (t: (typeof toks)[number], role: ClaimWord['role']): ClaimWord | null => {
    if (NEGATORS.has(t.lemma) || t.lemma === 'not' || MODALS.has(t.text.toLowerCase())) return null;
    const number = /\d/.test(t.text);
    if (!number && !isContent(t.lemma, t.pos)) return null;
    const stems = formsOf(t.text, t.lemma, q);
    let rarity = 0;
    for (const st of stems) rarity = Math.max(rarity, index.hasStem(st) ? index.idf(st) : 0);
    if (!rarity) rarity = Math.log(1 + index.size);
    const light = LIGHT.has(t.lemma) || t.pos === 'ADV';
    const name = t.pos === 'PROPN' || q.focus.some((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase().split(/\s+/).includes(t.text.toLowerCase())))
      || q.unknownNames.some((n) => n.toLowerCase().split(' ').includes(t.text.toLowerCase()));
    return { text: t.text, lemma: t.lemma, stems, weight: rarity * (light ? LIGHT_WEIGHT : 1), light, role, value: role !== 'subject' && (number || name) };
  };
  // The subject runs to the first verb, preposition, or a describing word after its noun.
  let subjectEnd = 0;
  let noun = false;
  for (; subjectEnd < body.length; subjectEnd++) {
    const t = body[subjectEnd]!;
    if (/^['’]s$/.test(t.text)) continue;
    // "the Court of Justice", "the President of the Council": one name.
    if (t.text.toLowerCase() === 'of' && noun && /^(NOUN|PROPN|DET)$/.test(body[subjectEnd + 1]?.pos ?? '')) continue;
    if (t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'PART' || t.pos === 'SCONJ') break;
    if ((t.pos === 'ADJ' || t.pos === 'ADV') && noun) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM') noun = true;
  }
  const subAt = body.findIndex((t, i) => i >= subjectEnd && SUBORDINATORS.has(t.text.toLowerCase()));
  const words: ClaimWord[] = [];
  body.forEach((t, i) => {
    const w = word(t, i < subjectEnd ? 'subject' : subAt >= 0 && i > subAt ? 'sub' : 'main');
    if (w) words.push(w);
  });
  const speaker = speakerToks ? speakerToks.map((t) => word(t, 'subject')).filter((w): w is ClaimWord => !!w) : null;
  if (!words.some((w) => w.role !== 'subject')) return null;
  // "was X found", "has X been sacked": the subject is what is done to.
  const after = body.slice(subjectEnd);
  const passive = ((frameAt < 0 && toks[0]!.lemma === 'be') || after.some((t) => t.text.toLowerCase() === 'been' || t.lemma === 'be')) && after.some((t) => t.pos === 'VERB' && t.text.toLowerCase() !== t.lemma && !/ing$/i.test(t.text));
  return { negated, modal, passive, speaker: speaker && speaker.length ? speaker : null, words };
}

type QToken = Question['tokens'][number];

/**
 * "did the delegation visit Bergen?": wink reads the bare verb after "did" and a noun as a noun.
 * The last base-form noun of the opening noun run is taken for the verb, and a plural read as a
 * verb at the start ("did catches of cod fall") for a noun.
 */
function withBareVerb(body: QToken[]): QToken[] {
  const out = body.map((t) => ({ ...t }));
  if (out[0]?.pos === 'VERB' && out[0].text.toLowerCase() !== out[0].lemma && out.length > 1) out[0].pos = 'NOUN';
  if (out.some((t) => t.pos === 'VERB')) return out;
  let verb = -1;
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (t.pos === 'DET' || t.pos === 'ADJ' || /^['’]s$/.test(t.text) || (t.text.toLowerCase() === 'of' && i > 0)) continue;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') break;
    if (i > 0 && t.pos === 'NOUN' && t.text.toLowerCase() === t.lemma && /^(NOUN|PROPN|PART)$/.test(out[i - 1]!.pos)) verb = i;
  }
  if (verb >= 0) out[verb]!.pos = 'VERB';
  return out;
}

function isContent(lemma: string, pos: string): boolean {
  return /[\p{L}\p{N}]/u.test(lemma) && !['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'AUX'].includes(pos)
    && !['i', 'you', 'he', 'she', 'it', 'we', 'they', 'its', 'their', 'his', 'her', 'what', 'who', 'any', 'some', 'there'].includes(lemma);
}

let paraphraseByLemma: Map<string, string[]> | null = null;

function paraphrasesOf(lemma: string): string[] {
  if (!paraphraseByLemma) {
    paraphraseByLemma = new Map();
    for (const g of PARAPHRASES) {
      const ws = g.split(' ');
      for (const w of ws) paraphraseByLemma.set(w, [...(paraphraseByLemma.get(w) ?? []), ...ws.filter((x) => x !== w)]);
    }
  }
  return paraphraseByLemma.get(lemma) ?? [];
}

/** Stems a passage may write a question word with: its forms, synonyms, and the names of its entity. */
function formsOf(text: string, lemma: string, q: Question): Set<string> {
  const out = new Set([stemOf(text), stemOf(lemma)]);
  for (const w of [...irregularForms(lemma), ...synonymsOf(lemma), ...paraphrasesOf(lemma)]) out.add(stemOf(w));
  const lower = text.toLowerCase();
  for (const e of q.focus) {
    const names = [e.name, ...e.aliases];
    if (!names.some((n) => n.toLowerCase().split(/\s+/).includes(lower))) continue;
    for (const n of names) for (const w of n.split(/\s+/)) if (w.length >= 3 && !/^(mr|mrs|ms|dr|sir)\.?$/i.test(w)) out.add(stemOf(w));
  }
  return out;
}

/** A passage token, and the hyphenated word it is part of ("all-out"), whose stem may match too. */
type Word = Tok & { compound?: string };

const matches = (w: ClaimWord, t: Word) => w.stems.has(t.stem) || w.stems.has(stemOf(t.lemma)) || (!!t.compound && w.stems.has(t.compound));

/** The sentence's tokens, each part of a hyphenated word knowing the whole word's stem. */
function wordsOf(toks: Tok[]): Word[] {
  const out: Word[] = toks.map((t) => ({ ...t }));
  for (let i = 1; i + 1 < toks.length; i++) {
    if (toks[i]!.text !== '-' || toks[i - 1]!.end !== toks[i]!.start || toks[i + 1]!.start !== toks[i]!.end) continue;
    const compound = stemOf(`${toks[i - 1]!.text}-${toks[i + 1]!.text}`);
    out[i - 1]!.compound = compound;
    out[i + 1]!.compound = compound;
  }
  return out;
}

/**
 * The answer to a yes/no question: the first of retrieval's passages that settles it, or the
 * articles do not say. `retrieve` gives the ranked passages (passageAnswer's citations).
 */
export function yesNoAnswer(
  corpus: Corpus, index: TextIndex, q: Question, base: Result, options: QueryOptions,
  retrieve: (q: Question) => Result, antonyms: AntonymSource = smallAntonyms,
): Result | null {
  const claim = claimOf(q, corpus, index);
  if (!claim) return null;
  // A name the articles never use may be the value asked about ("was it in Doha?"), never its subject.
  const valueWords = new Set(claim.words.filter((w) => w.value).map((w) => w.text.toLowerCase()));
  if (q.unknownNames.some((n) => !n.toLowerCase().split(' ').every((w) => valueWords.has(w)))) return null;
  if (process.env.YESNO_DEBUG) console.error('CLAIM', JSON.stringify({ ...claim, words: claim.words.map((w) => `${w.role}:${w.text}${w.value ? '*' : ''}:${w.weight.toFixed(1)}`), speaker: claim.speaker?.map((w) => w.text) }));
  const found = retrieve(withParaphrases(q, index));
  const gids = found.citations.slice(0, CANDIDATES).map((c) => gidOf(corpus, c)).filter((g): g is number => g !== undefined);
  void options;
  for (const gid of gids) {
    const s = settle(corpus, claim, gid, antonyms);
    if (!s) continue;
    const first = citation(corpus, gid, 1);
    const rest = found.citations.filter((c) => c.doc !== first.doc || c.start !== first.start);
    const answer = `${s.verdict === 'yes' ? 'Yes' : 'No'}: ${s.evidence}`;
    return { ...base, found: true, answer, citations: [first, ...rest].slice(0, 5), quotes: [], message: undefined };
  }
  const cites = found.citations.slice(0, 3);
  return { ...base, found: false, citations: cites, message: `The articles do not settle “${q.text.slice(0, 120)}”: no passage says yes or no.` };
}

/** Share of a word's weight its paraphrase carries in retrieval: it finds the passage, less surely. */
const PARAPHRASE_SHARE = 0.6;

/** The question with the paraphrases a yes/no claim is put in also searched for ("shut" finds "scrapped"). */
function withParaphrases(q: Question, index: TextIndex): Question {
  const terms = new Map(q.terms);
  const groups = q.groups.map((g) => ({ ...g, stems: new Map(g.stems) }));
  for (const t of q.tokens) {
    const g = groups.find((x) => x.stems.get(t.stem) === 1);
    if (!g) continue;
    for (const p of paraphrasesOf(t.lemma)) {
      const st = stemOf(p);
      if (g.stems.has(st) || !index.hasStem(st)) continue;
      g.stems.set(st, PARAPHRASE_SHARE);
      terms.set(st, Math.max(terms.get(st) ?? 0, PARAPHRASE_SHARE * g.weight));
    }
  }
  return { ...q, terms, groups };
}

function gidOf(corpus: Corpus, c: Citation): number | undefined {
  const [from, to] = corpus.gidRange(c.doc);
  for (let g = from; g < to; g++) if (corpus.sentence(g).s.start === c.start) return g;
  return undefined;
}

/** Whether one sentence settles the claim, and how. */
function settle(corpus: Corpus, claim: Claim, gid: number, antonyms: AntonymSource): Settled | null {
  const toks = wordsOf(corpus.tokens(gid));
  const clauses = clausesOf(toks);
  const quotes = corpus.quotesIn(gid);
  const main = claim.words.filter((w) => w.role === 'main');
  const anchorWords = main.length ? main : claim.words.filter((w) => w.role !== 'subject');
  // The clause holding most of what the question says of its subject.
  let best: Clause | null = null;
  let bestWeight = 0;
  for (const c of clauses) {
    let weight = 0;
    // A verb of saying is the frame, not the claim: "says" does not restate "get a say".
    const said = (t: Tok) => c.frame >= 0 && t === toks[c.frame];
    for (const w of anchorWords) if (inRange(toks, c, (t) => !said(t) && (matches(w, t) || opposite(w, t, antonyms)))) weight += w.weight;
    if (weight > bestWeight) { best = c; bestWeight = weight; }
  }
  if (!best) return null;
  const clause = best;
  const subjectWords = claim.words.filter((w) => w.role === 'subject');
  // "Was X found guilty?" is also answered by "the jury found X innocent": X after the verb.
  const asObject = claim.passive && range(clause.from, clause.to).some((i) => i > (range(clause.from, i).find((j) => toks[j]!.pos === 'VERB') ?? Infinity) && subjectWords.some((w) => matches(w, toks[i]!)));
  const subjectOk = !subjectWords.length || asObject || agrees(corpus, gid, toks, clause.subject, subjectWords, quotes);
  if (process.env.YESNO_DEBUG) console.error('  clause', gid, toks.slice(clause.from, clause.to).map((t) => t.text).join(' '), '| subj', clause.subject.map((i) => toks[i]!.text).join(' '), subjectOk);
  if (!subjectOk) return null;
  // "Did X say", "does X think": X must be the one who says or thinks it.
  const frame = clauses.filter((c) => c.to <= clause.from && c.frame >= 0).pop();
  if (claim.speaker) {
    const quoted = quotes.some((qt) => qt.start <= toks[clause.from]!.start && toks[clause.to - 1]!.end <= qt.end + 1 && speakerAgrees(corpus, qt, claim.speaker!));
    const framed = frame && agrees(corpus, gid, toks, frame.subject, claim.speaker, quotes);
    if (!quoted && !framed) return null;
  }
  // Coverage: each claim word found in the sentence, its subject found through the clause's.
  let got = 0;
  let total = 0;
  let opposed = false;
  const missingValues: ClaimWord[] = [];
  for (const w of claim.words) {
    total += w.weight;
    if (w.role === 'subject') { got += w.weight; continue; }
    if (toks.some((t) => matches(w, t))) { got += w.weight; continue; }
    if (inRange(toks, clause, (t) => opposite(w, t, antonyms))) { got += w.weight; opposed = true; continue; }
    if (w.value) missingValues.push(w);
  }
  const share = total ? got / total : 0;
  if (process.env.YESNO_DEBUG) console.error('  settle', gid, JSON.stringify({ clause: toks.slice(clause.from, clause.to).map((t) => t.text).join(' '), share: share.toFixed(2), opposed, missing: missingValues.map((w) => w.text), unmatched: claim.words.filter((w) => w.role !== 'subject' && !toks.some((t) => matches(w, t))).map((w) => w.text) }));
  const negation = negatedIn(toks, clause, anchorWords, antonyms) !== (frame ? negatedIn(toks, frame, [], antonyms, true) : false);
  // "could happen", "plans to close", "if flights are cancelled": the passage does not say it did.
  const opener = toks[clause.from]!.text.toLowerCase();
  const hedged = CONDITIONALS.has(opener) || (!claim.modal && inRange(toks, clause, (t) => HEDGES.has(t.text.toLowerCase()) || (t.pos === 'VERB' && UNREALISED.has(t.lemma))));
  const evidence = evidenceOf(corpus, gid, toks, frame && negatedIn(toks, frame, [], antonyms, true) ? { ...clause, from: frame.from } : clause);
  // Words of what is said of the subject that the sentence lacks, besides light ones: one may be
  // a paraphrase, two are another statement ("developed it" is not "developed it to sell it").
  const missed = claim.words.filter((w) => w.role !== 'subject' && !w.value && !w.light
    && !toks.some((t) => matches(w, t)) && !inRange(toks, clause, (t) => opposite(w, t, antonyms))).length;
  // The passage itself negating or opposing the claim is the evidence for No; a question that
  // negates ("was it not ...?") is settled only by a passage that says all of it.
  const passageDenies = negation !== opposed;
  if (passageDenies !== claim.negated && (passageDenies ? share >= NO_COVERAGE && missed <= MISSED_FOR_NO : share >= YES_COVERAGE && !missed) && !hedged) {
    return { gid, verdict: 'no', evidence };
  }
  // Another value where the question names one: "was it in Doha?" / "they visited Moscow".
  if (missingValues.length) {
    const otherAt = range(clause.from, clause.to).find((i) => missingValues.some((w) => sameKind(w, toks[i]!)) && !claim.words.some((x) => matches(x, toks[i]!)));
    const other = otherAt !== undefined && missingValues.every((w) => inRange(toks, clause, (t) => sameKind(w, t) && !claim.words.some((x) => matches(x, t))));
    const rest = total ? (got / (total - missingValues.reduce((n, w) => n + w.weight, 0))) : 0;
    if (other && !negation && !hedged && rest >= YES_COVERAGE && !missed) return { gid, verdict: 'no', evidence: evidenceOf(corpus, gid, toks, clause, otherAt) };
    return null;
  }
  if (passageDenies === claim.negated && share >= YES_COVERAGE && !missed && !hedged && !opposed) return { gid, verdict: 'yes', evidence };
  return null;
}

function inRange(toks: Tok[], c: Clause, test: (t: Tok) => boolean): boolean {
  for (let i = c.from; i < c.to; i++) if (test(toks[i]!)) return true;
  return false;
}

function opposite(w: ClaimWord, t: Tok, antonyms: AntonymSource): boolean {
  return antonyms(w.lemma).some((a) => a === t.lemma || stemOf(a) === t.stem);
}

/** A number for a number, a name for a name. */
function sameKind(w: ClaimWord, t: Tok): boolean {
  if (/\d/.test(w.text)) return /\d/.test(t.text);
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
    // A negating verb the question itself asks about ("has he denied the charges?") is its claim.
    if (words.some((w) => matches(w, t))) continue;
    if (frame ? i <= c.frame : words.some((w) => range(i + 1, c.to).some((j) => matches(w, toks[j]!) || opposite(w, toks[j]!, antonyms)))) count++;
  }
  return count % 2 === 1;
}

/** Whether a clause's subject is the claim's: the same words, or a pronoun standing for them. */
function agrees(corpus: Corpus, gid: number, toks: Tok[], subject: number[], words: ClaimWord[], quotes: Quote[]): boolean {
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
    return gid > 0 && corpus.sameParagraph(gid - 1, gid) && corpus.tokens(gid - 1).some((t) => words.some((w) => matches(w, t)));
  }
  return false;
}

function paragraphNames(corpus: Corpus, gid: number, words: ClaimWord[]): boolean {
  for (let g = gid; g >= 0 && corpus.sameParagraph(g, gid); g--) if (corpus.tokens(g).some((t) => words.some((w) => matches(w, t)))) return true;
  for (let g = gid + 1; g < corpus.sentenceCount && corpus.sameParagraph(g, gid); g++) if (corpus.tokens(g).some((t) => words.some((w) => matches(w, t)))) return true;
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
  while (shown > from && /^(PROPN|NUM)$/.test(toks[shown - 1]!.pos)) shown--;
  if (shown > from && toks[shown - 1]!.pos === 'ADP') shown--;
  if (verb !== undefined && verb - from > SUBJECT_WORDS) from = shown >= from ? Math.min(verb, shown) : verb;
  let to = c.to;
  while (to > from + 1 && toks[to - 1]!.pos === 'PUNCT') to--;
  const words = ref.doc.text.slice(toks[from]!.start, toks[to - 1]!.end).replace(/["“”]/g, '').split(/\s+/);
  // The store may join two sentences ("£50m. Chief executive"): the evidence ends with the first.
  const end = words.findIndex((w) => /[.!?]$/.test(w) && !/^(Mr|Mrs|Ms|Dr|St|[A-Z])\.$/.test(w));
  return words.slice(0, Math.min(EVIDENCE_WORDS, end >= 0 ? end + 1 : Infinity)).join(' ').replace(/[,;:.]$/, '');
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a) }, (_, i) => a + i);
}
