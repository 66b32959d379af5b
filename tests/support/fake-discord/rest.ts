// The REST half of the fake: `/api/v10` routes discord.js and @discordjs/rest call, answered the
// way Discord answers them (auth, 401/404 shapes, 10062 for expired interactions, 40060 for a
// second acknowledgement, 50035 for bodies over Discord's limits).
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { APIMessage } from 'discord.js';
import type { CommandStore } from './commands.js';
import { ErrorCode, readBody, sendError, sendJson, sendNoContent } from './http-util.js';
import { InteractionType } from './interactions.js';
import { choicesProblem, messageProblem } from './limits.js';
import { editMessage, messageFromBody, MessageType, type MessageContext } from './messages.js';
import type { InteractionRecord, Recorder } from './records.js';
import { acceptedCallback, Callback, EPHEMERAL } from './replies.js';
import { textChannel, type World } from './world.js';

export interface RestDeps {
  world: World;
  recorder: Recorder;
  commands: CommandStore;
  gatewayUrl: () => string;
  /** Discord refuses a callback more than 3 s after the interaction was created; null disables it. */
  ackDeadlineMs: number | null;
  /** Fault injection shared with the test: callbacks to refuse. */
  faults?: { refuseCallbacks: number };
}

const LOADING = 1 << 7;

type Handler = (
  req: IncomingMessage,
  res: ServerResponse,
  params: string[],
  query: URLSearchParams,
) => Promise<void> | void;
interface Route {
  method: string;
  pattern: RegExp;
  auth: boolean;
  handler: Handler;
}

export function createRestHandler(deps: RestDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const { world, recorder, commands } = deps;
  const app = world.applicationId;

  const application = () => ({
    id: app,
    name: world.bot.username,
    icon: null,
    description: 'citebot under test',
    summary: '',
    type: null,
    bot_public: false,
    bot_require_code_grant: false,
    verify_key: '0'.repeat(64),
    flags: 0,
    team: null,
    owner: world.mod,
    bot: world.bot,
    approximate_guild_count: 1,
    interactions_endpoint_url: null,
  });

  const gatewayBot = () => ({
    url: deps.gatewayUrl(),
    shards: 1,
    session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
  });

  const messageContext = (rec: InteractionRecord): MessageContext => {
    const p = rec.payload as unknown as { member?: { user: MessageContext['user'] }; user?: MessageContext['user'] };
    return {
      applicationId: app,
      channelId: world.channelId,
      guildId: world.guildId,
      author: world.bot,
      user: (p.member?.user ?? p.user)!,
      interactionId: rec.id,
      interactionType: rec.payload.type,
    };
  };

  const replyType = (rec: InteractionRecord): number =>
    (rec.payload as { data?: { type?: number } }).data?.type === 3
      ? MessageType.ContextMenuCommand
      : MessageType.ChatInputCommand;

  const commandsFor =
    (guildId: string | null): Handler =>
    async (req, res, params) => {
      if (params[0] !== app) return sendError(res, 403, 50001, 'Missing Access');
      if (guildId !== null && params[1] !== world.guildId) return sendError(res, 403, 50001, 'Missing Access');
      if (req.method === 'GET') return sendJson(res, 200, commands.list(guildId));
      const body = await readBody(req);
      recorder.registrations.push({ method: req.method ?? '', guildId, body, at: Date.now() });
      recorder.changed();
      const result =
        req.method === 'PUT'
          ? Array.isArray(body)
            ? commands.overwrite(guildId, body as Record<string, unknown>[])
            : 'body must be an array'
          : commands.create(guildId, (body ?? {}) as Record<string, unknown>);
      if (typeof result === 'string')
        return sendError(res, 400, ErrorCode.InvalidFormBody, `Invalid Form Body: ${result}`);
      return sendJson(res, req.method === 'POST' ? 201 : 200, result);
    };

  const interactionCallback: Handler = async (req, res, [id, token], query) => {
    const body = ((await readBody(req)) ?? {}) as { type?: number; data?: Record<string, unknown> };
    const rec = recorder.interactions.get(id!);
    if (!rec || rec.token !== token) return sendError(res, 404, ErrorCode.UnknownInteraction, 'Unknown interaction');
    const now = Date.now();
    const withResponse = query.get('with_response') === 'true';
    const record = (status: number) => {
      rec.callbacks.push({ type: Number(body.type), data: body.data, at: now, withResponse, status });
      recorder.changed();
    };
    const late = deps.ackDeadlineMs !== null && now - rec.dispatchedAt > deps.ackDeadlineMs;
    if (rec.expired || late) {
      record(404);
      return sendError(res, 404, ErrorCode.UnknownInteraction, 'Unknown interaction');
    }
    if (acceptedCallback(rec)) {
      record(400);
      return sendError(res, 400, ErrorCode.AlreadyAcknowledged, 'Interaction has already been acknowledged.');
    }
    const refused =
      deps.faults && deps.faults.refuseCallbacks > 0 ? (deps.faults.refuseCallbacks--, 'refused by the test') : null;
    const problem = refused ?? callbackProblem(rec, body);
    if (problem) {
      record(400);
      return sendError(res, 400, ErrorCode.InvalidFormBody, `Invalid Form Body: ${problem}`);
    }
    const type = body.type!;
    const source = (rec.payload as { message?: APIMessage }).message;
    if (type === Callback.ChannelMessageWithSource)
      rec.original = messageFromBody(messageContext(rec), body.data, undefined, replyType(rec));
    else if (type === Callback.DeferredChannelMessageWithSource) {
      const flags = (Number(body.data?.flags ?? 0) & EPHEMERAL) | LOADING;
      rec.original = messageFromBody(messageContext(rec), { ...body.data, flags }, undefined, replyType(rec));
    } else if (type === Callback.UpdateMessage && source) rec.original = editMessage(source, body.data);
    else if (type === Callback.DeferredMessageUpdate && source) rec.original = source;
    record(withResponse ? 200 : 204);
    if (!withResponse) return sendNoContent(res);
    const message = rec.original;
    return sendJson(res, 200, {
      interaction: {
        id: rec.id,
        type: rec.payload.type,
        activity_instance_id: null,
        response_message_id: message?.id ?? null,
        response_message_loading: type === Callback.DeferredChannelMessageWithSource,
        response_message_ephemeral: message ? (Number(message.flags ?? 0) & EPHEMERAL) !== 0 : false,
      },
      resource: message && type !== Callback.AutocompleteResult ? { type, message } : { type },
    });
  };

  /** Webhook routes: the interaction's token is the credential; nothing exists before a callback. */
  const webhook =
    (kind: 'message' | 'followup'): Handler =>
    async (req, res, [appId, token, messageId], query) => {
      const rec = recorder.byToken.get(token!);
      if (appId !== app || !rec || !acceptedCallback(rec))
        return sendError(res, 404, ErrorCode.UnknownWebhook, 'Unknown Webhook');
      const body =
        req.method === 'PATCH' || req.method === 'POST'
          ? ((await readBody(req)) as Record<string, unknown> | undefined)
          : undefined;
      const at = Date.now();
      const log = (target: string, status: number) => {
        rec.webhookCalls.push({ method: req.method ?? '', target, body, at, status });
        recorder.changed();
      };
      const problem = body ? messageProblem(body) : null;
      if (kind === 'followup') {
        if (problem) {
          log('followup', 400);
          return sendError(res, 400, ErrorCode.InvalidFormBody, `Invalid Form Body: ${problem}`);
        }
        const message = messageFromBody(messageContext(rec), body, undefined, replyType(rec));
        rec.followUps.push(message);
        log('followup', 200);
        return query.get('wait') === 'true' ? sendJson(res, 200, message) : sendNoContent(res);
      }
      const isOriginal = messageId === '@original';
      const followUpIndex = rec.followUps.findIndex((m) => m.id === messageId);
      const current = isOriginal ? (rec.originalDeleted ? null : rec.original) : (rec.followUps[followUpIndex] ?? null);
      if (!current) {
        log(messageId!, 404);
        return sendError(res, 404, ErrorCode.UnknownMessage, 'Unknown Message');
      }
      if (req.method === 'GET') {
        log(messageId!, 200);
        return sendJson(res, 200, current);
      }
      if (req.method === 'DELETE') {
        if (isOriginal) rec.originalDeleted = true;
        else rec.followUps.splice(followUpIndex, 1);
        log(messageId!, 204);
        return sendNoContent(res);
      }
      if (problem) {
        log(messageId!, 400);
        return sendError(res, 400, ErrorCode.InvalidFormBody, `Invalid Form Body: ${problem}`);
      }
      const edited = editMessage(current, body);
      // An edit is what turns a deferred "thinking…" reply into the answer.
      edited.flags = Number(edited.flags ?? 0) & ~LOADING;
      if (isOriginal) rec.original = edited;
      else rec.followUps[followUpIndex] = edited;
      log(messageId!, 200);
      return sendJson(res, 200, edited);
    };

  const channel = () => ({ ...textChannel(world), guild_id: world.guildId, permission_overwrites: [] });

  const S = '([^/]+)';
  const routes: Route[] = [
    {
      method: 'GET',
      pattern: /^\/gateway$/,
      auth: false,
      handler: (_q, res) => sendJson(res, 200, { url: deps.gatewayUrl() }),
    },
    { method: 'GET', pattern: /^\/gateway\/bot$/, auth: true, handler: (_q, res) => sendJson(res, 200, gatewayBot()) },
    { method: 'GET', pattern: /^\/users\/@me$/, auth: true, handler: (_q, res) => sendJson(res, 200, world.bot) },
    {
      method: 'GET',
      pattern: /^\/(?:oauth2\/)?applications\/@me$/,
      auth: true,
      handler: (_q, res) => sendJson(res, 200, application()),
    },
    {
      method: 'GET',
      pattern: new RegExp(`^/channels/${world.channelId}$`),
      auth: true,
      handler: (_q, res) => sendJson(res, 200, channel()),
    },
    ...['GET', 'PUT', 'POST'].flatMap((method): Route[] => [
      { method, pattern: new RegExp(`^/applications/${S}/commands$`), auth: true, handler: commandsFor(null) },
      {
        method,
        pattern: new RegExp(`^/applications/${S}/guilds/${S}/commands$`),
        auth: true,
        handler: commandsFor(world.guildId),
      },
    ]),
    {
      method: 'POST',
      pattern: new RegExp(`^/interactions/${S}/${S}/callback$`),
      auth: false,
      handler: interactionCallback,
    },
    ...['GET', 'PATCH', 'DELETE'].map((method): Route => ({
      method,
      pattern: new RegExp(`^/webhooks/${S}/${S}/messages/${S}$`),
      auth: false,
      handler: webhook('message'),
    })),
    { method: 'POST', pattern: new RegExp(`^/webhooks/${S}/${S}$`), auth: false, handler: webhook('followup') },
  ];

  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const started = Date.now();
    const path = url.pathname.startsWith('/api/v10/') ? url.pathname.slice('/api/v10'.length) : null;
    res.on('finish', () => {
      recorder.requests.push({ method: req.method ?? '', path: url.pathname, status: res.statusCode, at: started });
    });
    const unhandled = () => {
      recorder.unhandled.push({ method: req.method ?? '', path: url.pathname, status: 404, at: started });
      recorder.changed();
      sendError(res, 404, ErrorCode.General, '404: Not Found');
    };
    if (path === null) return unhandled();
    for (const route of routes) {
      if (route.method !== req.method) continue;
      const match = route.pattern.exec(path);
      if (!match) continue;
      if (route.auth && req.headers.authorization !== `Bot ${world.token}`)
        return sendError(res, 401, ErrorCode.General, '401: Unauthorized');
      const params = match.slice(1).map(decodeURIComponent);
      Promise.resolve(route.handler(req, res, params, url.searchParams)).catch((error: unknown) => {
        // A malformed body is the client's fault: answer like Discord rather than crash the fake.
        if (!res.headersSent) sendError(res, 400, ErrorCode.InvalidFormBody, `Invalid Form Body: ${String(error)}`);
      });
      return;
    }
    unhandled();
  };
}

function callbackProblem(
  rec: InteractionRecord,
  body: { type?: number; data?: Record<string, unknown> },
): string | null {
  // discord.js's enum, read as the plain number the fake's own constants are.
  const kind: number = rec.payload.type;
  switch (body.type) {
    case Callback.ChannelMessageWithSource:
      if (kind === InteractionType.ApplicationCommandAutocomplete) return 'autocomplete interactions take only type 8';
      return messageProblem(body.data);
    case Callback.DeferredChannelMessageWithSource:
      return kind === InteractionType.ApplicationCommandAutocomplete
        ? 'autocomplete interactions take only type 8'
        : null;
    case Callback.DeferredMessageUpdate:
    case Callback.UpdateMessage:
      if (kind !== InteractionType.MessageComponent)
        return `callback type ${body.type} is only for component interactions`;
      return body.type === Callback.UpdateMessage ? messageProblem(body.data) : null;
    case Callback.AutocompleteResult:
      if (kind !== InteractionType.ApplicationCommandAutocomplete)
        return 'type 8 is only for autocomplete interactions';
      return choicesProblem(body.data);
    case Callback.Modal:
      return kind === InteractionType.ApplicationCommandAutocomplete
        ? 'autocomplete interactions take only type 8'
        : null;
    default:
      return `unknown callback type ${String(body.type)}`;
  }
}
