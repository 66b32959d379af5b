// Acronyms and the words they abbreviate: "Middle East Media Research Institute (MEMRI)". Read
// into the store per sentence, and by answers for "what does X stand for".

/** Words an expansion may hold that give no letter to its acronym. */
const SMALL_WORDS = /^(of|and|for|the|on|in|de|du|&)$/i;

/**
 * Whether a word gives the acronym's letter: a capitalised word its capital; a lower-case letter
 * of a mixed-case acronym ("DfT", "FoTA") is a word written in lower case, often a small one
 * ("Department for Transport"). An acronym typed all in one case is read as capitals.
 */
function givesLetter(word: string, letter: string, mixed: boolean): boolean {
  if (mixed && /\p{Ll}/u.test(letter)) return word.startsWith(letter);
  return /^\p{Lu}/u.test(word) && word[0]!.toUpperCase() === letter.toUpperCase();
}

/** The words of a text whose initials spell the acronym, skipping small words inside ("Bank of England"). */
export function expansionIn(text: string, acronym: string): string | null {
  const words = [...text.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
  const mixed = /\p{Lu}/u.test(acronym) && /\p{Ll}/u.test(acronym);
  const letters = mixed ? acronym : acronym.toUpperCase();
  for (let i = 0; i < words.length; i++) {
    let k = 0;
    let j = i;
    let last = -1;
    while (j < words.length && k < letters.length) {
      const w = words[j]![0];
      if (givesLetter(w, letters[k]!, mixed)) {
        k++;
        last = j;
        j++;
        continue;
      }
      if (k > 0 && SMALL_WORDS.test(w)) {
        j++;
        continue;
      }
      break;
    }
    if (k === letters.length && last > i && words[i]![0].toUpperCase() !== letters.toUpperCase()) {
      return text.slice(words[i]!.index, words[last]!.index + words[last]![0].length);
    }
  }
  return null;
}

/** An acronym as articles write it in brackets: two or more capitals, maybe with a lower-case letter ("MEMRI", "DfT"). */
const ACRONYM = /^(?=.*\p{Lu}.*\p{Lu})[\p{Lu}\p{Ll}&]{2,10}$/u;

/** Tokens an expansion may take per letter of its acronym at most: a word, a small word, a hyphen. */
const EXPANSION_WORDS = 3;

/** Token ranges of an acronym's definition in a sentence: the expansion [from, to) and the acronym's token. */
export interface AcronymDefinition {
  from: number;
  to: number;
  acronym: number;
}

/**
 * Definitions written as "Middle East Media Research Institute (MEMRI)": an acronym alone in
 * brackets, right after the words whose initials spell it.
 */
export function acronymDefinitions(
  toks: readonly { text: string; start: number; end: number }[],
  text: string,
): AcronymDefinition[] {
  const out: AcronymDefinition[] = [];
  for (let i = 2; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (toks[i - 1]!.text !== '(' || toks[i + 1]!.text !== ')' || !ACRONYM.test(t.text)) continue;
    const end = toks[i - 2]!.end;
    // The words right before the bracket, all of them spelling it: the nearest start that does.
    for (let from = i - 2; from >= Math.max(0, i - 2 - EXPANSION_WORDS * t.text.length); from--) {
      const words = text.slice(toks[from]!.start, end);
      if (expansionIn(words, t.text) === words) {
        out.push({ from, to: i - 1, acronym: i });
        break;
      }
    }
  }
  return out;
}
