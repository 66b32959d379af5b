// A question as `ask` reads it: the query every command searches with (question-query.ts), and
// what only `ask` needs beyond it, gathered in one reading: the slot asked, the predicate with its
// arguments, constraints and polarity (question-reading.ts), the form's own slots (a title's
// holder, an acronym, a condition, a counted noun), its content lemmas and verbs, whether it is
// about the document itself, and the attribute a passage must name.
import { documentToldOf } from './document-noun.js';
import { askedPropertyAt } from './asked-property.js';
import { isContentTerm } from '../extract/lexicon.js';
import type { Token } from '../nlp/annotate.js';
import type { Corpus } from '../corpus/corpus.js';
import type { TextIndex } from '../search/text-index.js';
import { readForm, type Form } from './question-form.js';
import { isParticiple } from '../extract/amounts.js';
import { queryOf, type QuestionQuery } from './question-query.js';
import { inGivenName, readPredicate, slotOf, type PredicateReading, type Slot } from './question-reading.js';

export interface Reading extends PredicateReading {
  /** The slot the answer fills. */
  slot: Slot;
  /** The noun of the wh-phrase, naming what the answer is: "which minister", "how many councillors", "what country". */
  answerNoun: string | null;
  /** Content lemmas of the question, for matching facts. */
  lemmas: string[];
  /** Main verbs of the question, by lemma. */
  verbs: string[];
  /** "the article", "published": the question is about the document itself. */
  aboutDocument: boolean;
  /** The slot its form asks: a title's holder, an acronym, a condition's outcome, a counted noun. */
  form: Form;
}

export interface Question extends QuestionQuery, Reading {}

const DOCUMENT_WORDS = new Set(['article', 'story', 'report', 'piece', 'publish', 'write', 'post']);

/** What a question may ask of an article itself: "what is the title of the article". */
const OF_A_DOCUMENT = new Set(['title', 'headline', 'date', 'day', 'year', 'time']);

export function readQuestion(raw: string, corpus: Corpus, index: TextIndex): Question {
  const query = queryOf(raw, corpus, index);
  const { tokens, whAt, wh, expects } = query;
  const lemmas = tokens.filter((t, i) => i !== whAt && isContentTerm(t.lemma, t.pos)).map((t) => t.lemma);
  // "When was the article published?", but not "When was “The Long Road Home” written?" nor
  // "when was the study published", a thing the article tells of.
  const aboutDocument =
    lemmas.some((l) => DOCUMENT_WORDS.has(l)) &&
    tokens.every((t) => t.pos !== 'NOUN' || DOCUMENT_WORDS.has(t.lemma) || OF_A_DOCUMENT.has(t.lemma)) &&
    (lemmas.includes('publish') || lemmas.includes('article') || lemmas.includes('write')) &&
    lemmas.length <= 3 &&
    !query.phrases.length &&
    !documentToldOf(tokens, index, DOCUMENT_WORDS);
  const form = readForm(tokens, whAt);
  // The stems that stand for the counted noun ("how many councillors"): the words asked and the
  // names that stand for them, not paraphrases.
  for (const g of query.groups)
    if (form.counted && tokens[g.at!]!.lemma.toLowerCase() === form.counted)
      form.countedStems = [...g.stems.keys()].filter((st) => g.stems.get(st)! >= 0.8);
  const attributeAt = wh === 'what' ? attributeOf(tokens, whAt) : -1;
  // An attribute a passage shows by its shape, not its name, is no word the passage must write.
  const essentialAt = SHOWN_ATTRIBUTES.has(tokens[attributeAt]?.lemma.toLowerCase() ?? '') ? -1 : attributeAt;
  const propertyAt = askedPropertyAt(tokens, expects);
  const groups = query.groups.map((g) => ({ ...g, essential: g.at === essentialAt || g.at === propertyAt }));
  const { end, noun } = whPhrase(tokens, whAt);
  const answerNoun = (form.role && !form.role.copular ? form.role.noun : null) ?? form.counted ?? noun;
  const relationAt = form.role?.copular
    ? tokens.findIndex((t, i) => i > whAt && t.pos === 'NOUN' && t.lemma.toLowerCase() === form.role!.noun)
    : attributeAt >= 0
      ? attributeAt
      : possessedAt(tokens, whAt);
  const reading = readPredicate(
    tokens,
    { from: Math.max(0, whAt), to: end },
    relationAt,
    wh === 'yesno',
    query.focus,
    form,
    (word) => index.hasWord(word),
  );
  // A passive's participle wink read as an adjective ("was the plan contested") is the verb for
  // every reader of the question; and a word it read as a verb after the predicate, in a name the
  // question gives ("works" of "when did they buy ostrander works"), is that name, no deed.
  const p = reading.predicate;
  const inName = inGivenName(
    tokens.map((t) => t.text.toLowerCase()),
    query.focus,
  );
  const mended = tokens.map((t, k) =>
    p?.kind === 'verb' && p.passive && k === p.at && t.pos === 'ADJ'
      ? { ...t, pos: 'VERB', lemma: p.lemma }
      : p && k > p.at && t.pos === 'VERB' && inName(k)
        ? { ...t, pos: 'PROPN', lemma: t.text }
        : t,
  );
  return {
    ...query,
    tokens: mended,
    groups,
    slot: slotOf(wh, expects, form, answerNoun, tokens),
    answerNoun,
    ...reading,
    lemmas,
    verbs: mended.filter((t) => t.pos === 'VERB').map((t) => t.lemma),
    aboutDocument,
    form,
  };
}

/** Words after "how" that ask a measure. */
const MEASURES = /^(many|much|long|old|far|big|large|often|tall|high|small|low|great|soon)$/;

/**
 * Where the wh-phrase ends ("who", "how many councillors", "which minister", "what kind of
 * deal") and the noun it names the answer by, if any.
 */
function whPhrase(tokens: Token[], whAt: number): { end: number; noun: string | null } {
  if (whAt < 0) return { end: 0, noun: null };
  const lower = tokens.map((t) => t.text.toLowerCase());
  let end = whAt + 1;
  let noun: string | null = null;
  if (lower[whAt] === 'how' && MEASURES.test(lower[end] ?? '')) {
    const many = lower[end] === 'many';
    end++;
    if (/^(a|an)$/.test(lower[end] ?? '')) end++;
    // "how many nurses work": the first plural ends the phrase, though wink may read "work" as a noun.
    while (
      end < tokens.length &&
      (/^(ADJ|NOUN)$/.test(tokens[end]!.pos) || isParticiple(tokens[end], tokens[end + 1]))
    ) {
      const t = tokens[end++]!;
      if (t.pos === 'NOUN') noun = t.lemma.toLowerCase();
      if (many && t.pos === 'NOUN' && t.text.toLowerCase() !== t.lemma) break;
    }
  } else if (/^(what|which|whose)$/.test(lower[whAt]!)) {
    // "what country", "which minister", "what kind of deal": the noun names what the answer is.
    while (
      end < tokens.length &&
      (/^(ADJ|NOUN)$/.test(tokens[end]!.pos) || (lower[end] === 'of' && tokens[end + 1]?.pos === 'NOUN'))
    ) {
      if (tokens[end]!.pos === 'NOUN' && (noun === null || KIND_NOUNS.has(noun)))
        noun = tokens[end]!.lemma.toLowerCase();
      end++;
    }
  }
  return { end, noun };
}

/** "What is Ada Finch's role?", "who is the council's leader": the noun after the owner, or -1. */
function possessedAt(tokens: Token[], whAt: number): number {
  let last = tokens.length - 1;
  while (last > 0 && tokens[last]!.pos === 'PUNCT') last--;
  const t = tokens[last];
  return whAt >= 0 &&
    tokens[whAt + 1]?.lemma === 'be' &&
    t?.pos === 'NOUN' &&
    t.text === t.text.toLowerCase() &&
    /^['’]s$/.test(tokens[last - 1]?.text ?? '')
    ? last
    : -1;
}

/** Nouns that ask for something of a kind, not for an attribute the passage must name: "what is an example of". */
const KIND_NOUNS = new Set(['name', 'kind', 'type', 'sort', 'example', 'instance', 'word', 'term', 'part', 'one']);

/**
 * Attributes a passage gives without naming them: "the aim of the levy" is answered by "the levy
 * was raised to fund ...", "its outcome" by "..., successfully stopping it", "the ratio of X to Y"
 * by "a third as many". A passage naming "capital" or "size" names what it gives; these it seldom does.
 */
const SHOWN_ATTRIBUTES = new Set([
  'goal',
  'aim',
  'objective',
  'purpose',
  'outcome',
  'result',
  'proportion',
  'ratio',
  'trait',
  'characteristic',
  'feature',
  'nature',
]);

/** Prepositions after which the question names what an attribute is of: "the capital of X", "the charges against X". */
const ATTRIBUTE_PREPOSITIONS = new Set(['of', 'against']);

/** "What is the capital of France?": the token of the attribute asked for, or -1. */
function attributeOf(tokens: Token[], whAt: number): number {
  const rest = tokens.slice(whAt + 1).filter((t) => t.pos !== 'DET');
  return rest[0]?.lemma === 'be' &&
    ATTRIBUTE_PREPOSITIONS.has(rest[2]?.lemma ?? '') &&
    rest[1]!.pos === 'NOUN' &&
    !KIND_NOUNS.has(rest[1]!.lemma)
    ? tokens.indexOf(rest[1]!)
    : -1;
}
