// "What did X say about Y?": who X is. The question may name the speaker as the article does
// ("Mr Thomas"), by a name typed lower-case that was not read as one ("blair"), or by a role
// and an organisation ("the eu commission spokeswoman" for "EC spokeswoman Jane Doe"); and the
// article may give a named speaker's words under a title of theirs ("the prime minister said").
import { SPEECH_VERBS } from '../extract/lexicon.js';
import { stemOf } from '../nlp/annotate.js';
import type { Context } from './answer-context.js';
import type { Entity, Quote } from '../corpus/corpus.js';
import { nameKey } from '../text/name-key.js';
import { OPINION_VERBS } from './question-kind.js';
import type { Question } from './question.js';
import type { QueryOptions } from './result.js';
import { isPossessiveMark, lowerWords } from '../text/words.js';

export interface AskedSpeaker {
  /** The people or bodies asked about. */
  speakers: Entity[];
  /** Their quotes, including those the article gives under a title of theirs; each with the speaker it is theirs as. */
  quotes: { quote: Quote; speaker: Entity }[];
  /** Question words before this token name the speaker by role ("the commission spokeswoman"), not the topic. */
  topicFrom: number;
  /** Whether the speakers are named by the question's words before its verb (else they are its every name). */
  named: boolean;
  /** The question's verb of saying or thinking. */
  verbAt: number;
}

/** Shortest word of a name that alone stands for it: shorter ones ("de", "al") are particles. */
const NAME_WORD_MIN = 3;

/** A question word naming the speaker: its forms as typed and as corrected, and those a title may match. */
interface SpeakerWord {
  at: number;
  forms: Set<string>;
  /**
   * Its forms less those of the name it was read as: "keele" stands for every word of "Rovers
   * manager Stuart Keele", and "manager" among them would match another's title.
   */
  titleForms: Set<string>;
}

/** The question's words naming the speaker: those before its verb of saying, as typed and as corrected. */
function speakerWords(q: Question, verbAt: number): SpeakerWord[] {
  const out: SpeakerWord[] = [];
  q.tokens.forEach((t, at) => {
    if (at >= verbAt || !/^(NOUN|PROPN|ADJ)$/.test(t.pos)) return;
    const forms = new Set([t.text.toLowerCase(), stemOf(t.text.toLowerCase())]);
    const titleForms = new Set(forms);
    for (const g of q.groups)
      if (g.at === at)
        for (const st of g.stems.keys()) {
          forms.add(st);
          if (!g.name) titleForms.add(st);
        }
    out.push({ at, forms, titleForms });
  });
  return out;
}

/** A word's forms as a role or name word is matched: itself and its stem. */
function formsOf(word: string): string[] {
  return [word, stemOf(word)];
}

/**
 * The speaker a "what did X say" question asks about, or null when it has no verb of saying.
 * A focus name written before the verb is the speaker; else a person of the articles in scope
 * whose name holds a word typed there; else one whose role there ends in a noun typed there and
 * shares another of its words ("eu commission spokeswoman" ~ "EC spokeswoman", the acronym read
 * as its words): the names beside such a role are what it belongs to, not the speaker.
 */
export function askedSpeaker(ctx: Context, q: Question, focus: Entity[], options: QueryOptions): AskedSpeaker | null {
  const { corpus } = ctx;
  const verbAt = q.tokens.findIndex(
    (t, i) => SPEECH_VERBS.has(t.lemma) || OPINION_VERBS.has(t.lemma) || opinionNounAt(q) === i,
  );
  if (verbAt < 0) return null;
  const words = speakerWords(q, verbAt);
  const docs = options.doc ? [options.doc] : [...new Set(focus.flatMap((e) => e.docs))];
  const before = new Set(q.tokens.slice(0, verbAt).map((t) => t.text.toLowerCase()));
  // As typed, or as corrected ("mclechie" for "McLetchie").
  const typed = (w: string) =>
    before.has(w) || (w.length >= NAME_WORD_MIN && words.some((x) => x.forms.has(stemOf(w))));
  const byName = focus.filter((e) => [e.name, ...e.aliases].some((n) => lowerWords(n).some(typed)));
  const near = words.length > 0 && docs.length > 0 && docs.length <= SCOPE_DOCS_MAX;
  const byTitle = near ? byRole(ctx, words, docs) : [];
  let speakers = byTitle.length ? byTitle : byName;
  if (!speakers.length && near) speakers = byNameWord(ctx, words, docs);
  const named = speakers.length > 0;
  if (!named) speakers = focus;
  const scoped = docs.length > 0 && docs.length <= SCOPE_DOCS_MAX;
  const quotes = speakers.flatMap((e) =>
    scoped ? docs.flatMap((d) => corpus.quotesBy(e.id, d)) : corpus.quotesBy(e.id, options.doc),
  );
  const out = quotes.map((quote) => ({ quote, speaker: corpus.entityById.get(quote.speakerId!)! }));
  if (scoped) for (const d of docs) out.push(...underTitle(ctx, speakers, d, new Set(quotes.map((x) => x.id))));
  return { speakers, quotes: out, topicFrom: byTitle.length ? verbAt : 0, named, verbAt };
}

/** Articles a speaker asked by role or lower-case name is looked for in: the focus's articles, when they are few. */
const SCOPE_DOCS_MAX = 50;

/** People of these articles with a word of their name typed before the verb ("blair" for "Tony Blair"). */
function byNameWord(ctx: Context, words: SpeakerWord[], docs: string[]): Entity[] {
  const out = new Set<Entity>();
  for (const w of words)
    for (const form of w.forms)
      if (form.length >= NAME_WORD_MIN)
        for (const e of ctx.corpus.peopleByNameWord.get(form) ?? [])
          if (e.docs.some((d) => docs.includes(d))) out.add(e);
  return [...out];
}

/** Speakers of these articles whose role there ends in a typed noun and shares another typed word, when one was typed. */
function byRole(ctx: Context, words: SpeakerWord[], docs: string[]): Entity[] {
  const { corpus } = ctx;
  const out = new Set<Entity>();
  for (const d of docs)
    for (const x of corpus.quotesOfDoc(d)) {
      const e = x.speakerId ? corpus.entityById.get(x.speakerId) : undefined;
      if (!e || out.has(e)) continue;
      for (const r of e.roles) {
        if (r.doc !== d) continue;
        const roleWords = lowerWords(r.text);
        const head = roleWords[roleWords.length - 1]!;
        const headAt = words.find((w) => formsOf(head).some((f) => w.titleForms.has(f)));
        if (!headAt) continue;
        const others = words.filter((w) => w !== headAt);
        const roleForms = new Set(roleWords.flatMap((w) => [...formsOf(w), ...acronymWords(ctx, w)]));
        if (others.length && !others.some((w) => [...w.titleForms].some((f) => roleForms.has(f)))) continue;
        out.add(e);
      }
    }
  return [...out];
}

/** The words and stems of what an acronym of a role stands for ("ec" -> european, commission). */
function acronymWords(ctx: Context, word: string): string[] {
  if (!/^[a-z]{2,5}$/.test(word)) return [];
  const ids = ctx.corpus.entitiesByName.get(nameKey(word)) ?? [];
  return ids.flatMap((id) => {
    const e = ctx.corpus.entityById.get(id);
    return e?.aliases.some((a) => a.toLowerCase() === word) ? lowerWords(e.name).flatMap(formsOf) : [];
  });
}

/**
 * Quotes of an article whose speaker is written as a title a speaker asked holds ("the prime
 * minister said" where the articles name "Prime Minister Tony Blair") and whom the article
 * mentions, when the speaker they were resolved to holds no such title: the words are the
 * title holder's. A title read in another article counts: the same person keeps it.
 */
function underTitle(ctx: Context, speakers: Entity[], doc: string, seen: Set<string>): AskedSpeaker['quotes'] {
  const { corpus } = ctx;
  const titleOf = (e: Entity) => new Set(e.roles.map((r) => nameKey(r.text)));
  speakers = speakers.filter((e) => e.docs.includes(doc));
  const out: AskedSpeaker['quotes'] = [];
  for (const x of corpus.quotesOfDoc(doc)) {
    if (seen.has(x.id) || !x.speakerMention) continue;
    const mention = nameKey(x.speakerMention.text);
    const holder = speakers.find((e) => titleOf(e).has(mention));
    if (!holder) continue;
    const resolved = x.speakerId ? corpus.entityById.get(x.speakerId) : undefined;
    if (resolved && titleOf(resolved).has(mention)) continue;
    out.push({ quote: x, speaker: holder });
  }
  return out;
}

/** Nouns of what someone thinks or says: "X's worry about Y" asks X's words about Y. */
const OPINION_NOUNS = new Set([
  'worry',
  'concern',
  'fear',
  'view',
  'opinion',
  'position',
  'stance',
  'complaint',
  'criticism',
  'objection',
  'reaction',
  'verdict',
  'warning',
]);

/** Where a question asks "what was X's worry about Y": the opinion noun after a possessive, or -1. */
export function opinionNounAt(q: Question): number {
  return q.tokens.findIndex(
    (t, i) =>
      i >= 2 &&
      OPINION_NOUNS.has(t.lemma.toLowerCase()) &&
      isPossessiveMark(q.tokens[i - 1]!.text) &&
      /^(about|on|over|to|regarding)$/i.test(q.tokens[i + 1]?.text ?? ''),
  );
}
