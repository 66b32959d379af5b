// A thing asked of under a quality the passage never gives it. "Who was the current party leader?"
// asks of a leader said to be current; a passage that writes only "the former party leader" names
// another one, however well its other words match; so does "a fixed set of rules" for "what uses a
// flexible set of rules". The passage still answers if it or the sentence before gives the
// question's word (or a word WordNet says may mean it) somewhere: there the thing may be the same
// under two descriptions. Further back, the word describes another thing (the paragraph as the
// reach kept 4 more unanswerable squad-dev questions answered and gained nothing).
import { joiningHyphen } from '../text/words.js';
import type { Token } from '../nlp/annotate.js';
import type { Corpus } from '../corpus/corpus.js';
import type { Question } from './question.js';
import { ORDINAL } from './ordinal-place.js';

/** Words before a noun that count or point rather than describe: "other", "many", "same". */
const NOT_QUALITIES = new Set([
  'other',
  'another',
  'such',
  'same',
  'many',
  'much',
  'more',
  'most',
  'few',
  'several',
  'own',
  'certain',
  'various',
  'main',
  'particular',
  'whole',
  'entire',
  'new',
]);

/**
 * Words that place a thing early or late in a series, which writers use for one another: "an early
 * clue" is "the first clue", "the oldest depiction" "an early one". Each word by its lemma.
 */
const EARLY = new Set([
  'early',
  'earliest',
  'first',
  'initial',
  'original',
  'old',
  'oldest',
  'earlier',
  'former',
  'previous',
  'prior',
  'ancient',
]);
const LATE = new Set(['late', 'latest', 'last', 'final', 'recent', 'newest', 'later', 'modern', 'current', 'present']);
/**
 * Words that place a thing in a series from where the writer stands: "the next round" may be the
 * "fifth round" of a sentence telling what is to come ("will face"), so there an ordinal does
 * not describe it otherwise; in one telling what was, the round written was no next one.
 */
const FROM_NOW = new Set(['next', 'following', 'upcoming', 'coming']);
const sameOrder = (a: string, b: string) => (EARLY.has(a) && EARLY.has(b)) || (LATE.has(a) && LATE.has(b));

/** A word that describes the noun after it: an adjective, not one that counts or points. */
const describes = (t: Token | undefined): boolean =>
  t?.pos === 'ADJ' && !NOT_QUALITIES.has(t.lemma) && /^\p{L}/u.test(t.text);

/** The describing words right before the noun at i: "a fixed set", "the early slow-wave stage". */
function qualitiesBefore(tokens: readonly Token[], i: number): Token[] {
  const out: Token[] = [];
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (describes(t)) out.push(t);
    // "a by-election": a word a hyphen joins to the noun itself describes it, whatever it is alone.
    else if (k === i - 1 && joiningHyphen(tokens, k)) {
      out.push(tokens[k - 1]!);
      k--;
    }
    // "the distinct cultural and ethnic identity": qualities joined by "and", "or" or a comma.
    else if (!/^(NOUN|PROPN)$/.test(t.pos) && !(/^(and|or|,)$/i.test(t.text) && describes(tokens[k - 1]))) break;
  }
  return out;
}

/** The question's nouns with qualities before them, outside its wh-phrase: [quality, noun] token indexes. */
function describedNouns(q: Question): [number, number][] {
  const out: [number, number][] = [];
  q.tokens.forEach((t, i) => {
    // The noun that ends its phrase: "a fixed set of rules" describes "set", "the current party leader" "leader".
    if (t.pos !== 'NOUN' || q.tokens[i + 1]?.pos === 'NOUN') return;
    let k = i;
    while (k > 0 && /^(ADJ|NOUN|PROPN)$/.test(q.tokens[k - 1]!.pos)) k--;
    // Not the wh-phrase's noun ("what theoretical machine"), which names the kind of answer.
    if (k === q.whAt + 1) return;
    for (let m = k; m < i; m++) if (describes(q.tokens[m])) out.push([m, i]);
  });
  return out;
}

/**
 * Whether the passage writes a noun the question describes, each time under another quality, and
 * neither it nor the sentence before writes the question's quality nor a word standing for it.
 */
export function describesOtherwise(corpus: Corpus, q: Question, gid: number): boolean {
  return describedOtherwise(corpus, q, gid).length > 0;
}

/** The question's [quality, noun] token indexes the passage describes otherwise, as `describesOtherwise` tells. */
export function describedOtherwise(corpus: Corpus, q: Question, gid: number): [number, number][] {
  const asked = describedNouns(q);
  if (!asked.length) return [];
  const toks = corpus.tokens(gid);
  return asked.filter(([m, n]) => {
    const noun = q.tokens[n]!;
    const heads = toks.flatMap((t, i) => (t.pos === 'NOUN' && t.lemma === noun.lemma ? [i] : []));
    if (!heads.length) return false;
    const quality = q.tokens[m]!;
    const stems = new Set([quality.stem, ...(q.groups.find((g) => g.at === m)?.stems.keys() ?? [])]);
    // The noun under a quality of the question's (any of its words before the noun), or one
    // WordNet says may mean it, or one of the same place in a series: the same thing described.
    const asked = new Set(q.tokens.slice(0, n).map((t) => t.lemma));
    const toCome = FROM_NOW.has(quality.lemma) && corpus.clauseFrames(gid).some((c) => c.tense === 'future');
    const alike = (t: Token) =>
      stems.has(t.stem) ||
      asked.has(t.lemma) ||
      sameOrder(t.lemma, quality.lemma) ||
      (toCome && ORDINAL.test(t.text)) ||
      Object.values(corpus.paraphrasesOf(t.lemma)).some((ws: string[]) => ws.includes(quality.lemma));
    const described = heads.map((i) => qualitiesBefore(toks, i));
    if (described.some((qs) => !qs.length || qs.some(alike))) return false;
    return !nearStems(corpus, gid).some((st) => stems.has(st));
  });
}

/** A quality that grades or places in a series ("youngest", "larger", "first"): it picks one thing of several. */
export const grades = (t: Token): boolean => EARLY.has(t.lemma) || LATE.has(t.lemma) || /(?:est|er)$/.test(t.text);

/** The stems of the passage and the sentence before it in its paragraph. */
function nearStems(corpus: Corpus, gid: number): string[] {
  const out = [...corpus.stemsOf(gid)];
  if (gid > 0 && corpus.sameParagraph(gid - 1, gid)) out.push(...corpus.stemsOf(gid - 1));
  return out;
}
