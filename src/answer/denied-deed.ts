// The deed a question asks of, written only denied. "When was the bridge reopened?" asks of a
// reopening; a passage that writes "the bridge was not reopened" says it did not happen, so it
// answers no "when", "who" or "what" of it, however well its words match; unless it goes on to
// say what happened instead ("not the document, but a clause to it"). The mirror of
// denied-word.ts, which keeps a negated question from a passage that affirms its deed. "Have" is
// too light a verb to be a deed alone, but with its thing it is one: "what tradition did they have"
// is not answered by "they did not have the rich traditions of their neighbours".
import type { Corpus } from '../corpus/corpus.js';
import { asksWhatDidNotHappen } from './contrast.js';
import { denialByTo } from './denied-word.js';
import type { Token } from '../nlp/annotate.js';
import type { Question } from './question.js';

/** Verbs too light to name a deed of their own ("what did they do", "what did she say"). */
const LIGHT = new Set(['be', 'have', 'do', 'get', 'make', 'take', 'give', 'say']);
const NEGATOR = /^(?:not|n['’]t|never|no|cannot)$/i;
/** A negation anywhere in the question: "cannot" too, which asksWhatDidNotHappen reads as no word of its own. */
const NEGATED_QUESTION = /\b(?:not|never|no|cannot)\b|n['’]t\b/i;
/** Words before a verb its negation may stand: "was not reopened", "did not, in the end, reopen". */
const NEGATION_BEFORE = 3;
/** Words after a denied verb that may say when it did happen: "did not open until 1910". */
const UNTIL_AFTER = 4;
/**
 * Words that deny, as done, the verb after their "to": "refused to sign". Only past ones, which
 * report what happened; "if it fails to nominate" sets a condition.
 */
const DENIED_BY_TO = /^(?:refused|failed|declined)$/i;
/** Words that go on to say what did happen instead: "they do not mean the document itself, but a clause to it". */
const INSTEAD = /^(?:but|instead|rather)$/i;

/** Words after "have" its thing may stand: "did not have the rich and distinctive traditions". */
const THING_AFTER = 5;

/** The stem of the thing a "have" at `i` has: the first noun after it, unless a verb comes first ("have opened"). */
function thingHad(toks: readonly Token[], i: number): string | null {
  for (const t of toks.slice(i + 1, i + 1 + THING_AFTER)) {
    if (t.pos === 'NOUN') return t.stem;
    if (/^(VERB|AUX|PUNCT|ADP)$/.test(t.pos)) return null;
  }
  return null;
}

/** Whether the sentence writes a deed the question asks of (a verb of its, by lemma, or "have" with its thing) and writes each such verb only denied. */
export function deniesTheDeedAsked(corpus: Corpus, q: Question, gid: number): boolean {
  // "What are they unable to carry?" asks of a deed denied too, as "not" does.
  if (q.expects === 'yesno' || asksWhatDidNotHappen(q) || NEGATED_QUESTION.test(q.text) || denialByTo(q.tokens) >= 0)
    return false;
  const deeds = new Set(q.tokens.filter((t) => t.pos === 'VERB' && !LIGHT.has(t.lemma)).map((t) => t.lemma));
  const had = new Set(
    q.tokens.flatMap((t, i) => {
      const thing = t.lemma === 'have' ? thingHad(q.tokens, i) : null;
      return thing ? [thing] : [];
    }),
  );
  if (!deeds.size && !had.size) return false;
  const toks = corpus.tokens(gid);
  // "refused to consent", "failed to agree": denied as "did not agree" is.
  const deniedByTo = (i: number) => /^to$/i.test(toks[i - 1]?.text ?? '') && DENIED_BY_TO.test(toks[i - 2]?.text ?? '');
  const denied = (i: number) =>
    (toks.slice(Math.max(0, i - NEGATION_BEFORE), i).some((t) => NEGATOR.test(t.text)) || deniedByTo(i)) &&
    !toks.slice(i + 1, i + 1 + UNTIL_AFTER).some((t) => /^until$/i.test(t.text)) &&
    !toks.slice(i + 1).some((t) => INSTEAD.test(t.text));
  // A deed written in a verb one step more general ("consented" for "agree") is written too.
  const broader = new Map(
    q.groups.flatMap((g) => (g.at !== undefined && g.broader ? [[q.tokens[g.at]!.lemma, new Set(g.broader)]] : [])),
  );
  const writes = (t: Token, deed: string) => t.lemma === deed || !!broader.get(deed)?.has(t.stem);
  const writings = [
    ...[...deeds].map((deed) => toks.flatMap((t, i) => (t.pos === 'VERB' && writes(t, deed) ? [i] : []))),
    ...[...had].map((thing) => toks.flatMap((t, i) => (t.lemma === 'have' && thingHad(toks, i) === thing ? [i] : []))),
  ].filter((at) => at.length);
  return writings.length > 0 && writings.every((at) => at.every(denied));
}
