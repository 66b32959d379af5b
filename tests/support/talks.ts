// A short article written for the store-fault tests: a quote with its speaker, a place, a date.
export const TALKS = [
  'Talks in Moscow',
  '',
  'Delegates from the river towns met in Moscow on Monday to settle a dispute over fishing rights.',
  '',
  '"We will not give up the northern channel," said Ilse Varnow, who leads the eastern delegation.',
  '',
  'The talks in Moscow are expected to last until Friday, officials said.',
  '',
].join('\n');
