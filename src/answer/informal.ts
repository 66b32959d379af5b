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
};

/** The question with informal words written in their standard form; everything else as typed. */
export function standardWords(text: string): string {
  return text.replace(/[\p{L}]+/gu, (w) => {
    const to = INFORMAL[w.toLowerCase()];
    if (!to) return w;
    return /^\p{Lu}/u.test(w) ? to[0]!.toUpperCase() + to.slice(1) : to;
  });
}
