// "What is the novel X about?", "what was the protest about?": a question asking what a work or
// an event is about is answered by a passage that tells its matter ("tells the story of",
// "follows the lives of", "describes", "a song about"), not by one that says only what kind of
// thing it is ("is a country song released in 2007") or who made it.
import type { Corpus, Tok } from '../corpus/corpus.js';
import type { Question } from './question.js';

/** Lemmas of words that give what something is about: verbs of telling, and the nouns for a work's matter. */
const MATTER_WORDS = new Set([
  'describe',
  'tell',
  'follow',
  'concern',
  'deal',
  'depict',
  'portray',
  'chronicle',
  'recount',
  'narrate',
  'focus',
  'centre',
  'center',
  'explore',
  'revolve',
  'detail',
  'document',
  'examine',
  'discuss',
  'address',
  'story',
  'plot',
  'theme',
  'topic',
  'depiction',
  'account',
  'narrative',
  'tale',
  'premise',
]);

/** Whether the question asks what its subject is about: "what is/was X about", X not a feeling ("worried about"). */
export function asksWhatAbout(q: Question): boolean {
  const toks = q.tokens.filter((t) => t.pos !== 'PUNCT');
  const last = toks[toks.length - 1];
  const before = toks[toks.length - 2];
  if (q.wh !== 'what' || last?.text.toLowerCase() !== 'about' || !before) return false;
  // "What was Warner correct about?" asks what Warner was right on, not what Warner is about.
  if (before.pos === 'ADJ' || before.pos === 'VERB') return false;
  const whAt = toks.findIndex((t) => t.text.toLowerCase() === 'what');
  return toks[whAt + 1]?.lemma === 'be';
}

/** Whether a question asking what X is about meets a sentence that gives no matter of anything. */
export function lacksTheMatter(corpus: Corpus, q: Question, gid: number): boolean {
  return asksWhatAbout(q) && !corpus.tokens(gid).some(tellsMatter);
}

/** A word of telling, or "about" before what something is about ("a song about love"; not "about 40"). */
function tellsMatter(t: Tok, i: number, toks: readonly Tok[]): boolean {
  // "Following the war, ..." is a time, not a story that follows someone.
  if (MATTER_WORDS.has(t.lemma.toLowerCase())) return !/^following$/i.test(t.text);
  return (
    t.text.toLowerCase() === 'about' && !!toks[i + 1] && toks[i + 1]!.pos !== 'NUM' && !/^\d/.test(toks[i + 1]!.text)
  );
}
