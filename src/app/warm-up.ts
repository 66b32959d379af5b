// Background warm-up: the engine practises for a while after it opens, in slices of a few
// milliseconds, so that a bot still connecting to Discord (or a terminal waiting for the first
// line) keeps handling its I/O. A young process answers a first-seen question several times
// slower than a warm one while V8 is still compiling: with one article, ask p99 was 7-11 ms right
// after warm() and is 1-2 ms after a second of practice (with the Node flags of npm start).
import type { Engine } from '../answer/engine.js';

/** How long the bot and the terminal practise after opening the articles. */
export const WARM_UP_MS = 1000;
const SLICE_MS = 4;

export interface WarmUp {
  /** Resolves with the number of practice steps taken, when the time is up or stop() is called. */
  done: Promise<number>;
  stop(): void;
}

export function warmUp(engine: Engine, ms = WARM_UP_MS, now: () => number = () => performance.now()): WarmUp {
  const steps = engine.practise();
  const deadline = now() + ms;
  let stopped = false;
  let taken = 0;
  const done = new Promise<number>((resolve) => {
    const slice = () => {
      const end = Math.min(deadline, now() + SLICE_MS);
      while (!stopped && now() < end) {
        // Practice is never worth a crash: it runs outside any request, where a throw would end the process.
        let finished = true;
        try {
          finished = steps.next().done === true;
        } catch {
          /* stop practising */
        }
        if (finished) stopped = true;
        else taken++;
      }
      if (stopped || now() >= deadline) resolve(taken);
      else setImmediate(slice);
    };
    setImmediate(slice);
  });
  return {
    done,
    stop: () => {
      stopped = true;
    },
  };
}
