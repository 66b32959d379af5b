// "Who matters more to them, Norway or Iceland?" offers its answers: the short answer is one of
// them or none. Another name from the passage ("Denmark") would be a cited wrong answer.
import type { Result } from './result.js';

/** ", A or B?" closing a question: the two options, each a few words. */
const OPTIONS = /,\s*([^,?]{1,40}?)\s+or\s+([^,?]{1,40}?)\s*[?.!]*\s*$/i;
/** Words that ask for the one a comparison puts first, or last. */
const MORE = /\b(more|most|better|best|bigger|biggest|larger|largest|greater|greatest)\b/i;
const LESS = /\b(less|least|fewer|fewest|smaller|smallest|worse|worst)\b/i;
/** Words before "than" that may hold its comparative: "costs them more than", "even more than". */
const COMPARATIVE_REACH = 3;

/** Which way a text compares: up ("more"), down ("less"), or not or both ways (null). */
function grade(text: string): 'up' | 'down' | null {
  const [up, down] = [MORE.test(text), LESS.test(text)];
  return up === down ? null : up ? 'up' : 'down';
}

/** The options a question offers, or null when it offers none. */
export function offeredOptions(question: string): [string, string] | null {
  const m = OPTIONS.exec(question.trim());
  return m ? [m[1]!, m[2]!] : null;
}

/**
 * The answer kept within the options offered: as given when it names one; else the one option the
 * cited sentence names, or the one it ranks as asked ("A ... more than B"); else none.
 */
export function withinOfferedChoice(question: string, r: Result): Result {
  const options = offeredOptions(question);
  if (!options || !r.found || !r.answer || /^(yes|no)\b/i.test(r.answer)) return r;
  // An answer naming both (a whole sentence) has chosen neither.
  const chosen = options.filter((o) => names(r.answer!, o));
  if (chosen.length === 1) return { ...r, answer: asWritten(r.answer, chosen[0]!) };
  const sentence = r.citations[0]?.text ?? '';
  const named = options.filter((o) => names(sentence, o));
  // A whole sentence that names neither as typed may still tell which ("numerical models ... are
  // more sophisticated"): left to the reader, as it was given.
  if (!named.length && r.answer.trim() === sentence.trim()) return r;
  const pick = named.length === 1 ? named[0] : named.length === 2 ? rankedAsAsked(question, sentence, options) : null;
  if (pick) return { ...r, answer: asWritten(sentence, pick) };
  return {
    ...r,
    found: false,
    answer: null,
    message: `The articles do not say which of ${options[0]} or ${options[1]}.`,
  };
}

function optionPattern(option: string): RegExp {
  const escaped = option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${escaped}(?![\\p{L}])`, 'iu');
}

function names(text: string, option: string): boolean {
  return optionPattern(option).test(text);
}

/** The option as the sentence writes it: "Russia" for a typed "russia". */
function asWritten(sentence: string, option: string): string {
  return optionPattern(option).exec(sentence)?.[0] ?? option;
}

/**
 * "Norway ... even more than Iceland": the option before "than" when the question compares the
 * way the sentence does, the one after when it compares the other way ("less" against "more").
 */
function rankedAsAsked(question: string, sentence: string, options: [string, string]): string | null {
  const than = sentence.search(/\bthan\b/i);
  if (than < 0) return null;
  const [before, after] = [sentence.slice(0, than), sentence.slice(than)];
  const first = options.find((o) => names(before, o) && !names(after, o));
  const second = options.find((o) => names(after, o) && !names(before, o));
  if (!first || !second) return null;
  const [asked, written] = [grade(question), grade(before.split(/\s+/).slice(-COMPARATIVE_REACH).join(' '))];
  if (!asked || !written) return null;
  return asked === written ? first : second;
}
