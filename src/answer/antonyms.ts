// Opposites a yes/no answer may rest on: "was he found guilty?" is settled No by "innocent".
// A small fixed list for now; a fuller source (WordNet from the store) plugs in through the
// AntonymSource type that the yes/no answer takes.

import { CORPUS_CACHES } from '../caches.js';
import { groupLookup } from '../nlp/word-groups.js';

/** Lemmas opposite to a lemma; empty when none are known. */
export type AntonymSource = (lemma: string) => readonly string[];

const PAIRS = [
  'guilty innocent',
  'true false',
  'legal illegal',
  'lawful unlawful',
  'possible impossible',
  'likely unlikely',
  'rise fall',
  'increase decrease',
  'gain lose',
  'win lose',
  'profit loss',
  'succeed fail',
  'success failure',
  'accept reject',
  'agree disagree',
  'approve reject',
  'allow ban',
  'allow forbid',
  'permit ban',
  'open close',
  'support oppose',
  'include exclude',
  'same different',
  'higher lower',
  'more less',
  'above below',
  'before after',
  'early late',
  'cheap expensive',
  'strong weak',
  'safe unsafe',
  'happy unhappy',
  'fair unfair',
  'public private',
  'alive dead',
  'present absent',
  'full empty',
  'internal external',
  'domestic foreign',
  'buy sell',
  'hire fire',
  'unanimous divided',
  'confirm deny',
  'remember forget',
  'arrive leave',
  'victory defeat',
  'expand shrink',
  'strengthen weaken',
  'add remove',
  'profitable unprofitable',
  'correct incorrect',
  'welcome unwelcome',
  'long short',
  'large small',
  'big small',
  'easy difficult',
  'easy hard',
  'simple complex',
  'wide narrow',
  'cheap costly',
  // Deeds and states one of which undoes or blocks the other, which WordNet does not pair.
  'lack possess',
  'heal damage',
  'heal harm',
  'encourage discourage',
  'encourage suppress',
  'encourage thwart',
  'encourage inhibit',
  'promote inhibit',
  'promote suppress',
  'promote counteract',
  'strengthen inhibit',
  'begin stop',
  'start stop',
  'increase reduce',
  'flexible fixed',
  'current former',
  'adopt reject',
  'accept deny',
  'ancient modern',
];

/** The built-in list: each pair read both ways. */
export const smallAntonyms: AntonymSource = groupLookup(PAIRS);

/**
 * Several sources as one: a fuller list (WordNet) beside this one. Each lemma's opposites are
 * kept (src/caches.ts, CORPUS_CACHES.antonyms): a yes/no answer asks them for each word of the
 * claim against each word of each clause it weighs.
 */
export function anyOf(...sources: AntonymSource[]): AntonymSource {
  const known = new Map<string, readonly string[]>();
  return (lemma) => {
    let opposites = known.get(lemma);
    if (!opposites) {
      if (known.size >= CORPUS_CACHES.antonyms.size) known.clear();
      opposites = [...new Set(sources.flatMap((source) => source(lemma)))];
      known.set(lemma, opposites);
    }
    return opposites;
  };
}
