// "Which party won 11 seats?": the kind noun is the subject of the deed asked, so the answer is
// the name that does that deed in the passage ("The Green Left, which won 11 seats"), not any
// name of the kind the sentence holds ("... partner for the Harbour Party").
import type { ClauseFrame } from '../extract/clause-frames.js';
import type { Tok } from '../corpus/corpus.js';
import type { StoredMention } from '../store/schema.js';
import type { Question } from './question.js';
import { stemOf } from '../nlp/annotate.js';
import { inHyphenatedWord } from '../text/words.js';

/** A capitalised word after another: the last word of a name ("Harbour Party"). */
const NAME_END = /(?<=\p{Lu}[\p{L}'’-]*\s)\p{Lu}\p{Ll}+/gu;

/**
 * Whether the article writes names ending in the kind word ("Harbour Party" for "party"): its
 * names are then of that kind, and a name doing the deed answers. A person doing it does not
 * answer "what law justified ...".
 */
export function namesOfKind(text: string, kind: string): boolean {
  for (const m of text.matchAll(NAME_END)) if (stemOf(m[0].toLowerCase()) === kind) return true;
  return false;
}

/** Whether the question reads "which <kind> <verb> ...": its kind noun does the deed asked. */
export function kindDoesDeed(q: Question): boolean {
  const kind = q.tokens[q.whAt + 1];
  const verb = q.tokens[q.whAt + 2];
  return (
    /^(which|what)$/i.test(q.tokens[q.whAt]?.text ?? '') &&
    kind?.pos === 'NOUN' &&
    verb?.pos === 'VERB' &&
    q.predicate?.kind === 'verb' &&
    !q.predicate.passive &&
    q.predicate.at === q.whAt + 2
  );
}

/**
 * The one name in the subject of a clause whose verb stands at `verbAt` (the deed asked), as the
 * sentence writes it; null when no such clause has a subject naming exactly one thing.
 */
export function nameDoingDeed(
  clauses: readonly ClauseFrame[],
  verbAt: readonly number[],
  mentions: readonly StoredMention[],
  toks: readonly Tok[],
  text: string,
): string | null {
  for (const c of clauses) {
    if (!verbAt.includes(c.verb) || c.passive || !c.subject) continue;
    const [from, to] = c.subject;
    const start = toks[from]!.start;
    const end = toks[to - 1]!.end;
    const inSubject = mentions.filter((m) => m.start >= start && m.end <= end);
    // "Norland" inside "Norland First party" is part of the one name.
    const named = inSubject.filter((m) => !inSubject.some((o) => o !== m && o.start <= m.start && m.end <= o.end));
    if (named.length !== 1) continue;
    // A name's hyphenated first word is whole: "far-right", not "right".
    let first = toks.findIndex((t) => t.start === named[0]!.start);
    while (first > 0 && inHyphenatedWord(toks, first) && inHyphenatedWord(toks, first - 1)) first--;
    return text.slice(first >= 0 ? toks[first]!.start : named[0]!.start, named[0]!.end);
  }
  return null;
}
