// A yes/no question read as a claim: who it is about, what it says of them, who is asked to
// have said or thought it ("did X say", "does X think"), and whether it is negated. No parser:
// the auxiliary opens it, a verb of saying splits off its speaker, and the subject runs to the
// first verb or preposition.
import { stemOf } from '../nlp/annotate.js';
import type { TextIndex } from '../search/text-index.js';
import { FRAME_VERBS, saysAClause } from './clauses.js';
import { withClaimPhrases } from './idioms.js';
import { irregularForms } from './irregular.js';
import { CORPUS_CACHES } from '../caches.js';
import type { Question } from './question.js';
import type { Corpus } from '../corpus/corpus.js';
import { groupLookup } from '../nlp/word-groups.js';
import { properNameWords } from '../text/words.js';
import { nameKey } from '../text/name-key.js';
import { ALL_PERSONS, pronouns } from '../text/function-words.js';

/** Weight of a word that says little of the claim ("get", "actually") against a content word. */
const LIGHT_WEIGHT = 0.3;

/** The auxiliaries a yes/no question opens with. */
const OPENING_AUX = /^(is|are|was|were|am|do|does|did|can|could|has|have|had|will|would|should|shall|may|might|must)$/i;
export const MODALS = new Set(['can', 'could', 'will', 'would', 'may', 'might', 'should', 'shall', 'must']);
/** Words that negate what follows them in their clause. */
export const NEGATORS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'neither',
  'nor',
  'without',
  'nobody',
  'nothing',
  'none',
]);
/** Verbs that negate what follows them: "denied involvement", "refused to pay". */
export const NEGATING_VERBS = new Set(['deny', 'refuse', 'fail', 'reject', 'decline']);
/** Words that say little of a claim: a passage may leave them out ("get its momentum back" / "regain momentum"). */
const LIGHT = new Set([
  'be',
  'have',
  'do',
  'get',
  'make',
  'go',
  'take',
  'give',
  'put',
  'come',
  'actually',
  'really',
  'still',
  'also',
  'ever',
  'back',
  'end',
  'already',
  'even',
]);
/** Words that open a subordinate part of the claim: "do airlines pay | if a flight is cancelled". */
const SUBORDINATORS = new Set([
  'if',
  'when',
  'because',
  'before',
  'after',
  'while',
  'unless',
  'until',
  'since',
  'though',
  'although',
  'whether',
  'due',
]);
/**
 * Paraphrases a yes/no claim is often put in, beside the retrieval synonyms: groups of lemmas
 * that may stand for each other when judging a clause.
 */
const PARAPHRASES = [
  'think believe reckon consider feel',
  'beat exceed surpass top outperform better',
  'shut close scrap abolish end',
  'dad father',
  'mum mother mom',
  'careful prudent cautious',
  'full all-out complete total outright',
  'pay compensate compensation refund',
  'regain recover',
  'prison jail',
  'sack dismiss',
  'quit resign',
  'ratify formalise formalize',
];

export interface ClaimWord {
  text: string;
  lemma: string;
  stems: Set<string>;
  weight: number;
  light: boolean;
  role: 'subject' | 'main' | 'sub';
  /** A number or a name the question asks about: another of its kind in the passage answers No. */
  value: boolean;
  number: boolean;
  /** An adjective asked of the subject ("is the bridge safe?"), which a passage must say of it too. */
  predicative: boolean;
  /**
   * The noun this one narrows in a compound ("pension" in "any pension changes", "freedom" in
   * "freedom of information laws"): a passage may write the head alone where its paragraph
   * already says which ("any changes").
   */
  head?: ClaimWord;
}

export interface Claim {
  negated: boolean;
  modal: boolean;
  /** "Was X found guilty?": X may stand after the verb in an active passage. */
  passive: boolean;
  /** Who the question says says or thinks it ("did X say", "does X think"), or null. */
  speaker: ClaimWord[] | null;
  words: ClaimWord[];
  /**
   * The common noun heading a subject of several words ("meetings" of "the Moscow meetings",
   * "catches" of "catches of cod"): a passage's subject naming only the others is another
   * thing ("Moscow's efforts"). Null when the subject is a name or one word.
   */
  subjectHead: ClaimWord | null;
  /** The words of an active claim's object, which closes the question; empty when it has none. */
  object: ClaimWord[];
  /** The lemmas of every word the question writes but its nouns: its verbs and prepositions ("against", "end"). */
  deedLemmas: Set<string>;
}

/** Whether a question asks yes or no: it opens with an auxiliary ("has", "does", "was", "can"...). */
export function isPolar(q: Question): boolean {
  const toks = openingOf(q.tokens);
  const first = toks[0];
  // "Can you tell me who led it?", "do you know when ...": a question for a name or a date.
  const indirect =
    toks[1]?.text.toLowerCase() === 'you' &&
    toks.some((t) => /^(who|whom|whose|what|when|where|why|how|which)$/i.test(t.text));
  return !!first && OPENING_AUX.test(first.text) && !indirect;
}

/** Words that may come before the auxiliary without changing the question: "so, did they ...". */
const DISCOURSE = /^(so|and|but|ok|okay|well|then|also|now|,)$/i;

function openingOf<T extends { text: string }>(tokens: T[]): T[] {
  let i = 0;
  while (i < tokens.length - 1 && DISCOURSE.test(tokens[i]!.text)) i++;
  return tokens.slice(i);
}

/** A yes/no question as a claim, or null for other questions and for "A or B?" choices. */
export function claimOf(q: Question, corpus: Corpus, index: TextIndex): Claim | null {
  const toks = withClaimPhrases(openingOf(q.tokens).filter((t) => t.pos !== 'PUNCT' || /^[-%]$/.test(t.text)));
  if (!toks.length || !OPENING_AUX.test(toks[0]!.text)) return null;
  if (toks.some((t) => /^(or|whether)$/i.test(t.text))) return null;
  // "Didn't he resign?" asks whether he resigned.
  const rest = toks.slice(toks[1]?.lemma === 'not' ? 2 : 1);
  const modal = MODALS.has(toks[0]!.text.toLowerCase()) || rest.some((t) => MODALS.has(t.text.toLowerCase()));
  let negated = rest.some((t) => t.lemma === 'not' || t.lemma === 'never');
  // "did X say ...", "does X think ...": not "did X claim to be ...", not with nothing after, and
  // not with a plain object ("did X deny the fraud" claims a denial, not what was denied).
  const frameAt = rest.findIndex(
    (t, i) =>
      i >= 1 &&
      FRAME_VERBS.has(t.lemma) &&
      !rest.slice(0, i).some((x) => x.pos === 'VERB') &&
      !!rest[i + 1] &&
      rest[i + 1]!.text !== 'to' &&
      (rest[i + 1]!.lemma === 'that' ||
        saysAClause(
          rest,
          rest.map((x) => x.text.toLowerCase()),
          i + 1,
        )),
  );
  const speakerToks = frameAt >= 0 ? rest.slice(0, frameAt) : null;
  // "Did X deny that Y?" asks whether X said Y was not so.
  if (frameAt >= 0 && NEGATING_VERBS.has(rest[frameAt]!.lemma)) negated = !negated;
  let body =
    frameAt >= 0
      ? rest.slice(frameAt + 1)
      : toks[0]!.lemma === 'do'
        ? withBareVerb(rest, (t) => namesFocus(q, t.text))
        : rest;
  // "Is it true that X?", "is it the case that X?" ask X.
  const truth = /^it (true|the case|right|correct) that /i.exec(body.map((t) => t.text).join(' ') + ' ');
  if (truth) body = body.slice(truth[0].trim().split(' ').length);
  if (body[0]?.text.toLowerCase() === 'that') body = body.slice(1);
  const word = (t: (typeof toks)[number], role: ClaimWord['role'], next?: (typeof toks)[number]): ClaimWord | null => {
    if (NEGATORS.has(t.lemma) || t.lemma === 'not' || MODALS.has(t.text.toLowerCase())) return null;
    const number = /\d/.test(t.text) || (t.pos === 'NUM' && !/^(one|ones)$/i.test(t.text));
    if (!number && !isContent(t.lemma, t.pos)) return null;
    const stems = formsOf(t.text, t.lemma, q, corpus);
    let rarity = 0;
    for (const st of stems) rarity = Math.max(rarity, index.hasStem(st) ? index.idf(st) : 0);
    if (!rarity) rarity = Math.log(1 + index.size);
    const light = LIGHT.has(t.lemma) || t.pos === 'ADV';
    const name =
      t.pos === 'PROPN' ||
      namesFocus(q, t.text) ||
      q.unknownNames.some((n) => n.toLowerCase().split(' ').includes(t.text.toLowerCase()));
    return {
      text: t.text,
      lemma: t.lemma,
      stems,
      weight: rarity * (light ? LIGHT_WEIGHT : 1),
      light,
      role,
      value: role !== 'subject' && (number || name),
      number,
      predicative:
        role === 'main' &&
        toks[0]!.lemma === 'be' &&
        /^(ADJ|PROPN)$/.test(t.pos) &&
        !/^(NOUN|PROPN)$/.test(next?.pos ?? ''),
    };
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
    // "Is X the head of ...": a describing word or a new determiner after the noun ends the subject.
    if ((t.pos === 'ADJ' || t.pos === 'ADV' || t.pos === 'DET') && noun) break;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON' || t.pos === 'NUM') noun = true;
  }
  // "Is Lund Danish?": capitalised, the adjective runs on from the name; a person's name the
  // articles know ends the subject, unless the two words are one name they know.
  if (toks[0]!.lemma === 'be' && subjectEnd === body.length && body.length > 1) {
    const [before, last] = [body[body.length - 2]!.text, body[body.length - 1]!.text];
    const oneName = q.focus.some((e) => [before, last].every((w) => properNameWords(e).includes(w.toLowerCase())));
    if (body.at(-1)!.pos === 'PROPN' && !oneName && corpus.peopleByNameWord.has(nameKey(before)))
      subjectEnd = body.length - 1;
  }
  const subAt = body.findIndex((t, i) => i >= subjectEnd && SUBORDINATORS.has(t.text.toLowerCase()));
  const words: ClaimWord[] = [];
  const byToken = body.map((t, i) => {
    const w = word(t, i < subjectEnd ? 'subject' : subAt >= 0 && i > subAt ? 'sub' : 'main', body[i + 1]);
    if (w) words.push(w);
    return w;
  });
  markCompounds(body, byToken, q.text);
  const subjectHead = headOfSubject(body.slice(0, subjectEnd), byToken, q);
  const speaker = speakerToks ? speakerToks.map((t) => word(t, 'subject')).filter((w): w is ClaimWord => !!w) : null;
  if (!words.some((w) => w.role !== 'subject')) return null;
  // "was X found", "has X been sacked": the subject is what is done to.
  const after = body.slice(subjectEnd);
  const passive =
    ((frameAt < 0 && toks[0]!.lemma === 'be') ||
      after.some((t) => t.text.toLowerCase() === 'been' || t.lemma === 'be')) &&
    after.some((t) => t.pos === 'VERB' && t.text.toLowerCase() !== t.lemma && !/ing$/i.test(t.text));
  // "did councillors back the plan": the object, the noun phrase right after the verb, for a
  // passive passage that names it first ("the plan was backed by councillors").
  // wink may read a bare verb after the subject as an adverb ("did councillors back the plan").
  const verbAt = after[0]?.pos === 'ADV' ? 0 : after.findIndex((t) => t.pos === 'VERB');
  let objectEnd = verbAt + 1;
  while (verbAt >= 0 && objectEnd < after.length && /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(after[objectEnd]!.pos))
    objectEnd++;
  const object = after
    .slice(verbAt + 1, objectEnd)
    .map((t) => byToken[body.indexOf(t)])
    .filter((w): w is ClaimWord => !!w);
  // "Was X the head of the delegation?": what the title is of, for a passive passage that names
  // it first ("the delegation was headed by X").
  const ofAt = after.findIndex((t, i) => t.text.toLowerCase() === 'of' && after[i - 1]?.pos === 'NOUN');
  const titleOf =
    toks[0]!.lemma === 'be' && verbAt < 0 && ofAt > 0
      ? after
          .slice(ofAt + 1)
          .map((t) => byToken[body.indexOf(t)])
          .filter((w): w is ClaimWord => !!w)
      : [];
  return {
    negated,
    modal,
    passive,
    speaker: speaker?.length ? speaker : null,
    words,
    subjectHead,
    object: !passive && verbAt >= 0 && objectEnd === after.length ? object : titleOf,
    deedLemmas: new Set(toks.filter((t) => !/^(NOUN|PROPN)$/.test(t.pos)).map((t) => t.lemma.toLowerCase())),
  };
}

/**
 * The claim as its passive says it: "did councillors back the plan" as "was the plan backed by
 * councillors", the object its subject and the doer among what is said of it; null when the
 * claim has no object that ends it.
 */
export function asPassive(claim: Claim): Claim | null {
  if (!claim.object.length || !claim.words.some((w) => w.role === 'subject')) return null;
  const object = new Set(claim.object);
  return {
    ...claim,
    passive: true,
    object: [],
    subjectHead: null,
    words: claim.words.map((w) => ({
      ...w,
      role: object.has(w) ? 'subject' : w.role === 'subject' ? 'main' : w.role,
      value: object.has(w) ? false : w.value,
    })),
  };
}

type QToken = Question['tokens'][number];

/** The last common noun of the subject before any "of", when the subject has other words too. */
function headOfSubject(subject: QToken[], words: (ClaimWord | null)[], q: Question): ClaimWord | null {
  const ofAt = subject.findIndex((t) => t.text.toLowerCase() === 'of');
  const end = ofAt >= 0 ? ofAt : subject.length;
  let head = -1;
  for (let i = 0; i < end; i++)
    if (subject[i]!.pos === 'NOUN' && words[i] && !words[i]!.number && !namesFocus(q, subject[i]!.text)) head = i;
  const others = words.slice(0, subject.length).filter((w, i) => w && i !== head).length;
  return head >= 0 && others > 0 ? words[head]! : null;
}

/** Whether a word of the question is a word of the name of an entity it names. */
const namesFocus = (q: Question, word: string) => q.focus.some((e) => properNameWords(e).includes(word.toLowerCase()));

/**
 * Links each common noun that narrows a later noun of its compound to that noun: "pension
 * changes", "freedom of information laws". Not a possessive ("employers' pockets": whose
 * pockets is the point), not a name or a number (those are values).
 */
function markCompounds(body: QToken[], words: (ClaimWord | null)[], text: string): void {
  for (let i = 0; i < body.length; i++) {
    const w = words[i];
    if (!w || w.value || body[i]!.pos !== 'NOUN') continue;
    let head = -1;
    for (let j = i + 1; j < body.length; j++) {
      // Only spaces between the words: an apostrophe or a comma ends the compound.
      if (/\S/.test(text.slice(body[j - 1]!.end, body[j]!.start))) break;
      if (body[j]!.pos === 'NOUN') {
        // "freedom of information" is freedom: a noun after "of" heads nothing.
        if (body[j - 1]!.pos === 'NOUN') head = j;
      } else if (body[j]!.text.toLowerCase() !== 'of') break;
    }
    const h = head >= 0 ? words[head] : null;
    if (h?.role === w.role) w.head = h;
  }
}

/**
 * "did the delegation visit Bergen?": wink reads the bare verb after "did" and a noun as a noun.
 * The last base-form noun of the opening noun run is taken for the verb, and a plural read as a
 * verb at the start ("did catches of cod fall") for a noun. A name typed in lower case ("did the
 * delegation visit bergen") is no verb.
 */
function withBareVerb(body: QToken[], isName: (t: QToken) => boolean): QToken[] {
  const out = body.map((t) => ({ ...t }));
  if (out[0]?.pos === 'VERB' && out[0].text.toLowerCase() !== out[0].lemma && out.length > 1) out[0].pos = 'NOUN';
  if (out.some((t) => t.pos === 'VERB')) return out;
  let verb = -1;
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    if (t.pos === 'DET' || t.pos === 'ADJ' || /^['’]s$/.test(t.text) || (t.text.toLowerCase() === 'of' && i > 0))
      continue;
    if (t.pos !== 'NOUN' && t.pos !== 'PROPN') break;
    if (
      i > 0 &&
      t.pos === 'NOUN' &&
      t.text.toLowerCase() === t.lemma &&
      /^(NOUN|PROPN|PART)$/.test(out[i - 1]!.pos) &&
      !isName(t)
    ) {
      verb = i;
      // "did the shipping council support a pay review": a new determiner opens the verb's object.
      if (out[i + 1]?.pos === 'DET') break;
    }
  }
  if (verb >= 0) out[verb]!.pos = 'VERB';
  return out;
}

/** Words that stand for something named elsewhere, so say nothing a claim could be checked on. */
const STAND_INS = new Set([
  ...pronouns(ALL_PERSONS, ['subject']),
  ...pronouns(['it', 'they', 'he', 'she'], ['possessive']),
  'what',
  'who',
  'any',
  'some',
  'there',
]);

function isContent(lemma: string, pos: string): boolean {
  return (
    /[\p{L}\p{N}]/u.test(lemma) &&
    !['DET', 'ADP', 'CCONJ', 'SCONJ', 'PART', 'PUNCT', 'AUX'].includes(pos) &&
    !STAND_INS.has(lemma)
  );
}

/** Paraphrases of a word, found by its stem: wink leaves rarer words unlemmatised ("formalized"). */
export const paraphrasesOf = groupLookup(PARAPHRASES, stemOf);

const lemmaFormCaches = new WeakMap<Corpus, Map<string, readonly string[]>>();

/**
 * The stems of a lemma's irregular forms, WordNet synonyms and listed paraphrases, in that order.
 * Cached per corpus (src/caches.ts, CORPUS_CACHES.lemmaForms): a common word has dozens to stem.
 */
function lemmaForms(lemma: string, corpus: Corpus): readonly string[] {
  let cache = lemmaFormCaches.get(corpus);
  if (!cache) {
    cache = new Map();
    lemmaFormCaches.set(corpus, cache);
  }
  let out = cache.get(lemma);
  if (out) return out;
  out = [...irregularForms(lemma), ...corpus.paraphrasesOf(lemma).synonyms, ...paraphrasesOf(lemma)].map(stemOf);
  if (cache.size > CORPUS_CACHES.lemmaForms.size) cache.clear();
  cache.set(lemma, out);
  return out;
}

/** Stems a passage may write a question word with: its forms, synonyms, and the names of its entity. */
function formsOf(text: string, lemma: string, q: Question, corpus: Corpus): Set<string> {
  // "e-mail" is also written "email".
  const out = new Set([stemOf(text), stemOf(lemma), stemOf(text.replace(/-/g, ''))]);
  for (const st of lemmaForms(lemma, corpus)) out.add(st);
  for (const w of paraphrasesOf(text)) out.add(stemOf(w));
  const lower = text.toLowerCase();
  for (const e of q.focus) {
    // Only a word of the name itself brings the others: "leader" of "Norland leader Marrick" is
    // no name of his, though "the leader" may stand for him.
    if (!properNameWords(e).includes(lower)) continue;
    for (const n of [e.name, ...e.aliases])
      for (const w of n.split(/\s+/)) if (w.length >= 3 && !/^(mr|mrs|ms|dr|sir)\.?$/i.test(w)) out.add(stemOf(w));
  }
  return out;
}
