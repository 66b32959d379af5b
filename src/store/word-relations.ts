// WordNet reduced, at store build, to the lemmas the articles use: for any word a question may
// use, the article lemmas it may stand for. Answering never reads WordNet itself, so loading
// stays fast and the table holds only words that can lead to an article.
import { STOP_WORDS } from '../nlp/stop-words.js';
import { newsDerivedOf, newsParaphrasesOf } from '../nlp/news-paraphrases.js';
import { WordNet } from '../nlp/wordnet.js';
import type { DocRecord } from './schema.js';
import { columnValues } from './stored-tokens.js';

/**
 * Per word (words[i]), the article lemmas it may stand for, space-joined ('' for none): lemmas
 * sharing a frequent sense, derivationally related ones ("decision" for "decide"), and opposites
 * ("decrease" for "increase"), kept apart because a yes/no question needs them the other way.
 */
export interface WordRelationTable {
  words: string[];
  synonyms: string[];
  derived: string[];
  antonyms: string[];
  /**
   * A name's adjective, or the name an adjective pertains to, that the articles write
   * capitalised: "french" for a question's "France", "france" for its "French".
   */
  names: string[];
  /**
   * The article verbs one step more general (a question's verb is one of their troponyms): "state"
   * for "declare". Apart from synonyms: they say that the deed asked was done, not the reverse.
   */
  broader: string[];
}

const OPEN_CLASSES = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);
const PLAIN_WORD = /^[a-z]+$/;

/** Builds the table over documents' content lemmas, reading WordNet for this build only. */
export function wordRelationTable(docs: readonly DocRecord[]): WordRelationTable {
  const lemmas = new Set<string>();
  for (const d of docs)
    for (const s of d.sentences) {
      const pos = columnValues(s.pos);
      columnValues(s.lemmas).forEach((l, i) => {
        if (OPEN_CLASSES.has(pos[i]!) && PLAIN_WORD.test(l) && !STOP_WORDS.has(l)) lemmas.add(l);
      });
    }
  if (!lemmas.size) return { words: [], synonyms: [], derived: [], antonyms: [], names: [], broader: [] };
  const rows = new Map<string, [Set<string>, Set<string>, Set<string>, Set<string>, Set<string>]>();
  const row = (w: string) => {
    let r = rows.get(w);
    if (!r) {
      r = [new Set(), new Set(), new Set(), new Set(), new Set()];
      rows.set(w, r);
    }
    return r;
  };
  // Nothing of WordNet is kept after the build: a bot that built its store serves without it.
  const wordnet = new WordNet();
  try {
    // WordNet relates an article lemma to other words; a question using one of those may mean it.
    for (const lemma of lemmas) {
      const { synonyms, derived, antonyms, troponyms } = wordnet.relationsOf(lemma);
      for (const w of [...synonyms, ...newsParaphrasesOf(lemma)]) row(w)[0].add(lemma);
      for (const w of troponyms) row(w)[4].add(lemma);
      for (const w of [...derived, ...newsDerivedOf(lemma)]) row(w)[1].add(lemma);
      // A phrasal verb is asked for a noun the article derives from its one-word synonym: "set
      // up" for "the founding", through "found".
      for (const d of derived)
        for (const w of wordnet.relationsOf(d).synonyms) if (w.includes('_')) row(w)[1].add(lemma);
      // Opposites go both ways, though WordNet may link them one way only ("convict" has
      // "clear" among its opposites, but "clear" by its frequent senses has not "convict").
      for (const w of antonyms) {
        row(w)[2].add(lemma);
        if (lemmas.has(w)) row(lemma)[2].add(w);
      }
    }
    const named = capitalisedWords(docs);
    for (const [adjective, name] of wordnet.namePertainyms()) {
      if (adjective === name) continue;
      if (named.has(name)) row(adjective)[3].add(name);
      if (named.has(adjective)) row(name)[3].add(adjective);
    }
  } finally {
    wordnet.close();
  }
  const words = [...rows.keys()].sort();
  const column = (k: 0 | 1 | 2 | 3 | 4) => words.map((w) => [...rows.get(w)![k]].sort().join(' '));
  return {
    words,
    synonyms: column(0),
    derived: column(1),
    antonyms: column(2),
    names: column(3),
    broader: column(4),
  };
}

/** The words the articles write capitalised, lower case: the names and name adjectives they use. */
function capitalisedWords(docs: readonly DocRecord[]): Set<string> {
  const out = new Set<string>();
  for (const d of docs)
    for (const s of d.sentences)
      for (const w of columnValues(s.words)) if (/^\p{Lu}\p{Ll}+$/u.test(w)) out.add(w.toLowerCase());
  return out;
}
