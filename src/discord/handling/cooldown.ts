// Per-member cooldown: one command or button press per member every N seconds, held in the
// SharedStore so that replicas behind a load balancer share it.
import { MemoryStore } from '../../state/memory-store.js';
import type { SharedStore } from '../../state/store.js';

export class Cooldowns {
  constructor(
    private readonly seconds: number,
    private readonly store: SharedStore = new MemoryStore(),
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  /** Records a use and returns 0, or returns the whole seconds left to wait without recording. */
  async take(userId: string): Promise<number> {
    if (this.seconds <= 0) return 0;
    try {
      const leftMs = await this.store.claim(`citebot:cooldown:${userId}`, this.seconds * 1000);
      return leftMs === 0 ? 0 : Math.max(1, Math.ceil(leftMs / 1000));
    } catch (err) {
      // The shared store is unreachable: answer rather than refuse; the cooldown resumes with it.
      this.onError(err);
      return 0;
    }
  }
}
