// Conversation context on its own: how a follow-up is read, what is remembered and for how
// long, and that two members' conversations are kept apart.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import {
  CONTEXT_TTL_MS,
  ContextMemory,
  conversationKey,
  type ConversationContext,
} from '../src/conversation/context.js';
import { converse } from '../src/conversation/converse.js';
import { readFollowUp } from '../src/conversation/follow-up.js';
import { findNames, type NameSpan } from '../src/conversation/names.js';
import { smallTalkReply } from '../src/conversation/small-talk.js';
import { MemoryStore } from '../src/state/memory-store.js';
import type { SharedStore } from '../src/state/store.js';
import { Cooldowns } from '../src/discord/handling/cooldown.js';
import { engineFor } from './engine/seed-engine.js';
import { HARBOUR_ARTICLE } from './support/harbour-article.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'harbour.txt': HARBOUR_ARTICLE });
}, 60_000);

const context = (over: Partial<ConversationContext> = {}): ConversationContext => ({
  question: 'what did Tomas Brandt say about the council',
  names: [
    { name: 'Tomas Brandt', type: 'person' },
    { name: "Fishermen's Union", type: 'organisation' },
  ],
  article: 'harbour',
  shown: [],
  passage: 'the council had ignored the fishermen.',
  ...over,
});

/** A name finder that knows two people, for reading follow-ups without an engine. */
const names = (text: string): NameSpan[] => {
  const out: NameSpan[] = [];
  for (const [typed, name] of [
    ['Tomas Brandt', 'Tomas Brandt'],
    ['okonkwo', 'Marta Okonkwo'],
  ] as const) {
    const i = text.toLowerCase().indexOf(typed.toLowerCase());
    if (i >= 0) out.push({ name, type: 'person', start: i, end: i + typed.length });
  }
  return out;
};

describe('reading a follow-up', () => {
  it('resolves he, his and they against the remembered names', () => {
    expect(readFollowUp('what did he say', context(), names)).toEqual({
      kind: 'question',
      question: 'what did Tomas Brandt say',
      about: 'Tomas Brandt',
    });
    expect(readFollowUp('what is his role?', context(), names)).toMatchObject({
      question: "what is Tomas Brandt's role?",
    });
    expect(readFollowUp('what did they warn of', context(), names)).toMatchObject({
      question: "what did Fishermen's Union warn of",
      about: "Fishermen's Union",
    });
    expect(readFollowUp('what did it announce?', context(), names)).toMatchObject({
      question: "what did Fishermen's Union announce?",
    });
    // "it" that is no organisation stays as typed.
    expect(readFollowUp('when did it happen?', context(), names)).toEqual({
      kind: 'question',
      question: 'when did it happen?',
      about: null,
    });
  });

  it('reuses the last question for "and X?" and "what about X?"', () => {
    expect(readFollowUp('and okonkwo?', context(), names)).toEqual({
      kind: 'question',
      question: 'what did Marta Okonkwo say about the council',
      about: 'Marta Okonkwo',
    });
    // A topic, not a person: it takes the place of the last question's topic.
    expect(readFollowUp('what about the ferry?', context(), names)).toEqual({
      kind: 'question',
      question: 'what did Tomas Brandt say about the ferry',
      about: 'the ferry',
    });
    // A pronoun alone stands for its referent.
    expect(readFollowUp('and him?', context({ question: 'what did okonkwo say' }), names)).toMatchObject({
      question: 'what did Tomas Brandt say',
      about: 'Tomas Brandt',
    });
    // No topic to replace: a topic is added to a question about saying.
    expect(
      readFollowUp('what about the ferry?', context({ question: 'what did Tomas Brandt say' }), names),
    ).toMatchObject({ question: 'what did Tomas Brandt say about the ferry' });
  });

  it('reads "that" in a question about saying as the last passage', () => {
    expect(readFollowUp('who said that?', context(), names)).toEqual({
      kind: 'question',
      question: 'who said “the council had ignored the fishermen.”?',
      about: 'the last passage',
    });
    // The articles seldom say when words were said: "that" stays as typed there.
    expect(readFollowUp('when did he say that?', context(), names)).toMatchObject({
      question: 'when did Tomas Brandt say that?',
    });
  });

  it('knows "more" and leaves a fresh question alone', () => {
    for (const l of ['more', 'tell me more', 'Tell me more!', 'go on'])
      expect(readFollowUp(l, context(), names)).toEqual({ kind: 'more' });
    expect(readFollowUp('who opened the meeting?', context(), names)).toEqual({
      kind: 'question',
      question: 'who opened the meeting?',
      about: null,
    });
    // Without a context a pronoun stays as typed.
    expect(readFollowUp('what did he say', null, names)).toEqual({
      kind: 'question',
      question: 'what did he say',
      about: null,
    });
  });
});

describe('small talk', () => {
  it('answers greetings and thanks, not questions', () => {
    for (const l of ['hi', 'Hello!', 'hey there', 'thanks!', 'Thank you very much.', 'bye'])
      expect(smallTalkReply(l), l).not.toBeNull();
    for (const l of ['who said hi?', 'thanks to whom did the vote pass?', 'hello world program'])
      expect(smallTalkReply(l), l).toBeNull();
  });
});

describe('remembering', () => {
  it('finds the names a question gives, lower case included, and not its other words', () => {
    const found = findNames(engine, 'what did brandt say about the council');
    expect(found[0]).toMatchObject({ name: 'Tomas Brandt', type: 'person', start: 9, end: 15 });
    // Only names: "the council" may be the Harbour Council; "what", "say" never are.
    for (const n of found.slice(1)) expect(n.type).not.toBe('person');
    expect(findNames(engine, 'what did they say about it')).toEqual([]);
    expect(findNames(engine, 'Harbour master Ingrid Solberg opened the meeting.', true).map((n) => n.name)).toContain(
      'Ingrid Solberg',
    );
  });

  it("keeps each member's context apart and forgets it after the time", async () => {
    let t = 0;
    const memory = new ContextMemory(new MemoryStore(() => t));
    const a = conversationKey({ guildId: 'g', channelId: 'c', userId: 'a' });
    const b = conversationKey({ guildId: 'g', channelId: 'c', userId: 'b' });
    expect(a).not.toBe(b);
    await converse(engine, memory, a, 'what did brandt say about the council', { shown: 1 });
    await converse(engine, memory, b, 'what did okonkwo say about the ferry line', { shown: 1 });
    const ta = await converse(engine, memory, a, 'what did he say', { shown: 1 });
    expect(ta).toMatchObject({ kind: 'answer', reading: 'about Tomas Brandt' });
    const tb = await converse(engine, memory, b, 'what did she say', { shown: 1 });
    expect(tb).toMatchObject({ kind: 'answer', reading: 'about Marta Okonkwo' });
    t += CONTEXT_TTL_MS + 1;
    const later = await converse(engine, memory, a, 'what did he say', { shown: 1 });
    expect(later).toMatchObject({ kind: 'answer', reading: null });
  });

  it('"more" gives passages not shown yet, then says when there are none', async () => {
    const memory = new ContextMemory(new MemoryStore());
    const first = await converse(engine, memory, 'k', 'what did okonkwo say', { shown: 1 });
    const shown = first.kind === 'answer' ? first.result.citations[0]!.text : '';
    const seen = new Set([shown]);
    for (let i = 0; i < 5; i++) {
      const more = await converse(engine, memory, 'k', 'more', { shown: 1 });
      if (more.kind !== 'answer' || !more.result.found) {
        expect(more.kind === 'answer' && more.result.message).toMatch(/No more passages/);
        return;
      }
      for (const c of more.result.citations) {
        expect(seen.has(c.text), c.text).toBe(false);
        seen.add(c.text);
        expect(c.text).toMatch(/Okonkwo/);
      }
    }
    throw new Error('"more" never ran out');
  });
});

describe('when the shared store is unreachable', () => {
  it('answers anyway: no cooldown, no context, each failure reported', async () => {
    const down: SharedStore = {
      get: () => Promise.reject(new Error('connection refused')),
      set: () => Promise.reject(new Error('connection refused')),
      claim: () => Promise.reject(new Error('connection refused')),
      publish: () => Promise.reject(new Error('connection refused')),
      subscribe: () => Promise.reject(new Error('connection refused')),
      close: () => Promise.resolve(),
    };
    const errors: unknown[] = [];
    const cooldowns = new Cooldowns(60, down, (e) => errors.push(e));
    expect(await cooldowns.take('u')).toBe(0);
    expect(await cooldowns.take('u')).toBe(0);
    const memory = new ContextMemory(down, undefined, (e) => errors.push(e));
    const turn = await converse(engine, memory, 'k', 'what did brandt say', { shown: 1 });
    expect(turn.kind === 'answer' && turn.result.found).toBe(true);
    expect(errors.length).toBe(4);
  });
});

describe('the memory store', () => {
  it('expires entries, claims once per window, and stays within its bound', async () => {
    let t = 1000;
    const store = new MemoryStore(() => t, 3);
    await store.set('a', '1', 100);
    expect(await store.get('a')).toBe('1');
    t += 100;
    expect(await store.get('a')).toBeNull();
    expect(await store.claim('c', 500)).toBe(0);
    t += 200;
    expect(await store.claim('c', 500)).toBe(300);
    t += 300;
    expect(await store.claim('c', 500)).toBe(0);
    for (const k of ['k1', 'k2', 'k3', 'k4']) await store.set(k, k, 10_000);
    expect(await store.get('k1')).toBeNull();
    expect(await store.get('k4')).toBe('k4');
  });

  it('delivers what is published to every subscriber', async () => {
    const store = new MemoryStore();
    const heard: string[] = [];
    await store.subscribe('t', (m) => heard.push(`1:${m}`));
    await store.subscribe('t', (m) => heard.push(`2:${m}`));
    await store.publish('t', 'x');
    expect(heard).toEqual(['1:x', '2:x']);
  });
});
