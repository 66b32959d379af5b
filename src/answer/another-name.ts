// "Where is CCR from?" against "Creedence Clearwater Revival (sometimes shortened to Creedence or
// CCR) was an American rock band": a name the passage gives as another name of what the question
// names ("Creedence") is that very thing again, not the place or the person asked of it.
import type { Token } from '../nlp/annotate.js';
import type { Question } from './question.js';

/** Lemmas of the verbs that give a thing another name: "shortened to", "called", "nicknamed". */
const NAMING_VERBS = new Set(['shorten', 'call', 'nickname', 'abbreviate', 'dub']);
/** Words that give another name without a verb: "formerly X", "X, alias Y". */
const NAMING_WORDS = new Set(['formerly', 'aka', 'alias']);
/** "Known" gives another name only as "known as" or "known by (the name)", not "known for". */
const KNOWN_BY = new Set(['as', 'by']);
/** Verbs an aside between two names may hold without a clause of its own: "(born 3 May 1980)". */
const ASIDE_VERBS = new Set(['bear', 'born']);

/**
 * Most words between two names of one thing: "Darren Pike (born 3 May 1980), better known by his
 * stage name Kestrel" holds 14. More reaches names given further on, and risks a name of another.
 */
const ALIAS_REACH = 16;

/**
 * Whether the short answer and a name the question gives are two names of one thing in the
 * passage: written close together with a word that gives another name between them ("better
 * known as", "shortened to", "formerly"), and no verb of a clause of their own. "Who is X" asks
 * who X is, which another name may answer: it is not tested.
 */
export function givesAnotherNameOfTheAsked(q: Question, toks: readonly Token[], text: string, span: string): boolean {
  if (q.wh === 'who' && q.predicate?.lemma === 'be') return false;
  const from = toks[0]?.start ?? 0;
  const at = text.indexOf(span, from);
  if (at < 0) return false;
  const answer = toks.flatMap((t, i) => (t.start >= at && t.end <= at + span.length ? [i] : []));
  if (!answer.length) return false;
  const first = answer[0]!;
  const last = answer.at(-1)!;
  const asked = new Set(q.tokens.map((t) => t.text.toLowerCase()));
  // The question's names as the passage writes them: capitalised words the question gives.
  const named = toks.flatMap((t, i) =>
    (i < first || i > last) && /^\p{Lu}/u.test(t.text) && asked.has(t.text.toLowerCase()) ? [i] : [],
  );
  return named.some((k) => {
    const between = k < first ? toks.slice(k + 1, first) : toks.slice(last + 1, k);
    if (between.length > ALIAS_REACH || between.some((t) => t.text === ';')) return false;
    const naming = (t: Token, i: number) =>
      NAMING_VERBS.has(t.lemma) ||
      NAMING_WORDS.has(t.text.toLowerCase()) ||
      (t.lemma === 'know' && KNOWN_BY.has(between[i + 1]?.text.toLowerCase() ?? ''));
    return (
      between.some(naming) &&
      between.every((t, i) => naming(t, i) || ASIDE_VERBS.has(t.lemma) || !/^(VERB|AUX)$/.test(t.pos))
    );
  });
}
