// Informal and abbreviated words that questions typed in chat use where articles write the
// standard word ("gonna", "govt", "mums"). General English only: a word goes here when it has one
// standard reading in any context, never for a particular article.
const INFORMAL: Record<string, string> = {
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'have to',
  ppl: 'people',
  reckon: 'think',
  reckons: 'thinks',
  mum: 'mother',
  mums: 'mothers',
  dad: 'father',
  dads: 'fathers',
  compo: 'compensation',
  govt: 'government',
  gov: 'government',
  uni: 'university',
  unis: 'universities',
  dept: 'department',
  info: 'information',
  cant: 'cannot',
  wont: 'will not',
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  isnt: "isn't",
  shouldnt: "shouldn't",
  wouldnt: "wouldn't",
  couldnt: "couldn't",
  // Question words as chat spells them ("wat is X"); not "u" or "r", which are letters of names
  // ("U of C", "R&B").
  wat: 'what',
  wut: 'what',
  wen: 'when',
  abt: 'about',
  pls: 'please',
  plz: 'please',
};

/**
 * Abbreviations typed for what articles mostly write in full ("ceo" for "chief executive"). Some
 * articles write the abbreviation itself, so a question's is written out only when the articles
 * never use it, and titles are compared written out (`slot-answers.ts`). Kept as typed in a
 * question that asks what one stands for.
 */
const ABBREVIATIONS: Record<string, string> = {
  ceo: 'chief executive',
  cfo: 'chief financial officer',
  foi: 'freedom of information',
};

/**
 * The question with informal words written in their standard form; everything else as typed.
 * `written` tells whether the articles use a word; without it every abbreviation is written out.
 */
export function standardWords(text: string, written: (word: string) => boolean = () => false): string {
  const asksExpansion = /\b(stands?|short)\s+for\b/i.test(text);
  return text.replace(/[\p{L}]+/gu, (w) => {
    const lower = w.toLowerCase();
    // Whether the articles write the word is asked only of an abbreviation: most words are not one.
    const abbreviation = asksExpansion ? undefined : ABBREVIATIONS[lower];
    const to = INFORMAL[lower] ?? (abbreviation && !written(w) ? abbreviation : undefined);
    if (!to) return w;
    return /^\p{Lu}/u.test(w) ? to[0]!.toUpperCase() + to.slice(1) : to;
  });
}
