// The seam between Discord transports (gateway via discord.js, HTTP interactions) and the
// command handlers: handlers see an Invocation and answer through its ReplyPort, so the same
// handler code serves both modes and can be driven directly in tests.
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord-api-types/v10';
import type { Choice, Engine } from '../answer/engine.js';
import type { SourceView } from '../answer/result.js';
import type { ContextMemory } from '../conversation/context.js';
import type { Logger } from './setup/log.js';

/** A reply in Discord's own JSON shapes; transports add allowed_mentions and flags. */
export interface Reply {
  content?: string;
  embeds?: APIEmbed[];
  components?: APIActionRowComponent<APIButtonComponent>[];
  /** Visible only to the user who asked. */
  ephemeral?: boolean;
}

/** The primitive operations a transport offers for one interaction. */
export interface ReplyTransport {
  /** The interaction's initial response carrying a message. */
  reply(reply: Reply): Promise<void>;
  /** The interaction's initial response saying "thinking…". */
  defer(ephemeral: boolean): Promise<void>;
  /** Edits the original response (after a defer). */
  editOriginal(reply: Reply): Promise<void>;
  deleteOriginal(): Promise<void>;
  followUp(reply: Reply): Promise<void>;
}

export type ReplyState = 'fresh' | 'deferred' | 'replied';

export interface ReplyPort {
  readonly state: ReplyState;
  /** Acknowledges now so the interaction does not expire; no-op once acknowledged. */
  defer(ephemeral: boolean): Promise<void>;
  /** Sends the answer: the first reply, the edit of a deferred reply, or a follow-up. */
  send(reply: Reply): Promise<void>;
}

export interface OptionReader {
  getString(name: string): string | null;
  getBoolean(name: string): boolean | null;
  getInteger(name: string): number | null;
}

/** A file a member attached to a command option (Discord has already stored it on its CDN). */
export interface AttachmentRef {
  url: string;
  filename: string;
  size: number;
  contentType: string | null;
}

export interface Invocation extends OptionReader {
  /** The chosen subcommand (`add` in `/article add`), when the command has subcommands. */
  getSubcommand?(): string | null;
  getAttachment?(name: string): AttachmentRef | null;
  /** Interaction id (a snowflake). */
  id: string;
  kind: 'chat-input' | 'message-context' | 'button';
  commandName: string;
  userId: string;
  userName: string;
  guildId: string | null;
  channelId: string | null;
  /** The member's permissions in this channel, or null outside a server. */
  memberPermissions: bigint | null;
  /** For the message context menu: the message that was right-clicked. */
  targetMessage: { id: string; content: string } | null;
  /** For buttons. */
  customId: string | null;
  /** For buttons: who ran the command whose reply carries the button (a press on one's own reply skips the cooldown). */
  messageOwnerId?: string | null;
  /** When this process received the interaction (ms since epoch). */
  receivedAt: number;
  reply: ReplyPort;
}

export interface AutocompleteInvocation extends OptionReader {
  commandName: string;
  userId: string;
  focused: { name: string; value: string };
}

export interface Command {
  data: { name: string; toJSON(): unknown };
  execute: (interaction: Invocation, ctx: BotContext) => Promise<void>;
  autocomplete?: (interaction: AutocompleteInvocation, ctx: BotContext) => Choice[] | Promise<Choice[]>;
}

export interface ReloadOutcome {
  ok: boolean;
  message: string;
  warnings: string[];
}

export interface BotContext {
  /** The folder the engine reads articles from, when known (commands that add articles write there). */
  seedsDir?: string | null;
  /** The engine now serving; replaced by a successful /reload. */
  engine(): Engine;
  /** Rebuilds the store from the seeds; on failure the old engine keeps serving. */
  reload(): Promise<ReloadOutcome>;
  /** What the store knows about a loaded document (title, date, URL), for footers and links. */
  source(doc: string): SourceView | null;
  log: Logger;
  /** Names and descriptions of the loaded commands, for /help. */
  commandSummaries(): { name: string; description: string }[];
  /** Conversation context per channel and member, for follow-up questions (absent: none kept). */
  conversations?: ContextMemory;
  /** Runs engine work, deferring first when it may not finish in time (see deferral.ts). */
  work<T>(
    interaction: Invocation,
    ephemeral: boolean,
    label: string,
    fn: (engine: Engine) => T | Promise<T>,
    alwaysDefer?: boolean,
  ): Promise<T>;
}
