// One shared wink-nlp instance: loading the model costs ~0.2 s, so it is loaded once and only
// when a document or question is first analysed.
import winkNLP from 'wink-nlp';
import { onClearCaches, PROCESS_CACHES } from '../caches.js';
import { porterStem, readCoreModel, winkModel, type CoreModel } from './wink-model.js';

type Wink = ReturnType<typeof winkNLP>;
let instance: Wink | null = null;
let core: CoreModel | null = null;

export function nlp(): Wink {
  // Only what citebot reads: sentences, POS and wink's own entities (dates, numbers). The core
  // model is caught as wink loads it, so that forgetting learnt words (isolated) can reach it.
  instance ??= winkNLP({ ...winkModel(), core: () => (core = readCoreModel()) }, ['sbd', 'pos', 'ner']);
  return instance;
}

/**
 * Runs `read` so that the words wink learns meanwhile are forgotten afterwards. wink adds every
 * word it does not know to its lexicon, and once a word is known it tokenises later text
 * differently ("U.S.-based" first gives "U.S.", after which "U.S.," is split at the known word):
 * without this, a document's tokens would depend on which documents the same thread read before.
 */
export function isolated<T>(read: () => T): T {
  nlp();
  const c = core!;
  // The lexeme list stays as it is, only its lookup forgets: wink keeps each lexeme's properties
  // in a private array that only grows, by position in that list. The other features (prefix,
  // suffix, shape) are numbered within a few bits, so they are cut back to where they were.
  const lexeme = c.features.lexeme;
  const indexed = c.packing.efList.filter((f) => c.packing.layout[f]![3] === 0).map((f) => c.features[f]!);
  const lexemes = lexeme.list.length;
  const sizes = indexed.map((f) => f.list.length);
  try {
    return read();
  } finally {
    for (let i = lexemes; i < lexeme.list.length; i++) delete lexeme.hash[lexeme.list[i]!];
    indexed.forEach((f, k) => {
      for (let i = sizes[k]!; i < f.list.length; i++) delete f.hash[f.list[i]!];
      f.list.length = sizes[k]!;
      f.index = sizes[k]!;
    });
  }
}

const stems = new Map<string, string>();
const STEMS_MAX = PROCESS_CACHES.wordStems.size;
onClearCaches('wordStems', () => stems.clear());

/** Porter stem of a lower-cased word, from the model's own stemmer, cached: words repeat. */
export function stemWord(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    // A number is its own stem: the stemmer would make "3.63" "y.6i" and "374" "y74".
    s = /\d/.test(word) ? word : String(porterStem(word)).toLowerCase();
    if (stems.size > STEMS_MAX) stems.clear();
    stems.set(word, s);
  }
  return s;
}
