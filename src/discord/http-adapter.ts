// Turns raw interaction payloads (HTTP interactions mode) into Invocations. The first answer
// goes back in the HTTP response; anything later goes through the interaction webhook.
import { ApplicationCommandOptionType, InteractionResponseType, MessageFlags } from 'discord.js';
import type { APIInteraction, APIApplicationCommandInteractionDataOption } from 'discord.js';
import { fitReply } from './embed-fit.js';
import { createReplyPort } from './reply-port.js';
import type { AutocompleteInvocation, Invocation, OptionReader, Reply } from './types.js';

export interface InteractionResponse {
  type: number;
  data?: Record<string, unknown>;
}

export class WebhookError extends Error {
  constructor(
    readonly status: number,
    readonly code: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'WebhookError';
  }
}

/** A message body in Discord's JSON, never pinging anyone. */
export function toApiMessage(reply: Reply, withFlags: boolean): Record<string, unknown> {
  const r = fitReply(reply);
  const body: Record<string, unknown> = {
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
    getString: (name) => (typeof values.get(name) === 'string' ? (values.get(name) as string) : null),
    getBoolean: (name) => (typeof values.get(name) === 'boolean' ? (values.get(name) as boolean) : null),
    getInteger: (name) => (typeof values.get(name) === 'number' ? (values.get(name) as number) : null),
  };
}

export interface WebhookClient {
  /** PATCH/DELETE/POST against {api}/v10/webhooks/{application_id}/{token}{path}. */
  call(method: 'PATCH' | 'DELETE' | 'POST', path: string, body?: unknown): Promise<void>;
}

/** One webhook call may take this long before it is abandoned and retried. */
export const WEBHOOK_TIMEOUT_MS = 10_000;
/** Tries per call: a 429 or a 5xx is usually gone within a few seconds; more would only delay the error reply. */
const WEBHOOK_ATTEMPTS = 5;
/** The wait before retrying a 5xx or a network failure, doubled each time. */
const WEBHOOK_BACKOFF_MS = 500;
/** An interaction's token is valid this long after Discord created it; no call is tried past it. */
export const INTERACTION_TOKEN_MS = 15 * 60_000;

export interface WebhookOptions {
  /** Epoch ms after which no call is tried (the interaction's 15 minutes). */
  deadline?: number;
  timeoutMs?: number;
  now?: () => number;
}

export function webhookClient(apiUrl: string, applicationId: string, token: string, fetchImpl: typeof fetch = fetch, options: WebhookOptions = {}): WebhookClient {
  const base = `${apiUrl}/v10/webhooks/${applicationId}/${token}`;
  const now = options.now ?? Date.now;
  const deadline = options.deadline ?? now() + INTERACTION_TOKEN_MS;
  const timeoutMs = options.timeoutMs ?? WEBHOOK_TIMEOUT_MS;
  const once = async (method: 'PATCH' | 'DELETE' | 'POST', path: string, body: unknown): Promise<{ error: WebhookError; wait: number | null } | null> => {
    let res: Response;
    try {
      res = await fetchImpl(base + path, {
        method,
        headers: body === undefined ? {} : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (err) {
      const reason = (err as Error).name === 'TimeoutError' ? `no answer within ${timeoutMs / 1000} s` : (err as Error).message;
      return { error: new WebhookError(0, null, `${method} webhook ${path || '/'}: ${reason}`), wait: 0 };
    }
    if (res.ok) { await res.body?.cancel().catch(() => undefined); return null; }
    let code: number | null = null;
    let message = `${method} webhook ${path || '/'}: HTTP ${res.status}`;
    let retryAfter: number | null = Number(res.headers.get('retry-after') ?? NaN);
    try {
      const err = (await res.json()) as { code?: unknown; message?: unknown; retry_after?: unknown };
      if (typeof err.code === 'number') code = err.code;
      if (typeof err.message === 'string') message += `: ${err.message.slice(0, 200)}`;
      if (typeof err.retry_after === 'number') retryAfter = err.retry_after;
    } catch {
      /* body was not JSON */
    }
    const error = new WebhookError(res.status, code, message);
    if (res.status === 429) return { error, wait: Number.isFinite(retryAfter) && retryAfter >= 0 ? retryAfter * 1000 : WEBHOOK_BACKOFF_MS };
    return { error, wait: res.status >= 500 ? 0 : null };
  };
  return {
    async call(method, path, body) {
      let backoff = WEBHOOK_BACKOFF_MS;
      for (let attempt = 1; ; attempt++) {
        const failed = await once(method, path, body);
        if (!failed) return;
        // Only rate limits, server errors and network failures are worth another try.
        if (failed.wait === null || attempt >= WEBHOOK_ATTEMPTS) throw failed.error;
        const wait = failed.wait || backoff;
        backoff *= 2;
        if (now() + wait >= deadline) throw failed.error;
        await new Promise((r) => setTimeout(r, wait));
      }
    },
  };
}

/** Replies for one HTTP interaction: `respond` answers the pending HTTP request, once. */
function httpPort(respond: (r: InteractionResponse) => void, webhook: WebhookClient) {
  return createReplyPort({
    reply: async (reply) => respond({ type: InteractionResponseType.ChannelMessageWithSource, data: toApiMessage(reply, true) }),
    defer: async (ephemeral) =>
      respond({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: ephemeral ? { flags: MessageFlags.Ephemeral } : {} }),
    editOriginal: (reply) => webhook.call('PATCH', '/messages/@original', toApiMessage(reply, false)),
    deleteOriginal: () => webhook.call('DELETE', '/messages/@original'),
    followUp: (reply) => webhook.call('POST', '', toApiMessage(reply, true)),
  });
}

/** The fields of a raw interaction this adapter reads (a loose view of APIInteraction). */
interface AnyInteraction {
  id: string;
  type: number;
  guild_id?: string;
  channel?: { id: string };
  data?: {
    name?: string;
    type?: number;
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
  webhook: WebhookClient,
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
  if (p.type === 2 && data.type === 3) {
    const target = data.target_id ? data.resolved?.messages?.[data.target_id] : undefined;
    return {
      ...common,
      ...reader(new Map()),
      kind: 'message-context',
      commandName: data.name ?? '',
      targetMessage: target ? { id: target.id, content: target.content ?? '' } : { id: data.target_id ?? '', content: '' },
      customId: null,
    };
  }
  if (p.type === 2) {
    const values = flatten(data.options);
    // A subcommand is an option of type 1 wrapping the options given to it.
    const sub = (data.options ?? []).find((o) => o.type === ApplicationCommandOptionType.Subcommand)?.name ?? null;
    const getAttachment = (name: string) => {
      const a = data.resolved?.attachments?.[String(values.get(name))];
      return a ? { url: a.url, filename: a.filename, size: a.size, contentType: a.content_type ?? null } : null;
    };
    return { ...common, ...reader(values), getSubcommand: () => sub, getAttachment, kind: 'chat-input', commandName: data.name ?? '', targetMessage: null, customId: null };
  }
  if (p.type === 3) {
    return { ...common, ...reader(new Map()), kind: 'button', commandName: 'button', targetMessage: null, customId: data.custom_id ?? '', messageOwnerId: p.message?.interaction_metadata?.user?.id ?? null };
  }
  return null;
}

export function autocompleteFromPayload(payload: APIInteraction): AutocompleteInvocation | null {
  const p = payload as unknown as AnyInteraction;
  const user = p.member?.user ?? p.user;
  if (p.type !== 4 || !user) return null;
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
