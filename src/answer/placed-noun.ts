// "Was the meeting in Bergen?" asks where a thing was, and a passage may say so only inside a
// noun phrase: "the meetings in Tromsø improved their position". The phrase settles it: Yes where
// it places the thing in the place asked, No where in another place of the same kind.
import type { Corpus, Tok } from '../corpus/corpus.js';
import { nameKey } from '../text/name-key.js';
import type { Claim, ClaimWord } from './claim.js';

/** Prepositions that place a thing: "the talks in Oslo", "the rally at Hyde Park". */
const PLACING = new Set(['in', 'at']);
/** Verbs that only say a thing happened, so ask no more than its place: "did the rally take place in X". */
const HAPPENING = new Set(['take', 'place', 'hold', 'happen', 'occur']);

export interface PlacedNoun {
  verdict: 'yes' | 'no';
  /** The noun's token, and the end of the place that follows it. */
  from: number;
  to: number;
}

/**
 * The claim asked of a thing and a place alone ("was the meeting in Bergen?"): its subject
 * words, all common nouns, and the place's words, all names; null for any other claim.
 */
export function placeClaim(claim: Claim): { thing: ClaimWord; place: ClaimWord[] } | null {
  if (claim.negated || claim.modal || claim.speaker) return null;
  const subject = claim.words.filter((w) => w.role === 'subject');
  const place = claim.words.filter((w) => w.role !== 'subject' && !HAPPENING.has(w.lemma));
  if (!subject.length || subject.some((w) => w.value) || !place.length) return null;
  if (place.some((w) => !w.value || w.number)) return null;
  return { thing: subject[subject.length - 1]!, place };
}

/**
 * Where the sentence places the thing: its noun followed by "in"/"at" and a name. The name must
 * be an entity of the kind the asked place is, so "the meeting in March" or "the meeting in
 * Ms Lund's office" say nothing of a place asked.
 */
export function placedNoun(
  corpus: Corpus,
  toks: Tok[],
  asked: { thing: ClaimWord; place: ClaimWord[] },
  matches: (w: ClaimWord, t: Tok) => boolean,
): PlacedNoun | null {
  const askedKind = kindOf(corpus, asked.place.map((w) => w.text).join(' '));
  if (!askedKind) return null;
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i]!.pos !== 'NOUN' || !matches(asked.thing, toks[i]!)) continue;
    if (!PLACING.has(toks[i + 1]!.text.toLowerCase())) continue;
    let to = i + 2;
    while (to < toks.length && toks[to]!.pos === 'PROPN') to++;
    if (to === i + 2) continue;
    const name = toks.slice(i + 2, to);
    if (asked.place.every((w) => name.some((t) => matches(w, t)))) return { verdict: 'yes', from: i, to };
    if (kindOf(corpus, name.map((t) => t.text).join(' ')) === askedKind) return { verdict: 'no', from: i, to };
  }
  return null;
}

/** The kind of entity the articles know a name as, when they know it as one kind. */
function kindOf(corpus: Corpus, name: string): string | null {
  const kinds = new Set((corpus.entitiesByName.get(nameKey(name)) ?? []).map((id) => corpus.entityById.get(id)?.type));
  return kinds.size === 1 ? ([...kinds][0] ?? null) : null;
}
