// What the fake saw: every interaction it dispatched and every way the bot answered it, plus
// command registrations and requests it had no route for. Tests wait on these records rather
// than sleeping: `waitFor` re-checks its condition whenever anything is recorded.
import { EventEmitter } from 'node:events';
import type { APIInteraction, APIMessage } from 'discord.js';

export interface CallbackRecord {
  type: number;
  data: Record<string, unknown> | undefined;
  at: number;
  withResponse: boolean;
  /** HTTP status the fake answered with: a rejected callback (expired, duplicate) is recorded too. */
  status: number;
}

export interface WebhookCallRecord {
  method: string;
  /** `@original`, a follow-up's message id, or `followup` for a POST. */
  target: string;
  body: Record<string, unknown> | undefined;
  at: number;
  status: number;
}

export interface InteractionRecord {
  id: string;
  token: string;
  payload: APIInteraction;
  dispatchedAt: number;
  /** The callback is refused with 10062, as Discord does for an interaction that expired. */
  expired: boolean;
  callbacks: CallbackRecord[];
  webhookCalls: WebhookCallRecord[];
  /** The original response message as it stands now (after edits); null until there is one. */
  original: APIMessage | null;
  originalDeleted: boolean;
  followUps: APIMessage[];
}

export interface RegistrationRecord {
  method: string;
  /** null for global commands. */
  guildId: string | null;
  body: unknown;
  at: number;
}

export interface RequestRecord {
  method: string;
  path: string;
  status: number;
  at: number;
}

export class Recorder extends EventEmitter {
  readonly interactions = new Map<string, InteractionRecord>();
  /** Webhook routes address an interaction by its token only. */
  readonly byToken = new Map<string, InteractionRecord>();
  readonly registrations: RegistrationRecord[] = [];
  readonly requests: RequestRecord[] = [];
  readonly unhandled: RequestRecord[] = [];

  constructor() {
    super();
    // Many concurrent waiters (the load bench) each listen once; the default cap of 10 would warn.
    this.setMaxListeners(0);
  }

  addInteraction(rec: InteractionRecord): void {
    this.interactions.set(rec.id, rec);
    this.byToken.set(rec.token, rec);
    this.changed();
  }

  changed(): void {
    this.emit('changed');
  }

  /** Resolves with the first truthy value of `check`, re-evaluated on every recorded change. */
  waitFor<T>(check: () => T | undefined | null | false, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const attempt = (): boolean => {
        const value = check();
        if (value) {
          cleanup();
          resolve(value);
          return true;
        }
        return false;
      };
      const onChange = (): void => void attempt();
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake-discord: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = (): void => {
        clearTimeout(timer);
        this.off('changed', onChange);
      };
      this.on('changed', onChange);
      attempt();
    });
  }
}
