// "When was she dismissed?" against "A tribunal rejected her claim last year, finding that she had
// been fairly dismissed": a deed told only inside what someone found or said ("that she had been
// dismissed") is not dated by the time of the finding; only a time in its own clause dates it.
import type { ClauseFrame } from '../extract/clause-frames.js';
import type { Tok } from '../corpus/corpus.js';
import { SPEECH_VERBS } from '../extract/lexicon.js';

/** Verbs whose "that" clause tells what was said or found. */
const FINDING = new Set([...SPEECH_VERBS, 'find', 'rule', 'decide', 'show', 'hear', 'learn', 'accept']);

/**
 * Whether every clause holding the deed asked (`verbAt`) is a "that" clause of what was found or
 * said, with no time of its own. Not a relative clause ("the panel that dismissed her"), whose
 * "that" is followed by its verb, nor a cleft ("it was not until 1978 that it passed"), whose
 * clause before is no saying or finding.
 */
export function deedOnlyReported(
  clauses: readonly ClauseFrame[],
  verbAt: readonly number[],
  toks: readonly Tok[],
): boolean {
  const own = clauses.filter((c) => verbAt.some((v) => c.from <= v && v < c.to));
  const reported = (c: ClauseFrame) =>
    clauses.some((o) => o.to <= c.from && o.to >= c.from - 1 && FINDING.has(toks[o.verb]?.lemma ?? ''));
  return (
    own.length > 0 &&
    own.every(
      (c) =>
        /^that$/i.test(toks[c.from]?.text ?? '') &&
        !/^(VERB|AUX)$/.test(toks[c.from + 1]?.pos ?? '') &&
        !c.dates.length &&
        reported(c),
    )
  );
}
