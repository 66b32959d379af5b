// The one small store for state that must hold across processes: conversation context,
// cooldowns and the reload signal. In memory by default; Redis (or Valkey) when REDIS_URL is set,
// so replicas behind a load balancer share it. Every entry expires on its own.
export interface SharedStore {
  /** The value under `key`, or null when absent or expired. */
  get(key: string): Promise<string | null>;
  /** Sets `key`, expiring after `ttlMs`. */
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /**
   * Sets `key` only when absent (a lock or a cooldown): returns 0 when it was set, otherwise the
   * milliseconds until the existing entry expires (at least 1).
   */
  claim(key: string, ttlMs: number): Promise<number>;
  /** Tells every process subscribed to `topic` (this one included). */
  publish(topic: string, message: string): Promise<void>;
  /** Calls `onMessage` for each message published on `topic` from now on. */
  subscribe(topic: string, onMessage: (message: string) => void): Promise<void>;
  close(): Promise<void>;
}
