// A one-line progress bar for store builds: documents done, docs/s, MB/s and time left. Drawn
// only on a terminal; redirected output stays clean.
import type { BuildProgress } from './parallel-build.js';

const WIDTH = 24;
const REDRAW_MS = 100;

function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export function formatProgress(p: BuildProgress): string {
  const frac = p.total ? p.done / p.total : 1;
  const filled = Math.round(frac * WIDTH);
  const secs = p.elapsedMs / 1000;
  const docsPerSec = secs > 0 ? p.done / secs : 0;
  const mbPerSec = secs > 0 ? p.bytesDone / 1048576 / secs : 0;
  const left = p.bytesDone > 0 ? (secs * (p.bytesTotal - p.bytesDone)) / p.bytesDone : NaN;
  return `building store [${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${p.done}/${p.total} docs  ${docsPerSec.toFixed(0)} docs/s  ${mbPerSec.toFixed(2)} MB/s  ${p.done === p.total ? 'done' : `${clock(left)} left`}`;
}

export interface ProgressBar {
  update(p: BuildProgress): void;
  finish(): void;
}

/** null when the stream is not a terminal: the caller then reports nothing. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): ProgressBar | null {
  if (!stream.isTTY) return null;
  let last = 0;
  let drawn = false;
  let latest: BuildProgress | null = null;
  const draw = (p: BuildProgress): void => {
    const cols = stream.columns || 80;
    stream.write(`\r${formatProgress(p).slice(0, cols - 1)}\x1b[K`);
    drawn = true;
  };
  return {
    update(p) {
      latest = p;
      const now = performance.now();
      if (now - last >= REDRAW_MS || p.done === p.total) {
        last = now;
        draw(p);
      }
    },
    finish() {
      if (latest && drawn) {
        draw(latest);
        stream.write('\n');
      }
    },
  };
}
