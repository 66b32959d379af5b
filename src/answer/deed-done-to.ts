// "Who did X sign a deal with?" asks the one the deed was done to or with: a passage without the
// deed names others ("the deal, which Y reviewed"), unless it writes the thing and the
// preposition asked after it ("a deal with Y").
import type { Corpus } from '../corpus/corpus.js';
import type { Question } from './question.js';
import { asksObject } from './asked-object.js';
import { phraseSaying } from './idioms.js';
import { LIGHT } from './manner.js';

/** Whether a question asking whom a deed was done to meets a sentence without the deed, nor its thing with the preposition asked. */
export function lacksTheDeedDoneTo(corpus: Corpus, q: Question, gid: number): boolean {
  const p = q.predicate;
  if (p?.kind !== 'verb' || p.passive || LIGHT.has(p.lemma) || !asksObject(q)) return false;
  const deed = q.groups.find((g) => g.at === p.at);
  if (!deed) return false;
  const toks = corpus.tokens(gid);
  // A phrase saying the deed will do: "held a consultation with" for "meet".
  if (toks.some((t) => deed.stems.has(t.stem)) || phraseSaying(toks, p.lemma) >= 0) return false;
  const last = q.tokens.at(-1)?.pos === 'PUNCT' ? q.tokens.at(-2) : q.tokens.at(-1);
  const object = q.arguments.find((a) => a.role === 'object')?.words.at(-1);
  if (last?.pos !== 'ADP' || !object) return true;
  const asked = last.text.toLowerCase();
  // "a treaty of 911 between X and Y" tells who signed it with whom.
  const fits = (word: string) => word === asked || (asked === 'with' && word === 'between');
  return !toks.some((t, i) => t.lemma === object && prepositionOfTheThing(toks, i, fits));
}

/** Whether a preposition that fits follows the noun at `at` in its phrase, before a verb or a comma. */
function prepositionOfTheThing(
  toks: readonly { text: string; pos: string }[],
  at: number,
  fits: (word: string) => boolean,
): boolean {
  for (let k = at + 1; k < toks.length; k++) {
    const t = toks[k]!;
    if (t.pos === 'VERB' || t.pos === 'AUX' || /^[,;:.]$/.test(t.text)) return false;
    if (t.pos === 'ADP' && fits(t.text.toLowerCase())) return true;
  }
  return false;
}
