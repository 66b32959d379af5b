// The gateway half of the fake: a WebSocket speaking Discord's v10 JSON protocol. HELLO on
// connect, IDENTIFY → READY + GUILD_CREATE, heartbeat ACKs, RESUME, and dispatches pushed by
// tests (INTERACTION_CREATE). Close codes follow Discord's so discord.js reacts as it would live.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { sessionId as newSessionId } from './ids.js';
import type { Recorder } from './records.js';
import { member, roles, textChannel, type World } from './world.js';

export const Op = {
  Dispatch: 0,
  Heartbeat: 1,
  Identify: 2,
  PresenceUpdate: 3,
  VoiceStateUpdate: 4,
  Resume: 6,
  Reconnect: 7,
  RequestGuildMembers: 8,
  InvalidSession: 9,
  Hello: 10,
  HeartbeatAck: 11,
} as const;
export const Close = {
  UnknownOpcode: 4001,
  DecodeError: 4002,
  NotAuthenticated: 4003,
  AuthenticationFailed: 4004,
  AlreadyAuthenticated: 4005,
  InvalidApiVersion: 4012,
} as const;
const GUILDS_INTENT = 1;

export interface IdentifyRecord {
  at: number;
  intents: number;
  shard: [number, number] | null;
  properties: Record<string, unknown>;
  compress: boolean;
  /** The query string the client connected with (v, encoding, compress). */
  query: Record<string, string>;
  tokenAccepted: boolean;
}

interface Session {
  ws: WebSocket;
  seq: number;
  id: string | null;
  ready: boolean;
  heartbeats: number;
  query: Record<string, string>;
}

export interface GatewayDeps {
  world: World;
  recorder: Recorder;
  heartbeatIntervalMs: number;
  gatewayUrl: () => string;
}

export class FakeGateway {
  readonly identifies: IdentifyRecord[] = [];
  private readonly wss = new WebSocketServer({ noServer: true });
  private readonly sessions = new Set<Session>();
  /** Sessions that can be resumed after a disconnect, by session id → last sequence number. */
  private readonly resumable = new Map<string, number>();
  heartbeatsAcked = 0;
  /** Successful RESUMEs: a client that reconnects after op 7 keeps its session. */
  resumes = 0;

  constructor(private readonly deps: GatewayDeps) {}

  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const query = Object.fromEntries(new URL(req.url ?? '/', 'http://127.0.0.1').searchParams);
    this.wss.handleUpgrade(req, socket, head, (ws) => this.accept(ws, query));
  }

  /** Connected sessions that completed IDENTIFY (or RESUME). */
  get readySessions(): number {
    return [...this.sessions].filter((s) => s.ready).length;
  }

  /** Sends a dispatch to the newest ready session; false when no bot is connected. */
  dispatch(t: string, d: unknown): boolean {
    const session = [...this.sessions].reverse().find((s) => s.ready);
    if (!session) return false;
    this.send(session, { op: Op.Dispatch, t, s: ++session.seq, d });
    return true;
  }

  /** When set, every IDENTIFY is answered by closing with this code (4014: disallowed intents...). */
  refuseIdentifyWith: number | null = null;

  /** Closes every session with a close code, as Discord does when it ends a bot's connection. */
  closeAll(code: number, reason = 'Closed by the test.'): void {
    for (const s of this.sessions) s.ws.close(code, reason);
  }

  /** Asks every connected client to reconnect and resume (op 7), as Discord does during maintenance. */
  requestReconnect(): void {
    for (const s of this.sessions) this.send(s, { op: Op.Reconnect, d: null });
  }

  async close(): Promise<void> {
    for (const s of this.sessions) s.ws.terminate();
    this.sessions.clear();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }

  private accept(ws: WebSocket, query: Record<string, string>): void {
    const session: Session = { ws, seq: 0, id: null, ready: false, heartbeats: 0, query };
    this.sessions.add(session);
    ws.on('close', () => {
      this.sessions.delete(session);
      if (session.id) this.resumable.set(session.id, session.seq);
      this.deps.recorder.changed();
    });
    // With ws's default binaryType, a message arrives as one Buffer.
    ws.on('message', (raw, isBinary) => this.onMessage(session, (raw as Buffer).toString(), isBinary));
    if (query.v !== '10') {
      ws.close(Close.InvalidApiVersion, 'Invalid API version');
      return;
    }
    this.send(session, { op: Op.Hello, d: { heartbeat_interval: this.deps.heartbeatIntervalMs } });
  }

  private onMessage(session: Session, text: string, isBinary: boolean): void {
    let payload: { op?: number; d?: unknown };
    try {
      if (isBinary) throw new Error('binary frames need etf encoding, which the fake does not speak');
      payload = JSON.parse(text) as { op?: number; d?: unknown };
    } catch {
      session.ws.close(Close.DecodeError, 'Error while decoding payload.');
      return;
    }
    switch (payload.op) {
      case Op.Heartbeat:
        session.heartbeats++;
        this.heartbeatsAcked++;
        this.send(session, { op: Op.HeartbeatAck });
        this.deps.recorder.changed();
        return;
      case Op.Identify:
        return this.identify(session, payload.d as Record<string, unknown>);
      case Op.Resume:
        return this.resume(session, payload.d as { token?: string; session_id?: string; seq?: number });
      case Op.PresenceUpdate:
      case Op.VoiceStateUpdate:
      case Op.RequestGuildMembers:
        if (!session.ready) session.ws.close(Close.NotAuthenticated, 'Not authenticated.');
        return;
      default:
        session.ws.close(Close.UnknownOpcode, 'Unknown opcode.');
    }
  }

  private tokenMatches(token: unknown): boolean {
    // discord.js sends the bare token; accept the "Bot " prefix too, as Discord does.
    return typeof token === 'string' && token.replace(/^Bot\s+/i, '') === this.deps.world.token;
  }

  private identify(session: Session, d: Record<string, unknown>): void {
    const accepted = this.tokenMatches(d.token);
    this.identifies.push({
      at: Date.now(),
      intents: Number(d.intents ?? 0),
      shard: (d.shard as [number, number] | undefined) ?? null,
      properties: (d.properties as Record<string, unknown> | undefined) ?? {},
      compress: d.compress === true,
      query: session.query,
      tokenAccepted: accepted,
    });
    this.deps.recorder.changed();
    if (session.ready) return void session.ws.close(Close.AlreadyAuthenticated, 'Already authenticated.');
    if (!accepted) return void session.ws.close(Close.AuthenticationFailed, 'Authentication failed.');
    if (this.refuseIdentifyWith !== null) return void session.ws.close(this.refuseIdentifyWith, 'Refused by the test.');
    const { world } = this.deps;
    session.id = newSessionId();
    session.ready = true;
    this.send(session, {
      op: Op.Dispatch,
      t: 'READY',
      s: ++session.seq,
      d: {
        v: 10,
        user: world.bot,
        guilds: [{ id: world.guildId, unavailable: true }],
        session_id: session.id,
        resume_gateway_url: this.deps.gatewayUrl(),
        shard: d.shard ?? [0, 1],
        application: { id: world.applicationId, flags: 0 },
        user_settings: {},
        relationships: [],
        private_channels: [],
        presences: [],
        guild_join_requests: [],
        geo_ordered_rtc_regions: [],
      },
    });
    // Without the Guilds intent Discord still marks guilds unavailable in READY but sends no GUILD_CREATE.
    if ((Number(d.intents ?? 0) & GUILDS_INTENT) !== 0)
      this.send(session, { op: Op.Dispatch, t: 'GUILD_CREATE', s: ++session.seq, d: this.guildCreate() });
    this.deps.recorder.changed();
  }

  private resume(session: Session, d: { token?: string; session_id?: string; seq?: number }): void {
    const known = d.session_id !== undefined ? this.resumable.get(d.session_id) : undefined;
    if (!this.tokenMatches(d.token)) return void session.ws.close(Close.AuthenticationFailed, 'Authentication failed.');
    if (known === undefined) {
      // Not resumable: the client must identify afresh.
      this.send(session, { op: Op.InvalidSession, d: false });
      return;
    }
    session.id = d.session_id!;
    session.seq = known;
    session.ready = true;
    this.resumable.delete(session.id);
    this.resumes++;
    this.send(session, { op: Op.Dispatch, t: 'RESUMED', s: ++session.seq, d: {} });
    this.deps.recorder.changed();
  }

  private guildCreate(): Record<string, unknown> {
    const { world } = this.deps;
    return {
      id: world.guildId,
      name: world.guildName,
      icon: null,
      splash: null,
      discovery_splash: null,
      banner: null,
      description: null,
      owner_id: world.mod.id,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      nsfw_level: 0,
      premium_tier: 0,
      premium_subscription_count: 0,
      premium_progress_bar_enabled: false,
      preferred_locale: 'en-US',
      features: [],
      application_id: null,
      system_channel_id: world.channelId,
      system_channel_flags: 0,
      rules_channel_id: null,
      public_updates_channel_id: null,
      safety_alerts_channel_id: null,
      vanity_url_code: null,
      max_members: 500000,
      max_video_channel_users: 25,
      roles: roles(world),
      emojis: [],
      stickers: [],
      soundboard_sounds: [],
      joined_at: '2021-01-01T00:00:00.000Z',
      large: false,
      unavailable: false,
      member_count: 4,
      lazy: true,
      voice_states: [],
      presences: [],
      threads: [],
      stage_instances: [],
      guild_scheduled_events: [],
      incidents_data: null,
      // Only the bot's own member, as Discord sends without the privileged GuildMembers intent.
      members: [member(world.bot)],
      channels: [{ ...textChannel(world), permission_overwrites: [] }],
    };
  }

  private send(session: Session, payload: unknown): void {
    if (session.ws.readyState === session.ws.OPEN) session.ws.send(JSON.stringify(payload));
  }
}
