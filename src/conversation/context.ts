// What a conversation remembers of its last answer, so "what did he say", "and Kabulov?" and
// "tell me more" can be read against it. Kept per channel and member (per session in the
// terminal) in the SharedStore, expiring on its own.
import type { SharedStore } from '../state/store.js';

/** How long a conversation's context lasts: long enough for a chat's back-and-forth, short enough that a question the next day is read afresh. */
export const CONTEXT_TTL_MS = 5 * 60_000;

export interface NamedThing {
  name: string;
  type: 'person' | 'organisation' | 'group' | 'place' | 'other';
}

export interface ConversationContext {
  /** The last question as it was read (pronouns resolved), for ellipsis and "more". */
  question: string;
  /** People, then organisations, groups and places: the question's own names first, then the answer's. */
  names: NamedThing[];
  /** The names the question itself gave: "more" keeps to passages about them. */
  focus?: string[];
  /** The article the last answer came from. */
  article: string | null;
  /** Passages already shown for the last question ("doc:start"), so "more" gives the next ones. */
  shown: string[];
  /** The words of the last answer's top passage (what "that" points at). */
  passage: string | null;
}

export class ContextMemory {
  constructor(
    private readonly store: SharedStore,
    private readonly ttlMs = CONTEXT_TTL_MS,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  /** The context, or null when there is none, it is unreadable, or the store cannot be reached (the question is then read afresh). */
  async get(conversation: string): Promise<ConversationContext | null> {
    try {
      const raw = await this.store.get(keyOf(conversation));
      return raw ? (JSON.parse(raw) as ConversationContext) : null;
    } catch (err) {
      this.onError(err);
      return null;
    }
  }

  async set(conversation: string, context: ConversationContext): Promise<void> {
    try {
      await this.store.set(keyOf(conversation), JSON.stringify(context), this.ttlMs);
    } catch (err) {
      this.onError(err);
    }
  }
}

const keyOf = (conversation: string): string => `citebot:ctx:${conversation}`;

/** One conversation per channel and member: two members in one channel never share a context. */
export function conversationKey(parts: { guildId: string | null; channelId: string | null; userId: string }): string {
  return `${parts.guildId ?? 'dm'}:${parts.channelId ?? 'dm'}:${parts.userId}`;
}
