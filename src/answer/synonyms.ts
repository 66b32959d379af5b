// Paraphrases news questions use for what articles say ("led the delegation" ~ "headed by"):
// groups of English lemmas that may stand for each other in retrieval, at a lower weight.
const GROUPS = [
  'lead head chair direct command run',
  'visit go travel trip tour come arrive',
  'say state tell add claim declare announce report stress note remark comment',
  'want seek wish favour favor desire call urge demand ask hope',
  'meet talk consult consultation meeting discuss discussion negotiate negotiation',
  'publish report write release print issue',
  'kill die death dead slay murder',
  // Not "take": it means buying only in "take over", and "take off", "take place" are common.
  'buy acquire purchase acquisition',
  'sell sale divest',
  'rise increase gain grow climb jump raise',
  'fall decline drop decrease reduce cut lower slip',
  'begin start launch open initiate',
  'end finish conclude close stop halt',
  'fight war battle combat attack',
  'review evaluate evaluation assess assessment examine reassess',
  'agreement deal accord treaty pact',
  'country nation state',
  'leader chief head president',
  'help support aid assist assistance',
  'expect anticipate predict forecast',
  'express voice show convey',
  'reason why purpose cause',
  'create form establish found set build',
  'win defeat beat conquer',
  'rule reign govern control',
  'name call title',
  'big large huge major',
  'small little minor',
  'improve strengthen boost enhance better',
  'mean intend imply',
  'representative delegate envoy',
];

let byLemma: Map<string, string[]> | null = null;

/** Other lemmas that may stand for this one. */
export function synonymsOf(lemma: string): string[] {
  if (!byLemma) {
    byLemma = new Map();
    for (const g of GROUPS) {
      const words = g.split(' ');
      for (const w of words) byLemma.set(w, [...(byLemma.get(w) ?? []), ...words.filter((x) => x !== w)]);
    }
  }
  return byLemma.get(lemma) ?? [];
}
