// Decides when to acknowledge with "thinking…" before doing engine work. The engine is
// synchronous, so the decision has to be made before it runs: defer when the interaction has
// already waited (a busy process), when this kind of work was slow recently, or when the
// caller says it is slow (a rebuild).
const DISCORD_EPOCH = 1420070400000n;
/** Past this age an immediate reply may not reach Discord within its 3 s window. */
export const DEFER_AFTER_MS = 1500;
/** Work that took this long last time is deferred next time. */
export const SLOW_WORK_MS = 800;

export function snowflakeTime(id: string): number | null {
  if (!/^\d{1,20}$/.test(id)) return null;
  try {
    return Number((BigInt(id) >> 22n) + DISCORD_EPOCH);
  } catch {
    return null;
  }
}

/** How long the interaction has waited; snowflake time only when plausible (fakes may not mint real ids). */
export function interactionAge(id: string, receivedAt: number, now: number): number {
  const local = now - receivedAt;
  const created = snowflakeTime(id);
  if (created === null) return local;
  const remote = now - created;
  return remote >= 0 && remote < 60_000 ? Math.max(local, remote) : local;
}

export class WorkTimes {
  private readonly recent = new Map<string, number>();
  record(label: string, ms: number): void {
    const prev = this.recent.get(label);
    // A slow run is remembered at once; fast runs bring the estimate down gradually.
    this.recent.set(label, prev === undefined || ms > prev ? ms : prev * 0.7 + ms * 0.3);
  }
  isSlow(label: string): boolean {
    return (this.recent.get(label) ?? 0) >= SLOW_WORK_MS;
  }
}

export function shouldDefer(opts: { age: number; slowLabel: boolean; alwaysSlow?: boolean }): boolean {
  return Boolean(opts.alwaysSlow) || opts.slowLabel || opts.age >= DEFER_AFTER_MS;
}
