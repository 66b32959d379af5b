// One turn of a conversation at any edge (terminal, Discord): small talk gets a short reply, a
// follow-up is read against the remembered context, the stateless engine answers the question
// as read, and the context is updated for the next turn.
import type { Engine } from '../answer/engine.js';
import type { Citation, QueryOptions, Result } from '../answer/result.js';
import type { ContextMemory, ConversationContext, NamedThing } from './context.js';
import { readFollowUp } from './follow-up.js';
import { findNames } from './names.js';
import { smallTalkReply } from './small-talk.js';

/** Passages one "more" gives: a screenful in the terminal, a page in Discord. */
export const MORE_PASSAGES = 3;
/** Passages a search for "more" looks through beyond the answer's own. */
const MORE_SEARCH_LIMIT = 30;
/** Passages remembered as shown, across the conversation: "more" never repeats one of them. */
const MAX_SHOWN = 40;
/** Names remembered per answer: the first few are all a pronoun ever needs. */
const MAX_NAMES = 8;

export type Turn =
  | { kind: 'reply'; text: string }
  /** `reading` says how a follow-up was understood ("about Omar Nessar"), null for a fresh question; `more`: the next passages of the last answer. */
  | { kind: 'answer'; result: Result; reading: string | null; more: boolean };

const ref = (c: { doc: string; start: number }): string => `${c.doc}:${c.start}`;

export async function converse(
  engine: Engine,
  memory: ContextMemory,
  conversation: string,
  line: string,
  options: { doc?: string; shown: number },
): Promise<Turn> {
  const talk = smallTalkReply(line);
  if (talk) return { kind: 'reply', text: talk };
  const context = await memory.get(conversation);
  const lookup = (text: string) => findNames(engine, text);
  const followUp = readFollowUp(line, context, lookup);
  const query: QueryOptions = options.doc ? { doc: options.doc } : {};

  if (followUp.kind === 'more') {
    if (!context)
      return { kind: 'reply', text: 'Ask a question first; “more” then gives the next passages of its answer.' };
    const seen = new Set(context.shown);
    const next: Citation[] = [];
    const take = (cs: Citation[]): void => {
      for (const c of cs) {
        if (next.length >= MORE_PASSAGES) return;
        if (seen.has(ref(c))) continue;
        seen.add(ref(c));
        next.push(c);
      }
    };
    const asked = engine.run('ask', context.question, query);
    take(asked.citations);
    if (next.length < MORE_PASSAGES) {
      // Further passages found by search, kept to those naming whom the question was about.
      const words = (context.focus ?? [])
        .flatMap((n) => n.split(/\s+/))
        .filter((w) => w.length >= 3)
        .map((w) => w.toLowerCase());
      const about = (c: Citation): boolean => !words.length || words.some((w) => c.text.toLowerCase().includes(w));
      take(engine.run('search', context.question, { ...query, limit: MORE_SEARCH_LIMIT }).citations.filter(about));
    }
    const reading = `more on “${context.question}”`;
    if (!next.length) {
      return {
        kind: 'answer',
        reading,
        more: true,
        result: {
          ...asked,
          found: false,
          answer: null,
          citations: [],
          quotes: [],
          message: 'No more passages answer that question.',
        },
      };
    }
    await memory.set(conversation, { ...context, shown: [...next.map(ref), ...context.shown].slice(0, MAX_SHOWN) });
    const quotes = asked.quotes.filter((q) => next.some((c) => q.doc === c.doc && q.start < c.end && c.start < q.end));
    return {
      kind: 'answer',
      reading,
      more: true,
      result: { ...asked, input: context.question, found: true, answer: null, citations: next, quotes },
    };
  }

  const result = engine.run('ask', followUp.question, query);
  if (result.found && !result.error)
    await memory.set(conversation, remember(engine, followUp.question, result, options.shown, context));
  return { kind: 'answer', result, reading: followUp.about ? `about ${followUp.about}` : null, more: false };
}

/** The context an answer leaves: the question's names first (what "he" most likely means), then the answer's. */
function remember(
  engine: Engine,
  question: string,
  result: Result,
  shown: number,
  earlier: ConversationContext | null,
): ConversationContext {
  const top = result.citations[0];
  const quote = top
    ? result.quotes.find((q) => q.doc === top.doc && q.start < top.end && top.start < q.end)
    : undefined;
  const names: NamedThing[] = [];
  const add = (n: NamedThing): void => {
    if (names.length < MAX_NAMES && !names.some((m) => m.name === n.name)) names.push({ name: n.name, type: n.type });
  };
  const focus = findNames(engine, question).map((n) => n.name);
  for (const n of findNames(engine, question)) add(n);
  if (quote?.speaker) for (const n of findNames(engine, quote.speaker, true)) add(n);
  for (const n of findNames(engine, [result.answer ?? '', top?.text ?? ''].join(' '), true)) add(n);
  // The conversation's earlier names last: "she" still finds the person after an answer about an organisation.
  for (const n of earlier?.names ?? []) add(n);
  return {
    question,
    names,
    focus,
    article: top?.doc ?? null,
    shown: [...new Set([...result.citations.slice(0, Math.max(1, shown)).map(ref), ...(earlier?.shown ?? [])])].slice(
      0,
      MAX_SHOWN,
    ),
    passage: quote?.text ?? top?.text ?? null,
  };
}
