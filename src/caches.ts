// Every cache that outlives one call, in one place: what it holds, how large it may grow, what
// evicts from it, and whether it survives a /reload. No cache changes an answer: each keeps what
// its key would give again (a stem, a decoded record), so emptying one costs only time.
//
// Two lifetimes:
// - Process-wide (module state): memos of functions of one word or name. They hold no article,
//   survive every request, and are emptied by clearCaches(), which opening an engine calls
//   (start-up and /reload, src/app/open.ts): the words of articles no longer served are let go.
// - Per corpus: fields of a Corpus or its TextIndex, or WeakMaps keyed by one (or by a document
//   record it holds). They live as long as the engine holding them: /reload builds a new corpus,
//   and the old one's caches go with it. Nothing to clear.
//
// "Emptied when full": past its size the whole map is cleared, which is cheaper than tracking use;
// the next look-ups fill it again. Sizes count entries.

/** What a cache holds and how it is bounded. */
export interface CacheRule {
  /** The module whose state it is. */
  where: string;
  holds: string;
  /** Entries at most, or null when bounded by the corpus itself (see `eviction`). */
  size: number | null;
  eviction: string;
}

/** Module-level memos: survive requests, emptied by clearCaches() (so at /reload). */
export const PROCESS_CACHES = {
  wordStems: {
    where: 'nlp/wink.ts',
    holds: 'lower-cased word -> Porter stem',
    size: 200_000,
    eviction: 'emptied when full',
  },
  tokenStems: {
    where: 'nlp/annotate.ts',
    holds: 'token as wink gives it -> stem (wink interns its strings: one cheap look-up per token)',
    size: 200_000,
    eviction: 'emptied when full',
  },
  lemmas: {
    where: 'nlp/annotate.ts',
    holds: 'POS tag and token -> lower-cased lemma (never a contraction part)',
    size: 200_000,
    eviction: 'emptied when full',
  },
  nameKeys: {
    where: 'text/name-key.ts',
    holds: 'name as written -> its comparable key',
    size: 100_000,
    eviction: 'emptied when full',
  },
  nounKinds: {
    where: 'extract/noun-kinds.ts',
    holds:
      "the WordNet reader of a store build; a name's last word -> the kind of thing its noun senses name; a word -> whether WordNet has it; a noun -> its senses' lexicographer files",
    size: 50_000,
    eviction: 'emptied when full; the reader closed when emptied',
  },
  wordFeelings: {
    where: 'answer/word-feeling.ts',
    holds: "lower-cased word -> wink's sentiment score",
    size: 10_000,
    eviction: 'emptied when full',
  },
} as const satisfies Record<string, CacheRule>;

/** State of one corpus (one engine): dropped with it when /reload swaps in the new one. */
export const CORPUS_CACHES = {
  /**
   * Enough for every candidate of a few questions at once. More would keep each article through
   * two young collections, which then copy it to the old generation: at 18k articles, 256 made
   * the collections promote a fifth more for no gain in speed.
   */
  documents: {
    where: 'corpus/corpus.ts',
    holds:
      "documents' records (text, paragraphs, sentences) read from the store, with the mentions and facts of the sentences answers looked at; tokens are read per sentence",
    size: 64,
    eviction: 'least recently used (corpus/recently-used.ts)',
  },
  sentenceTokens: {
    where: 'corpus/corpus.ts',
    holds: "a sentence's tokens as stored, and decoded with their offsets (a map each)",
    size: 5000,
    eviction: 'emptied when full',
  },
  sentenceReadings: {
    where: 'corpus/corpus.ts',
    holds: "a sentence's clause frames, roles and acronym definitions, read from its tokens",
    size: 5000,
    eviction: 'emptied when full',
  },
  quotes: {
    where: 'corpus/quotes.ts',
    holds: 'quotes decoded from the quote table',
    size: null,
    eviction: 'none: each quote is decoded once, so at most every quote of the corpus',
  },
  lookups: {
    where: 'corpus/corpus.ts',
    holds: "the WordNet relation table's row per word; the hashed reference of each over-long document id",
    size: null,
    eviction: 'none: built whole at the first look-up',
  },
  entityIds: {
    where: 'corpus/loaded-document.ts',
    holds: "a loaded document's local entity keys -> global ids",
    size: null,
    eviction: 'goes with its document when the documents cache lets it go',
  },
  nameIndexes: {
    where: 'search/names.ts',
    holds: 'the name indexes of every entity and of every speaker',
    size: null,
    eviction: 'none: built once, at warm-up or the first name look-up',
  },
  nameLookups: {
    where: 'search/names.ts',
    holds: 'the entities a partial or misspelt name may mean, by the name, limit and strictness asked',
    size: 10_000,
    eviction: 'emptied when full',
  },
  nameSpellings: {
    where: 'search/name-index.ts',
    holds: "a word's close spellings among the words of the indexed names",
    size: 5000,
    eviction: 'emptied when full',
  },
  spelling: {
    where: 'search/text-index.ts',
    holds: 'the vocabulary and its deletion index for misspelt words',
    size: null,
    eviction: 'none: built whole at the first misspelling',
  },
  corrections: {
    where: 'search/text-index.ts',
    holds: "a misspelt word's likely stems with their weights (TextIndex.correct)",
    size: 20_000,
    eviction: 'emptied when full',
  },
  termStatistics: {
    where: 'search/text-index.ts',
    holds: "each index term's sentence count and largest BM25 part, counted at warm-up or at the term's first use",
    size: null,
    eviction: 'none: two numbers per term of the corpus, in arrays sized at load',
  },
  /**
   * Arrays sized to the corpus's sentences (scores, term masks, the heap), reused by every
   * search so a search allocates nothing per sentence. Kept for speed; safe because a search
   * runs to its end before the next begins (all of it is synchronous).
   */
  searchScratch: {
    where: 'search/text-index.ts',
    holds: 'per-sentence scratch arrays of a search',
    size: null,
    eviction: 'none: one set per index, sized to its sentences',
  },
  paragraphWords: {
    where: 'answer/rank-passages.ts',
    holds: "a paragraph's lower-cased words",
    size: 2000,
    eviction: 'emptied when full',
  },
  paraphrases: {
    where: 'corpus/corpus.ts',
    holds: 'a word -> the article lemmas WordNet gives as its synonyms and derived forms (its relation row, split)',
    size: 20_000,
    eviction: 'emptied when full',
  },
  paraphraseStems: {
    where: 'answer/question-query.ts',
    holds: "a question word's lemma (and verb-particle pair) -> the stems of its WordNet paraphrases the articles use",
    size: 20_000,
    eviction: 'emptied when full',
  },
  lemmaForms: {
    where: 'answer/claim.ts',
    holds: "a yes/no question word's lemma -> the stems of its irregular forms, synonyms and paraphrases",
    size: 20_000,
    eviction: 'emptied when full',
  },
  antonyms: {
    where: 'answer/antonyms.ts',
    holds: "a lemma's opposites from every source (the built-in list and the store's WordNet table)",
    size: 20_000,
    eviction: 'emptied when full',
  },
  normalisedParagraphs: {
    where: 'answer/verify.ts',
    holds: 'paragraphs normalised for matching a claimed quote, by document record',
    size: null,
    eviction: 'goes with its document record (a WeakMap)',
  },
  deedPositions: {
    where: 'answer/answer-span.ts',
    holds: "where a sentence's tokens write the deed the question last asked of them asks, by token list",
    size: null,
    eviction: "goes with the sentence's token list (a WeakMap)",
  },
  articleChoices: {
    where: 'discord/article-option.ts',
    holds: "the article option's ids and fuzzy index, by engine",
    size: null,
    eviction: 'goes with its engine (a WeakMap)',
  },
} as const satisfies Record<string, CacheRule>;

// Not caches, but state that also outlives a call: wink's model (nlp/wink.ts, loaded once, for
// good), the words wink learns while reading (forgotten after each read, nlp/wink.ts isolated()),
// and the edit-distance rows (text/edit-distance.ts, grown to the longest word compared).

export type ProcessCache = keyof typeof PROCESS_CACHES;

const clearers = new Map<ProcessCache, () => void>();

/** Called once by the module owning a process-wide cache, with how to empty it. */
export function onClearCaches(name: ProcessCache, clear: () => void): void {
  clearers.set(name, clear);
}

/** Empties every process-wide cache of the modules loaded so far, and names them. Answers stay the same. */
export function clearCaches(): ProcessCache[] {
  for (const clear of clearers.values()) clear();
  return [...clearers.keys()];
}
