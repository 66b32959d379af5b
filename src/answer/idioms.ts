// Paraphrases of more than one word that a yes/no claim and its passage are often put in: a
// phrase of the question that stands for one word ("get a say" for "be consulted"), and a phrase
// of a passage that says what one word of the question says ("died while serving his sentence"
// for "died in prison"). Phrases are written as lemmas; `*` is a gap of up to GAP_WORDS words.
import { stemOf } from '../nlp/annotate.js';
import type { Token } from '../nlp/annotate.js';

/** Most words a `*` stands for: "serve * sentence" takes "serving his sentence", "serving a life sentence". */
const GAP_WORDS = 2;

/** Question phrases, the one word each stands for, and that word's part of speech. */
const CLAIM_PHRASES: readonly (readonly [string, string, string])[] = [
  ['get a say', 'consult', 'VERB'],
  ['have a say', 'consult', 'VERB'],
  ['careful with money', 'prudent', 'ADJ'],
];

/** Passage phrases and the words of a question each says. */
const PASSAGE_PHRASES: readonly (readonly [string, readonly string[]])[] = [
  ['serve * sentence', ['prison', 'jail']],
  ['behind bar', ['prison', 'jail']],
  // A deed news writes as a light verb and its noun: "held talks with X" is "met X", "expressed
  // gratitude to X" is "thanked X".
  ['hold * talk', ['meet']],
  ['hold * meeting', ['meet']],
  ['hold * consultation', ['meet', 'consult']],
  ['express * appreciation', ['thank', 'appreciate']],
  ['express * gratitude', ['thank']],
  // A court report writes a guilty plea as admitting the charges: "admitted 14 counts of fraud".
  ['admit * count', ['plead', 'guilty']],
  ['admit * charge', ['plead', 'guilty']],
  ['admit * offence', ['plead', 'guilty']],
  // A stance news writes with a preposition: "spoke out in favour of X" is "supported X".
  ['in favour of', ['support', 'back', 'favour', 'want']],
  ['in favor of', ['support', 'back', 'favor', 'want']],
];

/** Where a phrase's words match the tokens from `at` on: the index after its last word, or -1. */
function matchAt(tokens: readonly { lemma: string; text: string }[], at: number, words: readonly string[]): number {
  let i = at;
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (w === '*') {
      // A gap runs to the phrase's next word; the lists never end a phrase with one.
      const next = words[k + 1] ?? '';
      let gap = 0;
      while (gap < GAP_WORDS && i < tokens.length && !isWord(tokens[i]!, next)) {
        i++;
        gap++;
      }
      continue;
    }
    if (i >= tokens.length || !isWord(tokens[i]!, w)) return -1;
    i++;
  }
  return i;
}

const isWord = (t: { lemma: string; text: string }, w: string) => t.lemma === w || t.text.toLowerCase() === w;

/**
 * The question's tokens with each phrase that stands for one word made that word: "will get a
 * say" becomes "will consult", so the claim asks for the word a passage would write.
 */
export function withClaimPhrases<T extends Token>(tokens: readonly T[]): T[] {
  const out: T[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const hit = CLAIM_PHRASES.map(([p, word, pos]) => ({ end: matchAt(tokens, i, p.split(' ')), word, pos })).find(
      (m) => m.end > i,
    );
    if (!hit) {
      out.push(tokens[i]!);
      continue;
    }
    out.push({
      ...tokens[i]!,
      text: hit.word,
      lemma: hit.word,
      stem: stemOf(hit.word),
      pos: hit.pos,
      end: tokens[hit.end - 1]!.end,
    });
    i = hit.end - 1;
  }
  return out;
}

/**
 * For each token of a passage sentence, the stems of the question words a phrase it is part of
 * says ("serving", "his", "sentence" each hold "prison"); undefined where none.
 */
export function passagePhraseStems(tokens: readonly { lemma: string; text: string }[]): (Set<string> | undefined)[] {
  const out: (Set<string> | undefined)[] = tokens.map(() => undefined);
  for (let i = 0; i < tokens.length; i++)
    for (const [p, words] of PASSAGE_PHRASES) {
      const end = matchAt(tokens, i, p.split(' '));
      if (end <= i) continue;
      for (let j = i; j < end; j++) {
        const set = (out[j] ??= new Set());
        for (const w of words) set.add(stemOf(w));
      }
    }
  return out;
}

/** Question words some passage phrase says: only these make a passage worth reading for phrases. */
const PHRASE_SAID_WORDS = new Set(PASSAGE_PHRASES.flatMap(([, words]) => words));

/**
 * Whether a passage says the question's verb (a lemma) by a phrase: "held talks with" for "meet".
 * The token where that phrase starts, or -1.
 */
export function phraseSaying(tokens: readonly { lemma: string; text: string }[], lemma: string): number {
  if (!PHRASE_SAID_WORDS.has(lemma)) return -1;
  for (let i = 0; i < tokens.length; i++)
    for (const [p, words] of PASSAGE_PHRASES)
      if (words.includes(lemma) && matchAt(tokens, i, p.split(' ')) > i) return i;
  return -1;
}

/** Words that join a phrase and name nothing: "in favour of" is about its "favour". */
const PHRASE_JOINERS = new Set(['*', 'in', 'of', 'for', 'to']);

/**
 * The nouns of the passage phrases that say a question's word ("appreciation" of "expressed
 * appreciation" for "thank"): a passage holding one holds the word asked, in other words.
 */
export function phraseNounsSaying(lemma: string): string[] {
  if (!PHRASE_SAID_WORDS.has(lemma)) return [];
  return PASSAGE_PHRASES.filter(([, words]) => words.includes(lemma)).map(([p]) =>
    p
      .split(' ')
      .filter((w) => !PHRASE_JOINERS.has(w))
      .at(-1)!,
  );
}

/** Nouns of set phrases after a preposition, which name nothing asked about: "in the first place", "in charge of", "on behalf of". */
const SET_PHRASE_NOUNS = new Set([
  'place',
  'charge',
  'favour',
  'favor',
  'front',
  'terms',
  'fact',
  'behalf',
  'spite',
  'order',
]);
const SET_PHRASE_PREPOSITIONS = new Set(['in', 'on', 'of']);
/** Most words between the preposition and the noun: "in the first place". */
const SET_PHRASE_GAP = 2;

/** Whether the token at `at` is a word of such a phrase after its preposition: "first" and "place" of "in the first place". */
export function inSetPhrase(tokens: readonly Token[], at: number): boolean {
  for (let noun = at; noun <= at + SET_PHRASE_GAP && noun < tokens.length; noun++) {
    if (!SET_PHRASE_NOUNS.has(tokens[noun]!.text.toLowerCase())) continue;
    let k = noun - 1;
    while (k >= 0 && noun - k <= SET_PHRASE_GAP && /^(DET|ADJ)$/.test(tokens[k]!.pos)) k--;
    if (k < at && SET_PHRASE_PREPOSITIONS.has(tokens[k]?.text.toLowerCase() ?? '')) return true;
  }
  return false;
}
