// The in-process SharedStore: a bounded map whose entries expire, and local publish/subscribe.
import { EventEmitter } from 'node:events';
import type { SharedStore } from './store.js';

/** Most entries kept at once: bounds memory on a busy bot; past it the oldest-written go first. */
export const MEMORY_STORE_MAX_ENTRIES = 50_000;

export class MemoryStore implements SharedStore {
  private readonly entries = new Map<string, { value: string; expires: number }>();
  private readonly topics = new EventEmitter();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly maxEntries = MEMORY_STORE_MAX_ENTRIES,
  ) {
    this.topics.setMaxListeners(0);
  }

  async get(key: string): Promise<string | null> {
    return this.live(key)?.value ?? null;
  }

  async set(key: string, value: string, ttlMs: number): Promise<void> {
    this.put(key, value, ttlMs);
  }

  async claim(key: string, ttlMs: number): Promise<number> {
    const held = this.live(key);
    if (held) return Math.max(1, held.expires - this.now());
    this.put(key, '1', ttlMs);
    return 0;
  }

  async publish(topic: string, message: string): Promise<void> {
    this.topics.emit(topic, message);
  }

  async subscribe(topic: string, onMessage: (message: string) => void): Promise<void> {
    this.topics.on(topic, onMessage);
  }

  async close(): Promise<void> {
    this.topics.removeAllListeners();
    this.entries.clear();
  }

  private live(key: string): { value: string; expires: number } | null {
    const e = this.entries.get(key);
    if (!e) return null;
    if (e.expires <= this.now()) {
      this.entries.delete(key);
      return null;
    }
    return e;
  }

  private put(key: string, value: string, ttlMs: number): void {
    // Re-inserting moves the key to the end, so the map's order is the order of last writes.
    this.entries.delete(key);
    this.entries.set(key, { value, expires: this.now() + Math.max(1, ttlMs) });
    if (this.entries.size <= this.maxEntries) return;
    const t = this.now();
    for (const [k, e] of this.entries) if (e.expires <= t) this.entries.delete(k);
    for (const k of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(k);
    }
  }
}
