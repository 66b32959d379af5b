// "What is X?" where no sentence defines X by name (slot-answers.ts `definitionAnswer`): a passage
// may still answer when it defines X in a few more or other words ("A two-wheel tractor is ..."
// for "what is a walking tractor") or in an aside ("tillage (the turning of soil)"), but not when
// it only mentions X while saying something of another thing ("Farm shows describe the tractors
// ...") or tells of X without saying what it is ("The tractor was sold ...").
import { stemOf } from '../nlp/annotate.js';
import { textWords, withoutAsides } from '../text/words.js';
import type { Question } from './question.js';

/**
 * A defining verb: a copula followed by what the subject is, not by a participle of a deed done
 * to it ("was sold", "is known for"); or a verb that says what the subject holds or means
 * ("stands for", as a page listing what an abbreviation may mean writes).
 */
const DEFINING_VERB =
  /\s(?:(?:is|are|was|were)\s+(?!not\b|(?:known|found|born|made|seen|held|built|given|taken|written|shown|run|sold)\b|[\p{L}-]+ed\b)|(?:refers?\s+to|means|includes|(?:may\s+)?stands?\s+for)[\s:])/iu;

/** A word followed by an aside saying what it is: "tillage (the turning of soil)", "tillage, the turning of soil". */
const ASIDE_DEFINITION = /^\s*[(,]\s*(?:the|a|an)\s/i;

/**
 * Whether the sentence defines a thing one of whose words the question's thing writes (compared by
 * stem): the subject of its first defining verb, or a word with a defining aside after it.
 */
export function definesOneOf(sentence: string, thing: readonly string[]): boolean {
  const asked = new Set(thing.flatMap(textWords).map(stemOf));
  const m = DEFINING_VERB.exec(sentence);
  if (m) {
    const subject = withoutAsides(sentence.slice(0, m.index));
    if (textWords(subject).some((w) => asked.has(stemOf(w)))) return true;
  }
  for (const w of sentence.matchAll(/[\p{L}\p{N}]+/gu))
    if (asked.has(stemOf(w[0].toLowerCase())) && ASIDE_DEFINITION.test(sentence.slice(w.index + w[0].length)))
      return true;
  return false;
}

/** Determiners that pick one thing among others rather than naming a thing: "another function", "that song". */
const PICKING = /^(another|other|that|this|these|those)$/i;
/** Parts of speech of a plain thing's name. */
const THING_PART = /^(DET|ADJ|NOUN|PROPN|NUM|X|SYM)$/;

/**
 * The thing a "what is X" question asks to have defined, when X is plainly a thing's name: not
 * "what was his name", "what is the largest lake" (which one), "to what is it equal", nor "the
 * Gaulish religion" (an attribute of a named people, "the religion of the Gauls").
 */
export function thingToDefine(q: Question): string[] | null {
  const thing = q.form.defines;
  if (!thing || q.whAt !== 0) return null;
  const words = q.tokens.slice(2).filter((t) => t.pos !== 'PUNCT');
  if (
    !words.every((t) => THING_PART.test(t.pos) && !PICKING.test(t.text)) ||
    words.some((t) => t.pos === 'ADJ' && /est$/i.test(t.text) && t.lemma.toLowerCase() !== t.text.toLowerCase())
  )
    return null;
  const content = words[0]?.lemma === 'the' ? words.slice(1) : null;
  if (content && content[0]?.pos === 'PROPN' && content.at(-1)?.pos === 'NOUN') return null;
  // "What was the turnout?": a past event's value, not a definition ("what is a turnout").
  const past = /^(was|were)$/i.test(q.tokens[1]?.text ?? '');
  if (past && content?.length && content.every((t) => t.text === t.text.toLowerCase())) return null;
  return thing;
}
