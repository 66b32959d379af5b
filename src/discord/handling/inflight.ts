// Tracks interactions being handled so shutdown can stop taking new ones and wait for these.
export class InFlight {
  private readonly pending = new Set<Promise<unknown>>();
  private closingFlag = false;

  get closing(): boolean {
    return this.closingFlag;
  }

  get size(): number {
    return this.pending.size;
  }

  track<T>(p: Promise<T>): Promise<T> {
    this.pending.add(p);
    const done = (): void => {
      this.pending.delete(p);
    };
    p.then(done, done);
    return p;
  }

  /** Stops intake and resolves when everything in flight settled, or after `timeoutMs`. */
  async drain(timeoutMs = 10_000): Promise<void> {
    this.closingFlag = true;
    const all = Promise.allSettled([...this.pending]);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
      timer.unref();
    });
    await Promise.race([all, timeout]);
    if (timer) clearTimeout(timer);
  }
}
