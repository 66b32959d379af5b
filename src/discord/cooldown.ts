// Per-user cooldown: one command or button press per user every N seconds, per process.
export class Cooldowns {
  private readonly last = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a use and returns 0, or returns the whole seconds left to wait without recording. */
  take(userId: string): number {
    if (this.seconds <= 0) return 0;
    const t = this.now();
    const windowMs = this.seconds * 1000;
    const prev = this.last.get(userId);
    if (prev !== undefined && t - prev < windowMs) return Math.max(1, Math.ceil((windowMs - (t - prev)) / 1000));
    this.last.set(userId, t);
    // Keep the map from growing without bound on a busy bot.
    if (this.last.size > 10_000) {
      for (const [id, at] of this.last) if (t - at >= windowMs) this.last.delete(id);
    }
    return 0;
  }
}
