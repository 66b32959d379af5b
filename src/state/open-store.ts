// The SharedStore a process uses: Redis (or Valkey) when REDIS_URL is set, else its own memory.
import { MemoryStore } from './memory-store.js';
import type { SharedStore } from './store.js';

/** `now` is the in-memory store's clock (Redis keeps its own time). */
export async function openSharedStore(
  redisUrl: string | null | undefined,
  now: () => number = Date.now,
): Promise<SharedStore> {
  if (!redisUrl) return new MemoryStore(now);
  const { RedisStore } = await import('./redis-store.js');
  return RedisStore.connect(redisUrl);
}
