// The SharedStore a process uses: Redis (or Valkey) when REDIS_URL is set, else its own memory.
import { MemoryStore } from './memory-store.js';
import type { SharedStore } from './store.js';

export async function openSharedStore(redisUrl: string | null | undefined): Promise<SharedStore> {
  if (!redisUrl) return new MemoryStore();
  const { RedisStore } = await import('./redis-store.js');
  return RedisStore.connect(redisUrl);
}
