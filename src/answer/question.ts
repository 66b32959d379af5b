// A question as `ask` reads it: the query every command searches with (question-query.ts), and
// what only `ask` needs beyond it: the slot its form asks, its content lemmas and verbs, whether
// it is about the document itself, and the attribute a passage must name.
import { isContentTerm } from '../extract/lexicon.js';
import type { Token } from '../nlp/annotate.js';
import type { Corpus } from '../corpus/corpus.js';
import type { TextIndex } from '../search/text-index.js';
import { readForm, type Form } from './question-form.js';
import { queryOf, type QuestionQuery } from './question-query.js';

export interface Question extends QuestionQuery {
  /** Content lemmas of the question, for matching facts. */
  lemmas: string[];
  /** Main verbs of the question, by lemma. */
  verbs: string[];
  /** "the article", "published": the question is about the document itself. */
  aboutDocument: boolean;
  /** The slot its form asks: a title's holder, an acronym, a condition's outcome, a counted noun. */
  form: Form;
}

const DOCUMENT_WORDS = new Set(['article', 'story', 'report', 'piece', 'publish', 'write', 'post']);

export function readQuestion(raw: string, corpus: Corpus, index: TextIndex): Question {
  const query = queryOf(raw, corpus, index);
  const { tokens, whAt, wh } = query;
  const verbs = tokens.filter((t) => t.pos === 'VERB').map((t) => t.lemma);
  const lemmas = tokens.filter((t, i) => i !== whAt && isContentTerm(t.lemma, t.pos)).map((t) => t.lemma);
  // "When was the article published?", but not "When was “The Long Road Home” written?".
  const aboutDocument =
    lemmas.some((l) => DOCUMENT_WORDS.has(l)) &&
    (lemmas.includes('publish') || lemmas.includes('article') || lemmas.includes('write')) &&
    lemmas.length <= 3 &&
    !query.phrases.length;
  const form = readForm(tokens, whAt);
  // The stems that stand for the counted noun ("how many councillors"): the words asked and the
  // names that stand for them, not paraphrases.
  for (const g of query.groups)
    if (form.counted && tokens[g.at!]!.lemma.toLowerCase() === form.counted)
      form.countedStems = [...g.stems.keys()].filter((st) => g.stems.get(st)! >= 0.8);
  const attributeAt = wh === 'what' ? attributeOf(tokens, whAt) : -1;
  const groups = query.groups.map((g) => ({ ...g, essential: g.at === attributeAt }));
  return { ...query, groups, lemmas, verbs, aboutDocument, form };
}

/** Nouns that ask for something of a kind, not for an attribute the passage must name: "what is an example of". */
const KIND_NOUNS = new Set(['name', 'kind', 'type', 'sort', 'example', 'instance', 'word', 'term', 'part', 'one']);

/** "What is the capital of France?": the token of the attribute asked for, or -1. */
function attributeOf(tokens: Token[], whAt: number): number {
  const rest = tokens.slice(whAt + 1).filter((t) => t.pos !== 'DET');
  return rest[0]?.lemma === 'be' &&
    rest[2]?.lemma === 'of' &&
    rest[1]!.pos === 'NOUN' &&
    !KIND_NOUNS.has(rest[1]!.lemma)
    ? tokens.indexOf(rest[1]!)
    : -1;
}
