// A question's words as every command reads them: contractions of the wh-word written out,
// tagged by wink, with the deed after a lower-case "who" read as a verb.
import { annotate, type Token } from '../nlp/annotate.js';
import { expandContractions, withoutRequestFrame } from './question-form.js';
import { isPossessiveMark } from '../text/words.js';
import { SPEECH_VERBS } from '../extract/lexicon.js';

const WH_WORDS = new Set(['who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'which']);

export interface QuestionTokens {
  /** The question as typed, trimmed: the text shown. */
  text: string;
  tokens: Token[];
  /** Index of the first wh-word, or -1. */
  whAt: number;
}

/** `written` tells whether the articles use a word, so an abbreviation they write stays as typed. */
export function questionTokens(raw: string, written?: (word: string) => boolean): QuestionTokens {
  const text = raw.trim();
  // "whos X", "who's X": read as "who is X"; the text shown stays as typed.
  const read = unshouted(expandContractions(withoutRequestFrame(text), written));
  const first = annotate(read, 0, read.length).flatMap((s) => s.tokens);
  const unframed = withoutSayingFrame(read, first, askedWhAt(first));
  const annotated = unframed === null ? first : annotate(unframed, 0, unframed.length).flatMap((s) => s.tokens);
  const whAt = askedWhAt(annotated);
  return { text, tokens: withGerundNouns(withVerbAfterSubject(withVerbAfterWho(annotated, whAt), whAt)), whAt };
}

/** Verbs of saying or thinking that may frame the question asked: "who do you think will win". */
const FRAMING_VERBS = new Set([...SPEECH_VERBS, 'think', 'reckon', 'expect']);

/**
 * "Who does the report say won the vote?": the saying frames the question asked, "who won the
 * vote", whose answer the report's own passage gives; read with the frame, the one who says is
 * taken for the subject of the deed asked. The question without the frame, or null when it has
 * none (the word after the frame's verb must be a verb: "who did she say she met" asks whom).
 */
function withoutSayingFrame(read: string, tokens: Token[], whAt: number): string | null {
  // Only a participant of the framed clause: "when did X argue that ..." asks of the arguing.
  if (!/^(who|whom|what)$/i.test(tokens[whAt]?.text ?? '')) return null;
  const says = sayingAfterSubject(tokens, whAt, FRAMING_VERBS);
  if (says < 0) return null;
  const from = tokens[says + 1]?.text.toLowerCase() === 'that' ? says + 2 : says + 1;
  const next = tokens[from];
  if (!next) return null;
  const asked = read.slice(0, tokens[whAt]!.end);
  if (next.pos === 'VERB' || next.pos === 'AUX') return `${asked} ${read.slice(next.start)}`;
  // "Who did she say the council would sack?" asks "who would the council sack": the framed
  // clause's subject, then its auxiliary, which goes before it as a question's does.
  let verb = from;
  while (verb < tokens.length && SUBJECT_WORD.has(tokens[verb]!.pos)) verb++;
  const aux = tokens[verb];
  if (verb === from || aux?.pos !== 'AUX' || tokens[verb + 1]?.pos !== 'VERB') return null;
  return `${asked} ${aux.text} ${read.slice(next.start, tokens[verb - 1]!.end)} ${read.slice(tokens[verb + 1]!.start)}`;
}

/**
 * Where a verb of saying stands after the auxiliary "do" and a subject that follow the wh-word
 * ("who does the report say ..."), or -1: a saying by another than the one asked.
 */
export function sayingAfterSubject(tokens: Token[], whAt: number, verbs: ReadonlySet<string>): number {
  if (whAt < 0 || !/^(do|does|did)$/i.test(tokens[whAt + 1]?.text ?? '')) return -1;
  return tokens.findIndex((t, i) => i > whAt + 2 && t.pos === 'VERB' && verbs.has(t.lemma));
}

/** Parts of speech of a framed clause's subject: "the new council". */
const SUBJECT_WORD = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * "who was the club's previous record signing": an -ing form ending the question after a
 * determiner, an owner or a noun, with nothing after it for a verb to act on, names a thing (the
 * signing), which wink may read as the verb.
 */
function withGerundNouns(tokens: Token[]): Token[] {
  return tokens.map((t, i) => {
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    const named =
      t.pos === 'VERB' &&
      /^[a-z]{3,}ing$/.test(t.text) &&
      !!prev &&
      (/^(DET|NOUN)$/.test(prev.pos) || isPossessiveMark(prev.text)) &&
      (!next || next.pos === 'PUNCT');
    return named ? { ...t, pos: 'NOUN', lemma: t.text } : t;
  });
}

/**
 * The wh-word that asks: the first, save that "When the rocks are re-melted, what is formed?" and
 * "When it buckles upwards it creates what?" open with a clause of time and ask by a later "what".
 */
function askedWhAt(tokens: Token[]): number {
  const first = tokens.findIndex((t) => WH_WORDS.has(t.text.toLowerCase()));
  if (first !== 0 || !/^(when|where|if)$/i.test(tokens[0]!.text)) return first;
  const later = tokens.findIndex((t, i) => i > 1 && t.text.toLowerCase() === 'what');
  return later > 0 && tokens.slice(1, later).some((t) => t.pos === 'VERB') ? later : first;
}

/** Share of a question's letters in capitals from which it is read as typed with the caps lock on. */
const SHOUTED_SHARE = 0.8;
/** Fewest letters for that: "WHO is BA" is two acronyms, not shouting. */
const SHOUTED_LETTERS = 12;

/**
 * "WHO WAS IN THE MOVIE I CONFESS": a question typed all in capitals is read in lower case, where
 * names are found as in any lower-case question, not as one long name of capitals.
 */
function unshouted(text: string): string {
  const letters = text.match(/\p{L}/gu) ?? [];
  const capitals = letters.filter((c) => c !== c.toLowerCase()).length;
  const lower = text.toLowerCase();
  return letters.length >= SHOUTED_LETTERS && capitals >= SHOUTED_SHARE * letters.length && lower.length === text.length
    ? lower
    : text;
}

/**
 * "who chairs the council?": wink reads a present-tense verb right after "who" as a plural noun
 * when the question is lower-case. A plural noun there, before what it acts on, is the deed asked.
 */
export function withVerbAfterWho(tokens: Token[], whAt: number): Token[] {
  const t = tokens[whAt + 1];
  if (whAt >= 0 && tokens[whAt]!.text.toLowerCase() === 'who' && t) {
    const past = pastAfterWho(t, tokens[whAt + 2]);
    if (past) return tokens.map((x, i) => (i === whAt + 1 ? past : x));
  }
  if (whAt < 0 || tokens[whAt]!.text.toLowerCase() !== 'who' || t?.pos !== 'NOUN' || !/^[a-z]+[^s]s$/.test(t.text))
    return tokens;
  if (!/^(DET|PROPN|NOUN|ADJ|NUM|PRON)$/.test(tokens[whAt + 2]?.pos ?? '')) return tokens;
  const lemma = /(ch|sh|x|z|ss)es$/.test(t.text)
    ? t.text.slice(0, -2)
    : /[^aeiou]ies$/.test(t.text)
      ? `${t.text.slice(0, -3)}y`
      : t.text.slice(0, -1);
  return tokens.map((x, i) => (i === whAt + 1 ? { ...x, pos: 'VERB', lemma } : x));
}

/**
 * "who did the firm call in", "what did the bank forecast": after "did" and its subject a question
 * needs its verb, which wink may read as a noun. With no verb after the subject, the last noun
 * (before a closing particle) is the verb when a clause that can only make it one reads it so.
 */
function withVerbAfterSubject(tokens: Token[], whAt: number): Token[] {
  if (whAt < 0 || tokens[whAt + 1]?.pos !== 'AUX' || tokens[whAt + 1]!.lemma !== 'do') return tokens;
  let end = tokens.length;
  while (end > whAt + 2 && /^(PUNCT|ADP|PART)$/.test(tokens[end - 1]!.pos)) end--;
  const rest = tokens.slice(whAt + 2, end);
  const last = rest.at(-1);
  // One noun phrase after "did", prepositional phrases included ("the film of oxide on metals
  // delay"): a determiner after anything but a preposition opens an object, after a verb the
  // tagger misread ("the council close the bridge").
  const onePhrase = rest.every(
    (t, i) =>
      /^(NOUN|PROPN|ADJ|ADV|NUM|ADP)$/.test(t.pos) || (t.pos === 'DET' && (i === 0 || rest[i - 1]!.pos === 'ADP')),
  );
  if (rest.length < 2 || !onePhrase || last?.pos !== 'NOUN' || !/^[a-z]+$/.test(last.text)) return tokens;
  const read = asVerb(last.text);
  if (!read) return tokens;
  return tokens.map((x, i) => (i === end - 1 ? { ...x, pos: 'VERB', lemma: read.lemma } : x));
}

/**
 * "who starred in the film", "who married the king", "who shot the sheriff": wink reads a past
 * tense right after "who" as a noun or an adjective. Read in a clause that can only make it a
 * verb ("they starred it"), it is the deed asked, with its lemma. An irregular past ("shot",
 * "led") is told from a noun that clause also reads as a verb by its lemma being another word.
 */
function pastAfterWho(t: Token, next: Token | undefined): Token | null {
  if (!/^(NOUN|ADJ)$/.test(t.pos) || !/^[a-z]{3,}$/.test(t.text) || /(s|ing)$/.test(t.text)) return null;
  if (!/^(DET|PROPN|NOUN|ADJ|NUM|PRON|ADP)$/.test(next?.pos ?? '')) return null;
  const read = asVerb(t.text);
  return read && (t.text.endsWith('ed') || read.lemma !== t.text) ? { ...t, pos: 'VERB', lemma: read.lemma } : null;
}

/** The word read in a clause that can only make it a verb ("they starred it"): the verb's token, or null when wink still reads no verb. */
function asVerb(word: string): Token | null {
  const frame = `they ${word} it`;
  const read = annotate(frame, 0, frame.length).flatMap((s) => s.tokens)[1];
  return read?.pos === 'VERB' ? read : null;
}
