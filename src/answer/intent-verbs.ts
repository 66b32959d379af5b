// Verbs that put what follows them in someone's plans, hopes or demands: "plans to close" and
// "expect to press" say nothing happened. Shared by /verify (a claim that drops them changes the
// meaning) and yes/no answers (a passage under one settles nothing).

/** Plans and wishes: "plan to", "hope to", "threaten to". */
export const INTENT_VERBS = new Set([
  'plan',
  'want',
  'hope',
  'aim',
  'intend',
  'expect',
  'threaten',
  'propose',
  'seek',
  'try',
  'consider',
  'wish',
]);

/** The intents and what someone asks of others: "call for", "urge to", "demand that". */
export const UNREALISED_VERBS = new Set([...INTENT_VERBS, 'call', 'urge', 'demand', 'ask', 'prepare']);
