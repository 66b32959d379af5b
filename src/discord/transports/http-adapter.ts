// Turns raw interaction payloads (HTTP interactions mode) into Invocations. The first answer
// goes back in the HTTP response; anything later goes through the interaction webhook.
import { REST, RequestMethod } from '@discordjs/rest';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Routes,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type RESTPatchAPIWebhookWithTokenMessageJSONBody,
} from 'discord-api-types/v10';
import { fitReply } from '../rendering/embed-fit.js';
import { createReplyPort } from './reply-port.js';
import { withoutMentionMarkup } from './typed-text.js';
import type { AutocompleteInvocation, Invocation, OptionReader, Reply } from '../types.js';

export type InteractionResponse = APIInteractionResponse;

/** A message body in Discord's JSON, never pinging anyone. */
export function toApiMessage(
  reply: Reply,
  withFlags: boolean,
): APIInteractionResponseCallbackData & RESTPatchAPIWebhookWithTokenMessageJSONBody {
  const r = fitReply(reply);
  const body: APIInteractionResponseCallbackData = {
    content: r.content ?? '',
    embeds: r.embeds ?? [],
    components: r.components ?? [],
    allowed_mentions: { parse: [] },
  };
  if (withFlags && r.ephemeral) body.flags = MessageFlags.Ephemeral;
  return body;
}

type Options = APIApplicationCommandInteractionDataOption[] | undefined;

function flatten(options: Options): Map<string, unknown> {
  const out = new Map<string, unknown>();
  const walk = (opts: Options): void => {
    for (const o of opts ?? []) {
      if ('options' in o && Array.isArray(o.options)) walk(o.options);
      else if ('value' in o) out.set(o.name, o.value);
    }
  };
  walk(options);
  return out;
}

function reader(values: Map<string, unknown>): OptionReader {
  return {
    getString: (name) =>
      typeof values.get(name) === 'string' ? withoutMentionMarkup(values.get(name) as string) : null,
    getBoolean: (name) => (typeof values.get(name) === 'boolean' ? (values.get(name) as boolean) : null),
    getInteger: (name) => (typeof values.get(name) === 'number' ? (values.get(name) as number) : null),
  };
}

/** The calls after the first answer, on the interaction's webhook ({api}/v10/webhooks/{application}/{token}). */
export interface InteractionWebhook {
  editOriginal(body: RESTPatchAPIWebhookWithTokenMessageJSONBody): Promise<void>;
  deleteOriginal(): Promise<void>;
  followUp(body: APIInteractionResponseCallbackData): Promise<void>;
}

/** One webhook call may take this long before it is abandoned and retried. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** Tries after the first: a 5xx or a timeout is usually gone within a few seconds; more would only delay the error reply. */
const WEBHOOK_RETRIES = 4;
/** An interaction's token is valid this long after Discord created it; no call is tried past it. */
export const INTERACTION_TOKEN_MS = 15 * 60_000;

export interface WebhookOptions {
  /** Epoch ms after which no call is tried (the interaction's 15 minutes). */
  deadline?: number;
  timeoutMs?: number;
  now?: () => number;
}

/**
 * The interaction's webhook through @discordjs/rest (discord.js's own REST client): it waits out
 * 429s by Discord's headers, retries 5xx answers and timeouts, and throws Discord's error codes as
 * DiscordAPIError. A rate limit that would end past the token's life is refused at once
 * (RateLimitError) rather than waited out. The webhook is authorised by its token: no bot token.
 */
export function interactionWebhook(
  apiUrl: string,
  applicationId: string,
  token: string,
  options: WebhookOptions = {},
): InteractionWebhook {
  const now = options.now ?? Date.now;
  const deadline = options.deadline ?? now() + INTERACTION_TOKEN_MS;
  const rest = new REST({
    api: apiUrl,
    timeout: options.timeoutMs ?? WEBHOOK_TIMEOUT_MS,
    retries: WEBHOOK_RETRIES,
    rejectOnRateLimit: (limit) => now() + limit.retryAfter >= deadline,
    // One client per interaction, gone with it: no rate-limit buckets to sweep.
    hashSweepInterval: 0,
    handlerSweepInterval: 0,
  });
  const call = async (method: RequestMethod, fullRoute: `/${string}`, body?: unknown): Promise<void> => {
    // The raw response: its body (a message, or nothing after a DELETE) is not needed, only drained.
    const res = await rest.queueRequest({ method, fullRoute, body, auth: false });
    await res.arrayBuffer().catch(() => undefined);
  };
  const original = Routes.webhookMessage(applicationId, token, '@original');
  return {
    editOriginal: (body) => call(RequestMethod.Patch, original, body),
    deleteOriginal: () => call(RequestMethod.Delete, original),
    followUp: (body) => call(RequestMethod.Post, Routes.webhook(applicationId, token), body),
  };
}

/** Replies for one HTTP interaction: `respond` answers the pending HTTP request, once. */
function httpPort(respond: (r: InteractionResponse) => void, webhook: InteractionWebhook) {
  return createReplyPort({
    reply: async (reply) =>
      respond({ type: InteractionResponseType.ChannelMessageWithSource, data: toApiMessage(reply, true) }),
    defer: async (ephemeral) =>
      respond({
        type: InteractionResponseType.DeferredChannelMessageWithSource,
        data: ephemeral ? { flags: MessageFlags.Ephemeral } : {},
      }),
    editOriginal: (reply) => webhook.editOriginal(toApiMessage(reply, false)),
    deleteOriginal: () => webhook.deleteOriginal(),
    followUp: (reply) => webhook.followUp(toApiMessage(reply, true)),
  });
}

/** The fields of a raw interaction this adapter reads (a loose view of APIInteraction). */
interface AnyInteraction {
  id: string;
  type: InteractionType;
  guild_id?: string;
  channel?: { id: string };
  data?: {
    name?: string;
    type?: ApplicationCommandType;
    options?: Options;
    custom_id?: string;
    target_id?: string;
    resolved?: {
      messages?: Record<string, { id: string; content?: string }>;
      attachments?: Record<string, { url: string; filename: string; size: number; content_type?: string }>;
    };
  };
  member?: { permissions?: string; user?: { id: string; username: string } };
  message?: { interaction_metadata?: { user?: { id?: string } } };
  user?: { id: string; username: string };
}

export function invocationFromPayload(
  payload: APIInteraction,
  respond: (r: InteractionResponse) => void,
  webhook: InteractionWebhook,
  receivedAt = Date.now(),
): Invocation | null {
  const p = payload as unknown as AnyInteraction;
  const user = p.member?.user ?? p.user;
  if (!user) return null;
  const perms = p.member?.permissions;
  const common = {
    id: p.id,
    userId: user.id,
    userName: user.username,
    guildId: p.guild_id ?? null,
    channelId: p.channel?.id ?? (p as { channel_id?: string }).channel_id ?? null,
    memberPermissions: perms && /^\d+$/.test(perms) ? BigInt(perms) : null,
    receivedAt,
    reply: httpPort(respond, webhook),
  };
  const data: NonNullable<AnyInteraction['data']> = p.data ?? {};
  if (p.type === InteractionType.ApplicationCommand && data.type === ApplicationCommandType.Message) {
    const target = data.target_id ? data.resolved?.messages?.[data.target_id] : undefined;
    return {
      ...common,
      ...reader(new Map()),
      kind: 'message-context',
      commandName: data.name ?? '',
      targetMessage: target
        ? { id: target.id, content: target.content ?? '' }
        : { id: data.target_id ?? '', content: '' },
      customId: null,
    };
  }
  if (p.type === InteractionType.ApplicationCommand) {
    const values = flatten(data.options);
    // A subcommand is an option wrapping the options given to it.
    const sub = (data.options ?? []).find((o) => o.type === ApplicationCommandOptionType.Subcommand)?.name ?? null;
    const getAttachment = (name: string) => {
      const a = data.resolved?.attachments?.[String(values.get(name))];
      return a ? { url: a.url, filename: a.filename, size: a.size, contentType: a.content_type ?? null } : null;
    };
    return {
      ...common,
      ...reader(values),
      getSubcommand: () => sub,
      getAttachment,
      kind: 'chat-input',
      commandName: data.name ?? '',
      targetMessage: null,
      customId: null,
    };
  }
  if (p.type === InteractionType.MessageComponent) {
    return {
      ...common,
      ...reader(new Map()),
      kind: 'button',
      commandName: 'button',
      targetMessage: null,
      customId: data.custom_id ?? '',
      messageOwnerId: p.message?.interaction_metadata?.user?.id ?? null,
    };
  }
  return null;
}

export function autocompleteFromPayload(payload: APIInteraction): AutocompleteInvocation | null {
  const p = payload as unknown as AnyInteraction;
  const user = p.member?.user ?? p.user;
  if (p.type !== InteractionType.ApplicationCommandAutocomplete || !user) return null;
  let focused = { name: '', value: '' };
  const walk = (opts: Options): void => {
    for (const o of opts ?? []) {
      if ('options' in o && Array.isArray(o.options)) walk(o.options);
      else if ('focused' in o && o.focused) focused = { name: o.name, value: String(o.value ?? '') };
    }
  };
  walk(p.data?.options);
  return { commandName: p.data?.name ?? '', userId: user.id, focused, ...reader(flatten(p.data?.options)) };
}
