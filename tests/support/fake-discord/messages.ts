// Message objects the fake returns for interaction responses and follow-ups, complete enough for
// discord.js's Message constructor (it maps embeds/components/attachments unconditionally).
import type { APIMessage, APIUser } from 'discord.js';
import { snowflake } from './ids.js';

export interface MessageContext {
  applicationId: string;
  channelId: string;
  guildId: string;
  author: APIUser;
  /** Whose interaction produced it (interaction_metadata.user). */
  user: APIUser;
  interactionId: string;
  interactionType: number;
}

/** Discord message types for replies to a slash command or a context-menu command. */
const MessageType = { Default: 0, Reply: 19, ChatInputCommand: 20, ContextMenuCommand: 23 } as const;

export function messageFromBody(
  ctx: MessageContext,
  body: Record<string, unknown> | undefined,
  id: string = snowflake(),
  type: number = MessageType.ChatInputCommand,
): APIMessage {
  const b = body ?? {};
  return {
    id,
    type,
    channel_id: ctx.channelId,
    guild_id: ctx.guildId,
    author: ctx.author,
    content: typeof b.content === 'string' ? b.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: (b.embeds as APIMessage['embeds'] | undefined) ?? [],
    components: (b.components as APIMessage['components'] | undefined) ?? [],
    pinned: false,
    flags: typeof b.flags === 'number' ? b.flags : 0,
    webhook_id: ctx.applicationId,
    application_id: ctx.applicationId,
    interaction_metadata: {
      id: ctx.interactionId,
      type: ctx.interactionType,
      user: ctx.user,
      authorizing_integration_owners: { 0: ctx.guildId },
    },
  } as APIMessage;
}

/** Applies a PATCH body to an existing message: only the fields sent change, as on Discord. */
export function editMessage(message: APIMessage, body: Record<string, unknown> | undefined): APIMessage {
  const b = body ?? {};
  const next: APIMessage = { ...message, edited_timestamp: new Date().toISOString() };
  if ('content' in b) next.content = typeof b.content === 'string' ? b.content : '';
  if ('embeds' in b) next.embeds = (b.embeds as APIMessage['embeds'] | null) ?? [];
  if ('components' in b) next.components = (b.components as APIMessage['components'] | null) ?? [];
  if ('flags' in b && typeof b.flags === 'number') next.flags = b.flags;
  return next;
}

/** A message some user posted in the channel: the target of "Check quote in article". */
export function userMessage(channelId: string, guildId: string, author: APIUser, content: string): APIMessage {
  return {
    id: snowflake(),
    type: MessageType.Default,
    channel_id: channelId,
    guild_id: guildId,
    author,
    content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    flags: 0,
  } as unknown as APIMessage;
}

export { MessageType };
