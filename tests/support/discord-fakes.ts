// Test doubles for the Discord layer: a tiny in-memory Engine that returns canned Results (the
// tests check rendering and interaction handling, not answering) and an Invocation whose replies
// are recorded the way Discord would see them.
import type { Choice, Engine } from '../../src/answer/engine.js';
import type {
  Citation,
  ContextResult,
  Difference,
  EntityView,
  FactView,
  QueryOptions,
  QuoteView,
  Result,
  SourceView,
  Verdict,
} from '../../src/answer/result.js';
import { createLogger, type Logger } from '../../src/discord/setup/log.js';
import { createReplyPort } from '../../src/discord/transports/reply-port.js';
import type { AutocompleteInvocation, Invocation, Reply } from '../../src/discord/types.js';

export const DOC = 'doc_kabul';
export const SOURCE: SourceView = {
  doc: DOC,
  title: 'Taliban name new government',
  date: '2021-09-07',
  url: 'https://example.org/news/taliban-government',
  source: 'Example News',
  author: null,
  paragraphs: 12,
  sentences: 40,
  quotes: 6,
  entities: 20,
};

export function citation(text: string, over: Partial<Citation> = {}): Citation {
  return {
    doc: DOC,
    title: SOURCE.title,
    date: SOURCE.date,
    paragraph: 3,
    sentence: 1,
    start: 120,
    end: 120 + text.length,
    text,
    score: 1,
    ...over,
  };
}

export function quoteView(text: string, over: Partial<QuoteView> = {}): QuoteView {
  return {
    id: `q:${DOC}:1`,
    kind: 'direct',
    text,
    start: 120,
    end: 120 + text.length,
    quoted: [{ start: 120, end: 120 + text.length }],
    doc: DOC,
    paragraph: 3,
    speaker: 'Zabihullah Mujahid',
    speakerMention: null,
    cue: 'said',
    ...over,
  };
}

/** Any result's fields for any command: a canned answer need not be one the engine could give. */
export interface CannedResult {
  command?: string;
  input?: string;
  found?: boolean;
  answer?: string | null;
  citations?: Citation[];
  quotes?: QuoteView[];
  facts?: FactView[];
  suggestions?: string[];
  message?: string;
  verdict?: Verdict;
  differences?: Difference[];
  entity?: EntityView;
  sources?: SourceView[];
  error?: true;
}

export function result(over: CannedResult = {}): Result {
  return {
    command: 'ask',
    input: '',
    found: true,
    answer: null,
    citations: [],
    quotes: [],
    facts: [],
    ...over,
  } as Result;
}

export interface RunCall {
  command: string;
  input: string;
  options: QueryOptions;
}

export interface FakeEngine extends Engine {
  /** Every run() except 'sources', which the bot also calls itself for footers and links. */
  calls: RunCall[];
  sourcesCalls: number;
  contextCalls: { doc: string; start: number }[];
}

/** An engine whose answers are given by `answer`; default: a found answer echoing the input. */
export function fakeEngine(
  answer?: (command: string, input: string, options: QueryOptions) => Result,
  docs = 1,
): FakeEngine {
  const calls: RunCall[] = [];
  const contextCalls: { doc: string; start: number }[] = [];
  const engine: FakeEngine = {
    calls,
    sourcesCalls: 0,
    contextCalls,
    run(command, input, options = {}) {
      if (command === 'sources') {
        engine.sourcesCalls++;
        return result({ command, input, sources: [SOURCE] });
      }
      calls.push({ command, input, options });
      if (answer) return answer(command, input, options);
      const c = citation(`The article says: ${input}.`);
      // As the engine does, a verify result always carries its verdict.
      return result({
        command,
        input,
        answer: c.text,
        citations: [c],
        ...(command === 'verify' ? { verdict: 'exact' as const } : {}),
      });
    },
    context(doc, start): ContextResult {
      contextCalls.push({ doc, start });
      const context = (over: Omit<CannedResult, 'command'>) => result({ command: 'context', ...over }) as ContextResult;
      if (doc !== DOC) return context({ found: false, message: `No document ${doc}.` });
      return context({
        found: true,
        citations: [
          citation('Before it.', { start: start - 11, end: start - 1 }),
          citation('The cited sentence.', { start }),
          citation('After it.', { start: start + 20 }),
        ],
      });
    },
    suggestSpeakers(partial, limit = 25): Choice[] {
      const all = [
        { name: 'Sher Mohammad Abbas Stanikzai', value: 'Sher Mohammad Abbas Stanikzai' },
        { name: 'Zabihullah Mujahid', value: 'Zabihullah Mujahid' },
      ];
      return all.filter((c) => c.name.toLowerCase().includes(partial.toLowerCase())).slice(0, limit);
    },
    resolveName: () => null,
    suggestNames(partial, limit = 25): Choice[] {
      const all = [
        { name: 'Sher Mohammad Abbas Stanikzai', value: 'Sher Mohammad Abbas Stanikzai' },
        { name: 'Zamir Kabulov', value: 'Zamir Kabulov' },
      ];
      return all.filter((c) => c.name.toLowerCase().includes(partial.toLowerCase())).slice(0, limit);
    },
    suggestDocuments(partial, limit = 25): Choice[] {
      return [{ name: SOURCE.title, value: DOC }]
        .filter((c) => c.name.toLowerCase().includes(partial.toLowerCase()))
        .slice(0, limit);
    },
    suggestPassages(partial, limit = 25): Choice[] {
      return [{ name: 'We will not allow anyone to use our soil', value: `q:${DOC}:1` }]
        .slice(0, limit)
        .filter(() => partial.length >= 0);
    },
    warm: () => {},
    *practise() {},
    stats: () => ({ documents: docs, sentences: 40, quotes: 6, entities: 20 }),
  };
  return engine;
}

/** What the recorded transport saw, in order, as Discord would: kind of call and the reply. */
export type Sent =
  | { op: 'reply'; reply: Reply }
  | { op: 'defer'; ephemeral: boolean }
  | { op: 'edit'; reply: Reply }
  | { op: 'delete' }
  | { op: 'followUp'; reply: Reply };

export interface RecordedInvocation extends Invocation {
  sent: Sent[];
}

let nextId = 1n;
/** A fresh snowflake minted now, as Discord would for a new interaction. */
export function snowflakeNow(): string {
  return (((BigInt(Date.now()) - 1420070400000n) << 22n) + nextId++).toString();
}

export function invocation(over: {
  commandName?: string;
  kind?: Invocation['kind'];
  options?: Record<string, string | boolean | number>;
  userId?: string;
  memberPermissions?: bigint | null;
  customId?: string;
  targetMessage?: { id: string; content: string };
  receivedAt?: number;
  failWith?: (op: Sent['op']) => Error | undefined;
}): RecordedInvocation {
  const sent: Sent[] = [];
  const options = over.options ?? {};
  const fail = async (op: Sent['op']): Promise<void> => {
    const err = over.failWith?.(op);
    if (err) throw err;
  };
  const reply = createReplyPort({
    reply: async (r) => {
      await fail('reply');
      sent.push({ op: 'reply', reply: r });
    },
    defer: async (ephemeral) => {
      await fail('defer');
      sent.push({ op: 'defer', ephemeral });
    },
    editOriginal: async (r) => {
      await fail('edit');
      sent.push({ op: 'edit', reply: r });
    },
    deleteOriginal: async () => {
      await fail('delete');
      sent.push({ op: 'delete' });
    },
    followUp: async (r) => {
      await fail('followUp');
      sent.push({ op: 'followUp', reply: r });
    },
  });
  return {
    id: snowflakeNow(),
    kind: over.kind ?? (over.customId ? 'button' : 'chat-input'),
    commandName: over.commandName ?? (over.customId ? 'button' : 'ask'),
    userId: over.userId ?? '111111111111111111',
    userName: 'alice',
    guildId: '222222222222222222',
    channelId: '333333333333333333',
    memberPermissions: over.memberPermissions === undefined ? 0n : over.memberPermissions,
    targetMessage: over.targetMessage ?? null,
    customId: over.customId ?? null,
    receivedAt: over.receivedAt ?? Date.now(),
    getString: (n) => (typeof options[n] === 'string' ? options[n] : null),
    getBoolean: (n) => (typeof options[n] === 'boolean' ? options[n] : null),
    getInteger: (n) => (typeof options[n] === 'number' ? options[n] : null),
    reply,
    sent,
  };
}

export function autocompleteInvocation(commandName: string, focused: string, value: string): AutocompleteInvocation {
  return {
    commandName,
    userId: '111111111111111111',
    focused: { name: focused, value },
    getString: () => null,
    getBoolean: () => null,
    getInteger: () => null,
  };
}

/** A logger that keeps its lines for assertions. */
export function memoryLogger(): Logger & { lines: string[] } {
  const lines: string[] = [];
  const log = createLogger({ level: 'debug', write: (_level, line) => lines.push(line) });
  return Object.assign(log, { lines });
}

/** The final visible answer of an interaction: the reply, the edit, or the last follow-up. */
export function finalReply(inv: RecordedInvocation): { reply: Reply; ephemeral: boolean } {
  let deferredEphemeral = false;
  let last: { reply: Reply; ephemeral: boolean } | null = null;
  for (const s of inv.sent) {
    if (s.op === 'defer') deferredEphemeral = s.ephemeral;
    if (s.op === 'reply' || s.op === 'followUp') last = { reply: s.reply, ephemeral: Boolean(s.reply.ephemeral) };
    if (s.op === 'edit') last = { reply: s.reply, ephemeral: deferredEphemeral };
  }
  if (!last) throw new Error(`no reply was sent: ${JSON.stringify(inv.sent)}`);
  return last;
}

/** All the text a user would see in a reply. */
export function visibleText(reply: Reply): string {
  const parts: string[] = [reply.content ?? ''];
  for (const e of reply.embeds ?? []) {
    parts.push(e.title ?? '', e.description ?? '', e.footer?.text ?? '');
    for (const f of e.fields ?? []) parts.push(f.name, f.value);
  }
  return parts.join('\n');
}

export function buttonIds(reply: Reply): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of reply.components ?? [])
    for (const b of row.components) if ('custom_id' in b) out[(b as { label?: string }).label ?? ''] = b.custom_id;
  return out;
}

/** Every application command the bot registers, sorted: twelve slash commands and the context menu. */
export const COMMAND_NAMES = [
  'Check quote in article',
  'article',
  'ask',
  'cite',
  'facts',
  'help',
  'quote',
  'reload',
  'search',
  'sources',
  'verify',
  'who',
];
