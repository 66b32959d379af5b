// The deed a question asks of, written only denied. "When was the bridge reopened?" asks of a
// reopening; a passage that writes "the bridge was not reopened" says it did not happen, so it
// answers no "when", "who" or "what" of it, however well its words match; unless it goes on to
// say what happened instead ("not the document, but a clause to it"). The mirror of
// denied-word.ts, which keeps a negated question from a passage that affirms its deed.
import type { Corpus } from '../corpus/corpus.js';
import { asksWhatDidNotHappen } from './contrast.js';
import { denialByTo } from './denied-word.js';
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
/** Words that go on to say what did happen instead: "they do not mean the document itself, but a clause to it". */
const INSTEAD = /^(?:but|instead|rather)$/i;

/** Whether the sentence writes a deed the question asks of (a verb of its, by lemma) and writes each such verb only denied. */
export function deniesTheDeedAsked(corpus: Corpus, q: Question, gid: number): boolean {
  // "What are they unable to carry?" asks of a deed denied too, as "not" does.
  if (q.expects === 'yesno' || asksWhatDidNotHappen(q) || NEGATED_QUESTION.test(q.text) || denialByTo(q.tokens) >= 0)
    return false;
  const deeds = new Set(q.tokens.filter((t) => t.pos === 'VERB' && !LIGHT.has(t.lemma)).map((t) => t.lemma));
  if (!deeds.size) return false;
  const toks = corpus.tokens(gid);
  let written = false;
  for (const deed of deeds) {
    const at = toks.flatMap((t, i) => (t.pos === 'VERB' && t.lemma === deed ? [i] : []));
    if (!at.length) continue;
    written = true;
    const denied = (i: number) =>
      toks.slice(Math.max(0, i - NEGATION_BEFORE), i).some((t) => NEGATOR.test(t.text)) &&
      !toks.slice(i + 1, i + 1 + UNTIL_AFTER).some((t) => /^until$/i.test(t.text)) &&
      !toks.slice(i + 1).some((t) => INSTEAD.test(t.text));
    if (!at.every(denied)) return false;
  }
  return written;
}
