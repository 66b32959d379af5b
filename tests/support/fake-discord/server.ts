// FakeDiscord: one HTTP server on 127.0.0.1 (random port) serving the REST API under /api/v10
// and the gateway WebSocket on the same port, plus the test-facing controls (dispatch an
// interaction, make one expire, wait for the bot's answer).
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { APIInteraction, APIMessage, APIUser } from 'discord.js';
import { CommandStore } from './commands.js';
import { snowflake } from './ids.js';
import { FakeGateway } from './gateway.js';
import * as build from './interactions.js';
import { userMessage } from './messages.js';
import { Recorder, type InteractionRecord } from './records.js';
import { acceptedCallback, isAnswered } from './replies.js';
import { createRestHandler } from './rest.js';
import { defaultWorld, type World } from './world.js';

export interface FakeDiscordOptions {
  /** The bot token the fake accepts. */
  token?: string;
  /** HELLO's heartbeat_interval. Discord uses ~41 s; tests use less to see heartbeats happen. */
  heartbeatIntervalMs?: number;
  /** Discord's 3 s acknowledgement window; null turns the check off. */
  ackDeadlineMs?: number | null;
}

/** Obviously fake, but shaped like a real token (three dot-separated base64url parts). */
export const FAKE_TOKEN = 'MTE4MDAwMDAwMDAwMDAwMDAwMQ.FakeDs.citebot-local-test-token-not-a-secret';

export class FakeDiscord {
  readonly world: World;
  readonly recorder = new Recorder();
  readonly commands: CommandStore;
  readonly gateway: FakeGateway;
  /** Fault injection: the next N interaction callbacks are refused with 400 Invalid Form Body. */
  readonly faults = { refuseCallbacks: 0 };
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private port = 0;

  private constructor(options: FakeDiscordOptions) {
    this.world = defaultWorld(options.token ?? FAKE_TOKEN);
    this.commands = new CommandStore(this.world.applicationId);
    const gatewayUrl = () => this.gatewayUrl;
    this.gateway = new FakeGateway({
      world: this.world,
      recorder: this.recorder,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      gatewayUrl,
    });
    const rest = createRestHandler({
      world: this.world,
      recorder: this.recorder,
      commands: this.commands,
      gatewayUrl,
      ackDeadlineMs: options.ackDeadlineMs === undefined ? 3000 : options.ackDeadlineMs,
      faults: this.faults,
    });
    this.server = createServer(rest);
    this.server.on('upgrade', (req, socket, head) => this.gateway.handleUpgrade(req, socket, head));
    // Tracked so stop() can end keep-alive connections instead of waiting for them to idle out.
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
    });
  }

  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const fake = new FakeDiscord(options);
    await new Promise<void>((resolve, reject) => {
      fake.server.once('error', reject);
      fake.server.listen(0, '127.0.0.1', () => resolve());
    });
    fake.port = (fake.server.address() as AddressInfo).port;
    return fake;
  }

  /** What DISCORD_API_URL / `rest.api` should be: the REST base without the version suffix. */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  get token(): string {
    return this.world.token;
  }

  readonly lookup: build.CommandLookup = (name, type) => this.commands.lookup(this.world.guildId, name, type);

  slash(name: string, values: Record<string, build.OptionValue> = {}, actor: build.Actor = {}): APIInteraction {
    return build.slashCommand(this.world, this.lookup, name, values, actor);
  }

  autocomplete(
    name: string,
    focused: string,
    partial: string,
    others: Record<string, build.OptionValue> = {},
    actor: build.Actor = {},
  ): APIInteraction {
    return build.autocomplete(this.world, this.lookup, name, focused, partial, others, actor);
  }

  button(message: APIMessage, customId: string, actor: build.Actor = {}): APIInteraction {
    return build.buttonPress(this.world, message, customId, actor);
  }

  contextMenu(name: string, target: APIMessage, actor: build.Actor = {}): APIInteraction {
    return build.messageContextMenu(this.world, this.lookup, name, target, actor);
  }

  /** A fresh plain member: tests that must not share a per-user cooldown each use their own. */
  newUser(name: string): APIUser {
    return { id: snowflake(), username: name, global_name: name, discriminator: '0', avatar: null };
  }

  /** A message posted in the test channel by `author` (Bob by default). */
  postedMessage(content: string, author: APIUser = this.world.bob): APIMessage {
    return userMessage(this.world.channelId, this.world.guildId, author, content);
  }

  /** Dispatches INTERACTION_CREATE to the connected bot. With `expired`, its callback gets 10062. */
  send(payload: APIInteraction, options: { expired?: boolean } = {}): InteractionRecord {
    const rec: InteractionRecord = {
      id: payload.id,
      token: payload.token,
      payload,
      dispatchedAt: Date.now(),
      expired: options.expired ?? false,
      callbacks: [],
      webhookCalls: [],
      original: null,
      originalDeleted: false,
      followUps: [],
    };
    this.recorder.addInteraction(rec);
    if (!this.gateway.dispatch('INTERACTION_CREATE', payload))
      throw new Error('fake-discord: no bot is connected to the gateway');
    return rec;
  }

  /** Makes an already dispatched interaction expire: its (next) callback gets 10062. */
  expire(rec: InteractionRecord): void {
    rec.expired = true;
  }

  /** Resolves once a bot has identified with the right token and holds a ready session. */
  waitForSession(timeoutMs: number): Promise<true> {
    return this.recorder.waitFor(() => this.gateway.readySessions > 0, timeoutMs, 'a bot to IDENTIFY on the gateway');
  }

  waitForAck(rec: InteractionRecord, timeoutMs = 5000): Promise<InteractionRecord> {
    return this.recorder.waitFor(
      () => (acceptedCallback(rec) ? rec : undefined),
      timeoutMs,
      `an acknowledgement of interaction ${rec.id}`,
    );
  }

  /** Resolves once the user would see an answer (a reply, or a deferred reply edited/followed up). */
  waitForAnswer(rec: InteractionRecord, timeoutMs = 10_000): Promise<InteractionRecord> {
    return this.recorder.waitFor(
      () => (isAnswered(rec) ? rec : undefined),
      timeoutMs,
      `an answer to interaction ${rec.id}`,
    );
  }

  /** Sends and waits for the answer: the common case in tests. */
  async ask(payload: APIInteraction, timeoutMs = 10_000): Promise<InteractionRecord> {
    return this.waitForAnswer(this.send(payload), timeoutMs);
  }

  async stop(): Promise<void> {
    await this.gateway.close();
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }
}
