// "We signed the agreement," said X: the one who did a deed a quote's speaker tells in the first
// person is the speaker ("I"), or the side the speaker stands for ("we"): the organisation one of
// X's roles names ("club chairman X" of the club, "union leader X" of the union), else X.
import type { Corpus } from '../corpus/corpus.js';
import { nameKey } from '../text/name-key.js';

const FIRST_PERSON = /^(i|we)$/i;
/** Longest name, in words, looked for in a role ("the Harbour Workers Union leader"). */
const MAX_NAME_WORDS = 4;

/** Who a first-person subject at `offset` of a quoted sentence stands for, or null when no quote's speaker is known there. */
export function firstPersonDoer(corpus: Corpus, gid: number, offset: number, pronoun: string): string | null {
  if (!FIRST_PERSON.test(pronoun)) return null;
  const quote = corpus
    .quotesIn(gid)
    .find((x) => x.kind !== 'reported' && x.start <= offset && offset < x.end && x.speakerId);
  const speaker = quote ? corpus.entityById.get(quote.speakerId!) : undefined;
  if (!speaker) return null;
  if (/^i$/i.test(pronoun)) return speaker.name;
  return (
    sideNamedInRoles(
      corpus,
      speaker.roles.filter((r) => r.doc === quote!.docId).map((r) => r.text),
    ) ?? speaker.name
  );
}

/** The first organisation or group a role's words name. */
function sideNamedInRoles(corpus: Corpus, roles: string[]): string | null {
  for (const role of roles) {
    const words = role.split(/\s+/);
    for (let n = Math.min(MAX_NAME_WORDS, words.length); n > 0; n--)
      for (let i = 0; i + n <= words.length; i++) {
        const ids = corpus.entitiesByName.get(nameKey(words.slice(i, i + n).join(' '))) ?? [];
        const side = ids
          .map((id) => corpus.entityById.get(id))
          .find((e) => e?.type === 'organisation' || e?.type === 'group');
        if (side) return side.name;
      }
  }
  return null;
}
