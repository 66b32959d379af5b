// "What is the article about?", "summarise the story", "tl;dr": what the article is about is
// what a news article's lead says, its first sentence, under its headline. No passage's words
// answer it, so it is asked of the article itself, like its date or its title.
import type { TextIndex } from '../search/text-index.js';
import type { Question } from './question.js';

/** Words that ask for the gist, with or without naming the article. */
const SUMMARY_WORDS = new Set(['summary', 'summarize', 'summarise', 'gist', 'tldr', 'tl;dr', 'recap', 'overview']);
/** Requests for the gist that name nothing: the whole question. */
const GIST_ALONE =
  /^\s*(?:tl;?\s*dr|what\s+happened|what(?:'|’)?s\s+(?:going\s+on|happening|the\s+news)|what\s+is\s+(?:going\s+on|happening|the\s+news))\s*[?.!]*\s*$/i;
/** Nouns that may name the article itself. */
const ARTICLE_NOUNS = new Set(['article', 'story', 'piece', 'post', 'news', 'report']);
/** Nouns that ask what an article is about when they are of it ("the main point of the story"). */
const ABOUT_NOUNS = new Set(['point', 'topic', 'subject', 'theme']);
/** Words a request for the gist is worded with, which ask nothing themselves. */
const FRAME_WORDS = new Set(
  'what whats is was are be the this that a an it its about me give can could you please in short brief briefly main quick of tell i us do does so'.split(
    ' ',
  ),
);

/**
 * Whether the question asks what the article is about. A document noun the articles themselves
 * write ("the report" of an article about a report) is a thing they tell of, so only "article"
 * or a word asking for the gist settles it.
 */
export function asksSummary(q: Question, index: TextIndex): boolean {
  // "tl;dr", "what happened?", "what's going on": the gist, when nothing else is asked about.
  if (GIST_ALONE.test(q.text)) return true;
  const asked = q.tokens
    .map((t) => ({ word: t.text.toLowerCase().replace(/[’']s$/, ''), lemma: t.lemma.toLowerCase(), stem: t.stem }))
    .filter((t) => /\p{L}/u.test(t.word));
  const rest = asked.filter((t) => !FRAME_WORDS.has(t.word));
  const asksGist = (t: { word: string; lemma: string }) => SUMMARY_WORDS.has(t.word) || SUMMARY_WORDS.has(t.lemma);
  const known = (t: { word: string; lemma: string }) =>
    asksGist(t) || ARTICLE_NOUNS.has(t.lemma) || ABOUT_NOUNS.has(t.lemma);
  if (!rest.length || !rest.every(known)) return false;
  if (rest.some(asksGist)) return true;
  const noun = rest.find((t) => ARTICLE_NOUNS.has(t.lemma));
  if (!noun) return false;
  const toldOf = noun.lemma !== 'article' && index.hasStem(noun.stem);
  const asksAbout = asked.some((t) => t.word === 'about') || rest.some((t) => ABOUT_NOUNS.has(t.lemma));
  return asksAbout && !toldOf;
}

/** "What is happening with X", "what's going on in X": a request for the gist of what tells of X. */
const GIST_OF =
  /^\s*what(?:\s+is|\s+are|['’]s|s)?\s+(?:happening|going\s+on)\s+(?:with|in)\s+(?:the\s+)?(.+?)\s*[?.!]*\s*$/i;

/** The words of X, lower case, when the question asks what is happening with X; else null. */
export function gistTopic(q: Question): string[] | null {
  const m = GIST_OF.exec(q.text);
  if (!m) return null;
  const words = m[1]!
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !FRAME_WORDS.has(w));
  return words.length ? words : null;
}
