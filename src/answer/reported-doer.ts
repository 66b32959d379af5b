// "How much did Harlow lose?" against "Bexley council said it had lost £3m": a pronoun doing the
// deed asked in what someone is reported to say stands for the one who says it, so the amount,
// date or place of that clause is the speaker's. It answers only when the speaker may be the doer
// the question gives: the same name or noun, or one the question's could stand for ("the company"
// may be "Harlow"; "Bexley council" is no company, and no Harlow).
import type { ClauseFrame, TokenRange } from '../extract/clause-frames.js';
import type { Corpus, Tok } from '../corpus/corpus.js';
import { SPEECH_VERBS } from '../extract/lexicon.js';
import type { Question } from './question.js';

/** Pronouns a speaker uses of themselves in reported words, by whether the speaker is a person. */
const SELF_PRONOUNS = new Map<string, 'person' | 'thing' | 'either'>([
  ['it', 'thing'],
  ['he', 'person'],
  ['she', 'person'],
  ['they', 'either'],
  ['we', 'either'],
]);

/**
 * Whether every clause of the sentence with the question's verb (`verbAt`) has a pronoun subject
 * standing for a reported speaker who is not the doer the question gives.
 */
export function reportedByAnother(corpus: Corpus, q: Question, gid: number, verbAt: readonly number[]): boolean {
  const given = q.arguments.find((a) => a.role === 'subject');
  if (!given || q.predicate?.passive) return false;
  const toks = corpus.tokens(gid);
  const clauses = corpus.clauseFrames(gid);
  const own = clauses.filter((c) => verbAt.includes(c.verb));
  if (!own.length) return false;
  const doc = corpus.sentence(gid).doc;
  const mentions = corpus.mentionsIn(gid);
  return own.every((c) => {
    const speaker = speakerFor(toks, clauses, c, (range) =>
      mentions.some((m) => m.type === 'person' && m.first >= range[0] && m.last < range[1]),
    );
    if (!speaker) return false;
    const words = toks.slice(speaker[0], speaker[1]);
    const typed = new Set(given.words);
    if (words.some((t) => typed.has(t.text.toLowerCase()) || typed.has(t.lemma))) return false;
    const head = words[words.length - 1]!;
    if (given.entity) {
      const id = given.entity.id;
      const named = mentions.filter((m) => m.first >= speaker[0] && m.last < speaker[1]);
      // A speaker written as a common noun ("the company said") may be the one named.
      return named.length > 0 && !named.some((m) => corpus.entityOf(doc, m.entity)?.id === id);
    }
    // A doer typed as a common noun ("the company") is not a speaker whose head is another one.
    return head.pos === 'NOUN' && !typed.has(head.lemma);
  });
}

/**
 * The subject of the clause of saying before `c` whose reported words `c`'s pronoun subject
 * stands in, when that pronoun can stand for it (`isPerson`: whether a range names a person).
 */
function speakerFor(
  toks: readonly Tok[],
  clauses: readonly ClauseFrame[],
  c: ClauseFrame,
  isPerson: (range: TokenRange) => boolean,
): TokenRange | null {
  if (!c.subject || c.subject[1] - c.subject[0] !== 1) return null;
  const kind = SELF_PRONOUNS.get(toks[c.subject[0]]!.text.toLowerCase());
  if (!kind) return null;
  const saying = clauses.filter((s) => s.verb < c.subject![0] && SPEECH_VERBS.has(toks[s.verb]!.lemma)).pop();
  const speaker = saying && !saying.passive ? saying.subject : null;
  if (!speaker) return null;
  const person = isPerson(speaker);
  return kind === 'either' || (kind === 'person') === person ? speaker : null;
}
