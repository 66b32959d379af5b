// What WordNet says a name's words are, for telling a person's name from the name of a place, a
// body or a thing written in capitals ("Upper Moravia", "the Carrow Audit", "the Kessler
// Review"). Read while building the store only; emptying the caches closes the reader.
import { onClearCaches, PROCESS_CACHES } from '../caches.js';
import { WordNet } from '../nlp/wordnet.js';
import type { EntityType } from './mentions.js';

/** WordNet's lexicographer files of nouns (lexnames): a person, a group. */
const PERSON_FILE = 18;
const GROUP_FILE = 14;

let wordnet: WordNet | null = null;
const kinds = new Map<string, EntityType | null>();
const known = new Map<string, boolean>();
/** Each noun's senses' files: a title or first word is looked up once per build, not once per name. */
const files = new Map<string, number[]>();
onClearCaches('nounKinds', () => {
  kinds.clear();
  known.clear();
  files.clear();
  wordnet?.close();
  wordnet = null;
});

function reader(): WordNet {
  if (kinds.size + known.size + files.size >= PROCESS_CACHES.nounKinds.size) {
    kinds.clear();
    known.clear();
    files.clear();
  }
  wordnet ??= new WordNet();
  return wordnet;
}

/**
 * What a name ending in this noun (lower case) names when no sense of the noun is a person: an
 * organisation (its first sense a group: "choir", "house"), or another thing ("paper", "inquiry",
 * "left": a place by its first sense may be a side, "the Rural Left"); null for a noun that may name a person (WordNet holds
 * surnames as persons: "Park", "Hill", "Bell") or a word it does not have ("Velloso").
 */
export function nonPersonKind(noun: string): EntityType | null {
  let kind = kinds.get(noun);
  if (kind !== undefined) return kind;
  const files =
    singulars(noun)
      .map(nounFiles)
      .find((f) => f.length) ?? [];
  kind = !files.length || files.includes(PERSON_FILE) ? null : files[0] === GROUP_FILE ? 'organisation' : 'other';
  kinds.set(noun, kind);
  return kind;
}

/** Whether a noun's first sense names a person ("speaker", "secretary"): a title, a trade, a kind of person. */
export function isPersonNoun(noun: string): boolean {
  return nounFiles(noun)[0] === PERSON_FILE;
}

function nounFiles(noun: string): number[] {
  let f = files.get(noun);
  if (!f) {
    f = reader().nounFiles(noun);
    files.set(noun, f);
  }
  return f;
}

/** A capitalised noun is not lemmatised by the tagger: "Papers", "Holdings", "Inquiries". */
function singulars(noun: string): string[] {
  if (!noun.endsWith('s') || noun.endsWith('ss')) return [noun];
  return [
    noun,
    noun.slice(0, -1),
    ...(noun.endsWith('ies') ? [`${noun.slice(0, -3)}y`] : []),
    ...(noun.endsWith('es') ? [noun.slice(0, -2)] : []),
  ];
}

/** Whether a word (lower case) is an English word WordNet has, as any part of speech: a given name mostly is not. */
export function isDictionaryWord(word: string): boolean {
  let k = known.get(word);
  if (k === undefined) {
    k = reader().knows(word);
    known.set(word, k);
  }
  return k;
}
