// A deed two sides do together: "Y held talks with X" says X met Y as much as Y met X. So "who did
// X meet?" and "who met X?" are answered by the other side of a meeting the passage gives X,
// whichever side of the verb it writes X on.
import type { ClauseFrame } from '../extract/clause-frames.js';
import type { Token } from '../nlp/annotate.js';
import type { StoredMention } from '../store/schema.js';
import { phraseSaying } from './idioms.js';
import type { Question } from './question.js';

/** Verbs whose deed both sides do: the one met also met the other. */
const RECIPROCAL = new Set(['meet', 'talk', 'negotiate', 'consult', 'clash', 'marry', 'wed']);

/** Whether a verb's deed is done by both sides alike. */
export const isReciprocal = (lemma: string) => RECIPROCAL.has(lemma);

/** Kinds of name that do a deed with someone. */
const PARTNER_KINDS = new Set(['person', 'organisation', 'group']);

/**
 * The other side of the question's reciprocal deed done with the side the question names ("Y"
 * of "Y met X" or "X met Y", for "who did X meet?" or "who met X?"), or null when the passage
 * writes no such clause.
 */
export function reciprocalPartner(
  q: Question,
  toks: readonly Token[],
  frames: readonly ClauseFrame[],
  mentions: readonly StoredMention[],
): string | null {
  const lemma = q.predicate?.kind === 'verb' && !q.predicate.passive ? q.predicate.lemma : '';
  if (!RECIPROCAL.has(lemma)) return null;
  const side = q.arguments.find((a) => a.role === 'subject' || a.role === 'object');
  if (!side?.words.length) return null;
  const sideWords = new Set(side.words);
  const names = (m: StoredMention) =>
    m.name
      .toLowerCase()
      .split(/\s+/)
      .some((w) => sideWords.has(w));
  const partners = mentions.filter((m) => PARTNER_KINDS.has(m.type) && !names(m));
  const phraseAt = phraseSaying(toks, lemma);
  const namesSide = (from: number, to: number) => {
    for (let i = from; i < to; i++) if (sideWords.has(toks[i]!.text.toLowerCase())) return true;
    return false;
  };
  for (const f of frames) {
    if (f.negated || f.passive || !f.subject) continue;
    if (toks[f.verb]?.lemma !== lemma && f.verb !== phraseAt) continue;
    const [from, to] = f.subject;
    const inSubject = namesSide(from, to);
    const after = namesSide(f.verb + 1, f.to);
    // The side in the subject meets whoever stands after the verb; the side after it, the subject.
    const partner = inSubject
      ? partners.find((m) => m.first > f.verb && m.last < f.to)
      : after
        ? partners.filter((m) => m.first >= from && m.last < to).at(-1)
        : undefined;
    if (partner) return partner.name;
  }
  return null;
}
