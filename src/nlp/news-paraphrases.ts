// Paraphrases news questions use for what articles say that WordNet does not relate: its senses
// of "visit" never say "go", and "lead" is never "head". Kept to the few that questions about
// news keep asking; everything else comes from WordNet (see wordnet.ts).
const GROUPS = [
  'visit go travel trip',
  'lead head',
  'kill murder',
  'buy acquire acquisition',
];

let byLemma: Map<string, string[]> | null = null;

/** Other lemmas that may stand for this one in news writing. */
export function newsParaphrasesOf(lemma: string): string[] {
  if (!byLemma) {
    byLemma = new Map();
    for (const g of GROUPS) {
      const words = g.split(' ');
      for (const w of words) byLemma.set(w, [...(byLemma.get(w) ?? []), ...words.filter((x) => x !== w)]);
    }
  }
  return byLemma.get(lemma) ?? [];
}
