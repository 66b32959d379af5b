// Whether two words carry opposite feelings ("prudent" / "reckless", "benefits" / "harms"): an
// opposite the antonym lists miss, read from wink's sentiment lexicon. That needs wink's
// sentiment step, which the shared instance leaves out, so a second instance does only that and
// is loaded the first time a near quote swaps a word (~0.2 s).
import winkNLP from 'wink-nlp';
import { onClearCaches, PROCESS_CACHES } from '../caches.js';
import { winkModel } from '../nlp/wink-model.js';

/** Weakest feeling either word must have: weaker ones ("agreement" 0.2) are mostly neutral news words. */
const FEELING_MIN = 0.3;

/** Feeling a word must have to be loaded where the word it replaced had none ("legitimate" → "illegal"). */
const LOADED_MIN = 0.5;

/** Words whose feeling is remembered; past it the memory starts again (a few bytes each). */
const REMEMBERED = PROCESS_CACHES.wordFeelings.size;

let instance: ReturnType<typeof winkNLP> | null = null;
const feelings = new Map<string, number>();
onClearCaches('wordFeelings', () => feelings.clear());

function feelingOf(word: string): number {
  const w = word.toLowerCase();
  let f = feelings.get(w);
  if (f === undefined) {
    instance ??= winkNLP(winkModel(), ['sentiment']);
    // eslint-disable-next-line @typescript-eslint/unbound-method -- wink's its helpers are plain functions, typed as methods
    f = instance.readDoc(w).out(instance.its.sentiment) as number;
    if (feelings.size >= REMEMBERED) feelings.clear();
    feelings.set(w, f);
  }
  return f;
}

/** Whether one word is clearly good and the other clearly bad. */
export function oppositeFeeling(a: string, b: string): boolean {
  const fa = feelingOf(a);
  const fb = feelingOf(b);
  return Math.abs(fa) >= FEELING_MIN && Math.abs(fb) >= FEELING_MIN && Math.sign(fa) !== Math.sign(fb);
}

/** Whether one word is neutral and the other strongly felt: a swap that makes a claim of its own. */
export function loadedSwap(neutral: string, loaded: string): boolean {
  return feelingOf(neutral) === 0 && Math.abs(feelingOf(loaded)) >= LOADED_MIN;
}
