// The one way a citebot process ends, whatever its entry point: stop taking work, finish what is
// in flight, exit. A second signal (or a fatal gateway close during a shutdown) changes nothing.
import type { Logger } from './log.js';

export class Shutdown {
  private begun = false;

  constructor(private readonly log: Logger) {}

  /** True once a shutdown has begun. */
  get started(): boolean {
    return this.begun;
  }

  /**
   * Runs `stop` once, then exits with `code`; a stop that fails is logged and the process exits
   * all the same. `graceMs` bounds a stop that may hang (child processes that do not exit).
   */
  run(code: number, stop: () => Promise<void>, graceMs?: number): void {
    if (this.begun) return;
    this.begun = true;
    const exit = (): never => process.exit(code);
    if (graceMs !== undefined) setTimeout(exit, graceMs).unref();
    stop().then(exit, (err: unknown) => {
      this.log.error('error while shutting down', { error: err });
      exit();
    });
  }

  /** On the first SIGINT or SIGTERM: logs "received SIG…" with `what` after it, runs `stop`, exits 0. */
  onSignals(what: string, stop: (signal: NodeJS.Signals) => Promise<void>, graceMs?: number): void {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        if (this.begun) return;
        this.log.info(`received ${signal}${what}`);
        this.run(0, () => stop(signal), graceMs);
      });
    }
  }
}
