// English words whose forms stemming keeps apart ("say" / "said", "lead" / "led", "man" / "men"):
// a question asks with one form and the article writes another. A fixed list, so no scan of the
// articles is needed to find them.
const FORMS = [
  'arise arose arisen', 'awake awoke awoken', 'bear bore borne born', 'beat beaten', 'become became', 'begin began begun',
  'bend bent', 'bid bade', 'bind bound', 'bite bit bitten', 'bleed bled', 'blow blew blown', 'break broke broken',
  'breed bred', 'bring brought', 'build built', 'burn burnt', 'buy bought', 'catch caught', 'choose chose chosen',
  'come came', 'deal dealt', 'dig dug', 'draw drew drawn', 'drink drank drunk', 'drive drove driven', 'eat ate eaten',
  'fall fell fallen', 'feed fed', 'feel felt', 'fight fought', 'find found', 'flee fled', 'fly flew flown',
  'forbid forbade forbidden', 'forecast forecast', 'foresee foresaw foreseen', 'forget forgot forgotten',
  'forgive forgave forgiven', 'freeze froze frozen', 'get got gotten', 'give gave given', 'go went gone', 'grow grew grown',
  'hang hung', 'have had', 'hear heard', 'hide hid hidden', 'hold held', 'keep kept', 'know knew known', 'lay laid',
  'lead led', 'leave left', 'lend lent', 'lie lay lain', 'lose lost', 'make made', 'mean meant', 'meet met',
  'mistake mistook mistaken', 'overcome overcame', 'oversee oversaw overseen', 'overtake overtook overtaken', 'pay paid',
  'rebuild rebuilt', 'ride rode ridden', 'ring rang rung', 'rise rose risen', 'run ran', 'say said', 'see saw seen',
  'seek sought', 'sell sold', 'send sent', 'shake shook shaken', 'shine shone', 'shoot shot', 'show shown',
  'shrink shrank shrunk', 'sing sang sung', 'sink sank sunk', 'sit sat', 'sleep slept', 'slide slid', 'speak spoke spoken',
  'spend spent', 'spin spun', 'spring sprang sprung', 'stand stood', 'steal stole stolen', 'stick stuck', 'sting stung',
  'strike struck stricken', 'strive strove striven', 'swear swore sworn', 'swim swam swum', 'swing swung', 'take took taken',
  'teach taught', 'tear tore torn', 'tell told', 'think thought', 'throw threw thrown', 'undergo underwent undergone',
  'understand understood', 'undertake undertook undertaken', 'uphold upheld', 'wake woke woken', 'wear wore worn',
  'weep wept', 'win won', 'wind wound', 'withdraw withdrew withdrawn', 'withhold withheld', 'write wrote written',
  'child children', 'man men', 'woman women', 'person people', 'mouse mice', 'foot feet', 'tooth teeth',
];

let byLemma: Map<string, string[]> | null = null;

/** The other forms of a word whose forms do not share a stem. */
export function irregularForms(lemma: string): string[] {
  if (!byLemma) {
    byLemma = new Map();
    for (const line of FORMS) {
      const [base, ...rest] = line.split(' ');
      byLemma.set(base!, rest);
    }
  }
  return byLemma.get(lemma) ?? [];
}
