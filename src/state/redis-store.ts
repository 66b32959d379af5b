// The SharedStore on Redis (or Valkey, which speaks the same protocol): every key expires on
// its own (SET … PX), a cooldown is one atomic SET … NX, and announcements use publish/subscribe
// on a second connection, as Redis requires of a subscriber.
import { createClient } from '@redis/client';
import type { SharedStore } from './store.js';

/** Longest wait for Redis at start-up: a wrong REDIS_URL should fail in seconds, not hang. */
const CONNECT_TIMEOUT_MS = 5000;

// While Redis is away, commands fail at once instead of queueing: the bot answers without the shared state meanwhile.
const newClient = (url: string) =>
  createClient({ url, socket: { connectTimeout: CONNECT_TIMEOUT_MS }, disableOfflineQueue: true });
type Client = ReturnType<typeof newClient>;

export class RedisStore implements SharedStore {
  private subscriber: Client | null = null;

  private constructor(
    private readonly client: Client,
    private readonly onError: (err: Error) => void,
  ) {}

  static async connect(
    url: string,
    onError: (err: Error) => void = (err) => process.stderr.write(`citebot: Redis: ${err.message}\n`),
  ): Promise<RedisStore> {
    const client = newClient(url);
    // Without a listener an error event would end the process; the client reconnects by itself.
    client.on('error', onError);
    await client.connect();
    return new RedisStore(client, onError);
  }

  async get(key: string): Promise<string | null> {
    const v = await this.client.sendCommand(['GET', key]);
    return typeof v === 'string' ? v : null;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    await this.client.sendCommand(['SET', key, value, 'PX', String(Math.max(1, Math.round(ttlMs)))]);
  }

  async claim(key: string, ttlMs: number): Promise<number> {
    const set = await this.client.sendCommand<string | null>([
      'SET',
      key,
      '1',
      'PX',
      String(Math.max(1, Math.round(ttlMs))),
      'NX',
    ]);
    if (String(set) === 'OK') return 0;
    const left = Number(await this.client.sendCommand(['PTTL', key]));
    // -2: it expired between the two commands; -1 never happens (every key is set with PX).
    return left > 0 ? left : 1;
  }

  async publish(topic: string, message: string): Promise<void> {
    await this.client.sendCommand(['PUBLISH', topic, message]);
  }

  async subscribe(topic: string, onMessage: (message: string) => void): Promise<void> {
    if (!this.subscriber) {
      this.subscriber = this.client.duplicate();
      this.subscriber.on('error', this.onError);
      await this.subscriber.connect();
    }
    await this.subscriber.subscribe(topic, (message) => onMessage(String(message)));
  }

  async close(): Promise<void> {
    await Promise.allSettled([this.subscriber?.quit(), this.client.quit()]);
  }
}
