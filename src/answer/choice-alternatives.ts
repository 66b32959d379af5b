// "Is the deal short-term or long-term?" offers a choice: a passage answers it only by writing one
// of the alternatives. The tagger splits a hyphenated word ("short", "-", "term"), so its parts
// alone would let a passage that writes "the autumn term" and "a long wait" answer; a hyphenated
// alternative counts only written whole ("short-term", "short term").
import type { Corpus } from '../corpus/corpus.js';
import type { Token } from '../nlp/annotate.js';
import type { Question } from './question.js';

/** An alternative of the choice: the words of a hyphenated one, or the question's word at `at`. */
type Alternative = { words: string[] } | { at: number };

/** Whether tokens `i - 1`, `i`, `i + 1` are a word, a hyphen written tight against both, and a word. */
function hyphenAt(toks: readonly Token[], i: number): boolean {
  const [a, h, b] = [toks[i - 1], toks[i], toks[i + 1]];
  return !!a && !!b && h?.text === '-' && a.end === h.start && h.end === b.start && /\p{L}/u.test(a.text + b.text);
}

/** The alternative that ends at token `end` (the word before "or" or before a comma of the list). */
function endingAt(toks: readonly Token[], end: number): Alternative | null {
  if (!toks[end] || toks[end].pos === 'PUNCT') return null;
  return hyphenAt(toks, end - 1) ? { words: [toks[end - 2]!.text, toks[end].text] } : { at: end };
}

/** The alternative that starts at token `from` (after "or", past "a" or "the"). */
function startingAt(toks: readonly Token[], from: number): Alternative | null {
  const k = toks[from]?.pos === 'DET' ? from + 1 : from;
  if (!toks[k] || toks[k].pos === 'PUNCT') return null;
  return hyphenAt(toks, k + 1) ? { words: [toks[k].text, toks[k + 2]!.text] } : { at: k };
}

/**
 * The alternatives of a yes/no-shaped question offering a choice ("A or B", "A, B or C"); none
 * for any other question, nor when one of them cannot be read.
 */
export function alternativesOf(q: Question): Alternative[] {
  if (q.wh !== 'yesno') return [];
  const toks = q.tokens;
  const or = toks.findIndex((t) => t.text.toLowerCase() === 'or');
  if (or < 1) return [];
  const out = [endingAt(toks, or - 1), startingAt(toks, or + 1)];
  // "predators, vegetarian or parasitic": the list's earlier items, each before a comma.
  for (let i = or - 1; i > 0; i--) {
    if (toks[i]!.text !== ',') continue;
    const item = endingAt(toks, i - 1);
    if (!item) break;
    out.push(item);
  }
  return out.every((a) => a !== null) ? out : [];
}

/** Whether the passage writes none of the alternatives a choice question offers. */
export function writesNoAlternative(corpus: Corpus, q: Question, gid: number): boolean {
  const alternatives = alternativesOf(q);
  // A word of no weight ("on or off") has no group to look for: the choice cannot be checked.
  if (!alternatives.length || alternatives.some((a) => 'at' in a && !q.groups.some((g) => g.at === a.at))) return false;
  const text = corpus.sentenceText(gid).toLowerCase();
  const stems = new Set(corpus.stemsOf(gid));
  return !alternatives.some((a) => {
    if ('words' in a)
      return text.includes(a.words.join('-').toLowerCase()) || text.includes(a.words.join(' ').toLowerCase());
    const group = q.groups.find((g) => g.at === a.at)!;
    return [...group.stems.keys()].some((st) => stems.has(st));
  });
}
