// "What is the article about?", "summarise the story", "tl;dr": what the article is about is
// what a news article's lead says, its first sentence, under its headline. No passage's words
// answer it, so it is asked of the article itself, like its date or its title.
import type { TextIndex } from '../search/text-index.js';
import type { Question } from './question.js';

/** Words that ask for the gist, with or without naming the article. */
const SUMMARY_WORDS = new Set(['summary', 'summarize', 'summarise', 'gist', 'tldr', 'tl;dr', 'recap', 'overview']);
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
  const words = q.tokens.map((t) => t.text.toLowerCase().replace(/[’']s$/, '')).filter((w) => /\p{L}/u.test(w));
  const rest = words.filter((w) => !FRAME_WORDS.has(w));
  const lemmaOf = (w: string) => q.tokens.find((t) => t.text.toLowerCase().startsWith(w))?.lemma.toLowerCase() ?? w;
  const known = (w: string) =>
    SUMMARY_WORDS.has(w) ||
    SUMMARY_WORDS.has(lemmaOf(w)) ||
    ARTICLE_NOUNS.has(lemmaOf(w)) ||
    ABOUT_NOUNS.has(lemmaOf(w));
  if (!rest.length || !rest.every(known)) return false;
  if (rest.some((w) => SUMMARY_WORDS.has(w) || SUMMARY_WORDS.has(lemmaOf(w)))) return true;
  const noun = rest.map(lemmaOf).find((l) => ARTICLE_NOUNS.has(l));
  if (!noun) return false;
  const toldOf = noun !== 'article' && index.hasStem(q.tokens.find((t) => t.lemma.toLowerCase() === noun)!.stem);
  const asksAbout = words.includes('about') || rest.some((w) => ABOUT_NOUNS.has(lemmaOf(w)));
  return asksAbout && !toldOf;
}
