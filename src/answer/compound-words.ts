// A compound the question writes spaced and the articles joined ("never ending" for
// "NeverEnding"): read as the articles write it, so the word matches and neither half is read
// alone ("never" as a negation).
import { stemOf } from '../nlp/annotate.js';
import { STOP_WORDS } from '../nlp/stop-words.js';

/** Fewest letters of each half: shorter ones ("in to", "a part") join into other words. */
const MIN_PART = 3;

/**
 * Words a compound never ends in: joined to a verb before them they make a noun of a phrasal verb
 * ("work out" is not "workout"), which the question does not ask about.
 */
const PARTICLES = new Set(['up', 'out', 'off', 'away', 'down', 'over', 'back', 'in', 'on', 'about', 'around']);

const isPart = (w: string) => w.length >= MIN_PART && /^\p{L}+$/u.test(w);
const endsCompound = (w: string) => !STOP_WORDS.has(w.toLowerCase()) && !PARTICLES.has(w.toLowerCase());

/**
 * Whether the articles write the pair as one word. Compared by stem, so the joined word must stem
 * to something of its own: "appear red" is no "appearred", whose stem is "appear". Not when they
 * write it with a hyphen ("non-state"), whose halves the question's words already match.
 */
function writtenJoined(a: string, b: string, written: (word: string) => boolean): boolean {
  const joined = stemOf(a + b);
  return (
    isPart(a) &&
    isPart(b) &&
    endsCompound(b) &&
    joined !== stemOf(a) &&
    joined !== stemOf(b) &&
    written(a + b) &&
    !written(`${a}-${b}`)
  );
}

/**
 * The question with each pair of words the articles write as one joined ("never ending" ->
 * "neverending", each half's capitals kept). `written` tells whether the articles use a word.
 */
export function compoundsAsWritten(text: string, written: (word: string) => boolean): string {
  // Words at odd places, what stands between them at even ones.
  const pieces = text.split(/(\p{L}+)/u);
  for (let i = 1; i + 2 < pieces.length; i += 2)
    if (pieces[i + 1] === ' ' && writtenJoined(pieces[i]!, pieces[i + 2]!, written)) {
      pieces.splice(i, 3, pieces[i]! + pieces[i + 2]!);
      i -= 2;
    }
  return pieces.join('');
}
