// The function words several layers test for: personal pronouns and place prepositions, listed
// once. Each caller picks the persons and forms it means, so its set stays its own.

type Person = 'i' | 'we' | 'you' | 'he' | 'she' | 'it' | 'they';
type Form = 'subject' | 'object' | 'possessive';

const PRONOUN_FORMS: Record<Person, Record<Form, string>> = {
  i: { subject: 'i', object: 'me', possessive: 'my' },
  we: { subject: 'we', object: 'us', possessive: 'our' },
  you: { subject: 'you', object: 'you', possessive: 'your' },
  he: { subject: 'he', object: 'him', possessive: 'his' },
  she: { subject: 'she', object: 'her', possessive: 'her' },
  it: { subject: 'it', object: 'it', possessive: 'its' },
  they: { subject: 'they', object: 'them', possessive: 'their' },
};

export const ALL_PERSONS: Person[] = ['i', 'you', 'he', 'she', 'it', 'we', 'they'];
export const ALL_FORMS: Form[] = ['subject', 'object', 'possessive'];

/** The pronouns of these persons in these forms, each once: pronouns(['he', 'she'], ['object']) -> him, her. */
export function pronouns(persons: Person[], forms: Form[]): string[] {
  return [...new Set(persons.flatMap((p) => forms.map((f) => PRONOUN_FORMS[p][f])))];
}

/** A case-insensitive test for a whole word among `words` ("He" matches ["he"]). */
export function wordIn(words: string[]): RegExp {
  return new RegExp(`^(${words.join('|')})$`, 'i');
}

/** Prepositions that put a name at a place: "in Kabul", "near the border", "towards Kyiv". */
export const PLACE_PREPOSITIONS = [
  'in',
  'at',
  'from',
  'to',
  'near',
  'across',
  'into',
  'toward',
  'towards',
  'outside',
  'inside',
] as const;
export type PlacePreposition = (typeof PLACE_PREPOSITIONS)[number];
