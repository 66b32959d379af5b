// Reads a line against the conversation's context: a pronoun ("what did he say") is replaced by
// the name it points at, an elliptical follow-up ("and Kabulov?", "what about Iran?") reuses the
// last question's form with the new name, and "more" asks for the next passages. The reading
// is returned so the answer can say how the line was understood.
import type { ConversationContext, NamedThing } from './context.js';
import type { NameSpan } from './names.js';
import { ALL_FORMS, pronouns, wordIn } from '../text/function-words.js';

export type FollowUp = { kind: 'question'; question: string; about: string | null } | { kind: 'more' };

const MORE =
  /^(more|tell me more|more please|go on|continue|keep going|anything else|what else|and\??|more passages|next)[\s?!.]*$/i;
const ELLIPSIS = /^(?:and|but|also|and what about|what about|how about|what of|and how about)\s+(.+?)[\s?!.]*$/i;
const PRONOUN = new RegExp(`\\b(${pronouns(['he', 'she', 'they', 'it'], ALL_FORMS).join('|')})\\b`, 'gi');
const PERSONAL = new Set(pronouns(['he', 'she'], ALL_FORMS));
const PLURAL = new Set(pronouns(['they'], ALL_FORMS));
/** Not "her", which is as often the object: read from the word after it. */
const POSSESSIVE = new Set(pronouns(['he', 'they', 'it'], ['possessive']));
const STANDS_ALONE = wordIn(pronouns(['he', 'she', 'they', 'it'], ['subject', 'object']));
/** What an organisation does: "it" stands for one only beside such a verb ("what did it announce"), never in "when did it happen". */
const ACTS =
  /\b(say|said|says|tell|told|want|wants|claim|claimed|announce|announced|think|thinks|demand|demanded|warn|warned|plan|planned|decide|decided)\b/i;
const SPEECH = /\b(say|said|says|claim|claimed|write|wrote|mean|meant)\b/i;
/** Words of the last passage put in for "that": enough for the engine to find it again. */
const PASSAGE_WORDS = 14;

const isPerson = (n: NamedThing): boolean => n.type === 'person';
const isBody = (n: NamedThing): boolean => n.type === 'organisation' || n.type === 'group';

function referent(pronoun: string, names: NamedThing[], question: string): NamedThing | null {
  const p = pronoun.toLowerCase();
  if (PERSONAL.has(p)) return names.find(isPerson) ?? null;
  if (PLURAL.has(p)) return names.find(isBody) ?? names.find(isPerson) ?? null;
  return ACTS.test(question) ? (names.find(isBody) ?? null) : null;
}

export function readFollowUp(
  line: string,
  context: ConversationContext | null,
  findNames: (text: string) => NameSpan[],
): FollowUp {
  const text = line.trim();
  if (MORE.test(text)) return { kind: 'more' };
  if (!context) return { kind: 'question', question: text, about: null };

  const ellipsis = ELLIPSIS.exec(text);
  if (ellipsis && !/\b(did|does|do|is|was|were|are|has|have|said|say)\b/i.test(ellipsis[1]!)) {
    // "what about him?": the pronoun's referent takes the last question's form.
    const alone = STANDS_ALONE.test(ellipsis[1]!) ? referent(ellipsis[1]!, context.names, 'say') : null;
    const rewritten = reuseForm(context.question, alone?.name ?? ellipsis[1]!, findNames);
    if (rewritten) return { kind: 'question', ...rewritten };
  }

  let about: string | null = null;
  let question = text.replace(PRONOUN, (word: string, _p: string, offset: number, whole: string) => {
    const n = referent(word, context.names, whole);
    if (!n) return word;
    about ??= n.name;
    const lower = word.toLowerCase();
    // "her" is possessive before a noun ("her statement") and an object otherwise ("ask her").
    const next = /^\s+([\p{L}]+)/u.exec(whole.slice(offset + word.length))?.[1]?.toLowerCase();
    const possessive =
      POSSESSIVE.has(lower) ||
      (lower === 'her' && next !== undefined && !/^(about|to|for|on|in|at|say|said|and|or)$/.test(next));
    return possessive ? `${n.name}'s` : n.name;
  });
  // "who said that?": "that" is the last passage's words (the articles rarely say when words were said,
  // so other questions keep "that" as typed).
  if (context.passage && /^\s*who\b/i.test(question) && SPEECH.test(question)) {
    const snippet = context.passage.split(/\s+/).slice(0, PASSAGE_WORDS).join(' ').replace(/[“”"]/g, '');
    const replaced = question.replace(/\b(that|this)\s*([?!.]*)$/i, (_m, _w, end: string) => `“${snippet}”${end}`);
    if (replaced !== question) {
      question = replaced;
      about ??= 'the last passage';
    }
  }
  return { kind: 'question', question, about };
}

/** The last question with one of its names (of the new name's kind, or its topic) swapped for `typed`. */
function reuseForm(
  last: string,
  typed: string,
  findNames: (text: string) => NameSpan[],
): { question: string; about: string } | null {
  const newName = findNames(typed)[0] ?? null;
  const replacement = newName ? newName.name : typed.trim();
  const spans = findNames(last);
  const person = newName ? isPerson(newName) : false;
  const sameKind = spans.find((s) => (newName ? isPerson(s) === person : false));
  const topic = /\babout\s+(.+?)[\s?!.]*$/i.exec(last);
  let target: { start: number; end: number } | null = null;
  if (sameKind) target = sameKind;
  else if (topic && !person)
    target = {
      start: topic.index + topic[0].indexOf(topic[1]!),
      end: topic.index + topic[0].indexOf(topic[1]!) + topic[1]!.length,
    };
  else if (!person && SPEECH.test(last)) {
    // "what did Nessar say" + "what about Iran?": what Nessar said about Iran.
    return { question: `${last.replace(/[\s?!.]+$/, '')} about ${replacement}`, about: replacement };
  } else if (spans[0]) target = spans[0];
  if (!target) return null;
  return { question: last.slice(0, target.start) + replacement + last.slice(target.end), about: replacement };
}
