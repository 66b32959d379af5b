// Builds document records over a pool of worker threads (piscina), one per available core,
// preserving the input order. Documents are never built on the calling thread, so a bot keeps
// answering while articles are built, and each document has a time budget: a worker stuck on one
// past it is stopped, the document skipped with a warning naming it, and the others built on.
//
// The workers stay loaded between builds (wink and its model take about 0.4 s to load) and are
// ended once idle for POOL_IDLE_MS; idle, they never keep the process alive.
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { BuildInput, BuildResult, BuildTask } from './build-messages.js';
import { progressBar } from './build-progress.js';
import type { DocRecord } from './schema.js';

export type { BuildInput } from './build-messages.js';

export interface BuildProgress {
  done: number;
  total: number;
  bytesDone: number;
  bytesTotal: number;
  elapsedMs: number;
  /** Worker threads in use. */
  workers: number;
}

export interface BuildOptions {
  onProgress?: (p: BuildProgress) => void;
  /** Draw the progress bar on stderr when it is a terminal (default true). */
  bar?: boolean;
  /** Worker count; defaults to os.availableParallelism(). */
  workers?: number;
  /**
   * Called for a document that cannot be built (an NLP or extraction failure on odd text, or
   * over its time budget); the document is left out and the build goes on. Without it, the
   * first failure rejects the build.
   */
  onDocumentError?: (file: BuildInput, message: string) => void;
  /** Time one document may take to build (default DOCUMENT_BUDGET_MS). */
  budgetMs?: number;
}

/**
 * The longest one document may take to build. A 5 MB article of ordinary prose takes a few
 * seconds; longer means text the NLP is quadratic on, which would hold a worker for hours.
 * Lower skips more odd documents; higher waits longer for them.
 */
export const DOCUMENT_BUDGET_MS = 60_000;
/** Idle workers are ended after this long: a bot reloading often keeps them, one that never reloads frees their memory. */
const POOL_IDLE_MS = 30_000;
/** A batch ends at this many documents or bytes of text, whichever comes first. */
const BATCH_DOCUMENTS = 32;
const BATCH_BYTES = 64 * 1024;

/** The worker's entry point: plain JavaScript that registers tsx in its thread first. */
const WORKER_ENTRY = fileURLToPath(new URL('./build-worker-entry.mjs', import.meta.url));

class DocumentBuildError extends Error {
  constructor(
    readonly file: BuildInput,
    readonly cause_: string,
  ) {
    super(`building ${file.path}: ${cause_}`);
  }
}

let pool: Piscina<BuildTask, BuildResult[]> | null = null;
/** One build at a time: a second waits for the first, then has every worker. */
let queue: Promise<unknown> = Promise.resolve();

/** The pool, with at most `threads` workers; one of another size is ended first. */
function poolOf(threads: number): Piscina<BuildTask, BuildResult[]> {
  if (pool && pool.maxThreads !== threads) {
    void pool.destroy();
    pool = null;
  }
  if (!pool) {
    pool = new Piscina<BuildTask, BuildResult[]>({
      filename: WORKER_ENTRY,
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: POOL_IDLE_MS,
    });
    // A worker that dies between builds is replaced when the next build needs it; one that dies
    // while building fails that build (below), so there is nothing more to say here.
    pool.on('error', () => undefined);
  }
  return pool;
}

export function buildDocuments(files: readonly BuildInput[], options: BuildOptions = {}): Promise<DocRecord[]> {
  const run = queue.then(() => buildNow(files, options));
  queue = run.catch(() => undefined);
  return run;
}

async function buildNow(files: readonly BuildInput[], options: BuildOptions): Promise<DocRecord[]> {
  // Nothing to build must not start a worker that would wait for work forever.
  if (files.length === 0) return [];
  const total = files.length;
  const bytesOf = files.map((f) => Buffer.byteLength(f.text ?? '', 'utf8'));
  const bytesTotal = bytesOf.reduce((a, b) => a + b, 0);
  const threads = Math.max(1, options.workers ?? availableParallelism());
  const count = Math.min(threads, total);
  const budget = options.budgetMs ?? DOCUMENT_BUDGET_MS;
  const bar = options.bar === false ? null : progressBar();
  const started = performance.now();
  let done = 0;
  let bytesDone = 0;
  const report = (index: number): void => {
    done++;
    bytesDone += bytesOf[index]!;
    const p: BuildProgress = {
      done,
      total,
      bytesDone,
      bytesTotal,
      elapsedMs: performance.now() - started,
      workers: count,
    };
    bar?.update(p);
    options.onProgress?.(p);
  };
  try {
    return await buildInWorkers(poolOf(threads), files, bytesOf, count, budget, report, options.onDocumentError);
  } finally {
    bar?.finish();
  }
}

/**
 * The documents' indices in batches, in order; smaller towards the end, so no worker is left with
 * a long batch while others idle.
 */
function batchesOf(bytesOf: readonly number[], workers: number): number[][] {
  const batches: number[][] = [];
  let at = 0;
  while (at < bytesOf.length) {
    const most = Math.max(1, Math.min(BATCH_DOCUMENTS, Math.floor((bytesOf.length - at) / (4 * workers))));
    const batch: number[] = [];
    let bytes = 0;
    while (at < bytesOf.length && batch.length < most && bytes < BATCH_BYTES) {
      bytes += bytesOf[at]!;
      batch.push(at++);
    }
    batches.push(batch);
  }
  return batches;
}

/** A batch sent to the pool; `overBudget` is the document it was stopped on. */
interface Batch {
  indices: number[];
  stop: AbortController;
  overBudget?: number;
}

function buildInWorkers(
  workers: Piscina<BuildTask, BuildResult[]>,
  files: readonly BuildInput[],
  bytesOf: readonly number[],
  count: number,
  budget: number,
  report: (index: number) => void,
  onDocumentError: BuildOptions['onDocumentError'],
): Promise<DocRecord[]> {
  const results = new Array<DocRecord | undefined>(files.length);
  const settledAt = new Uint8Array(files.length);
  // When (epoch ms) a worker started each document, 0 before it did: the watchdog reads it.
  const startedAt = new Float64Array(new SharedArrayBuffer(files.length * Float64Array.BYTES_PER_ELEMENT));
  const running = new Set<Batch>();
  let finished = 0;
  let settled = false;
  let watchdog: NodeJS.Timeout | null = null;

  return new Promise<DocRecord[]>((resolve, reject) => {
    const finish = (err: Error | null): void => {
      if (settled) return;
      settled = true;
      if (watchdog) clearInterval(watchdog);
      // A failed build's batches are taken back, and a worker busy with one stopped, so the next build starts clean.
      for (const batch of running) batch.stop.abort();
      running.clear();
      if (err) reject(err);
      else resolve(results.filter((r): r is DocRecord => r !== undefined));
    };
    const settle = (index: number): boolean => {
      if (settledAt[index]) return false;
      settledAt[index] = 1;
      report(index);
      return true;
    };
    const store = (index: number, record: DocRecord): void => {
      if (!settle(index)) return;
      record.text = files[index]!.text;
      results[index] = record;
      if (++finished === files.length) finish(null);
    };
    /** A document that cannot be built: left out when the caller takes failures, fatal otherwise. */
    const fail = (index: number, message: string): void => {
      if (settledAt[index]) return;
      if (!onDocumentError) {
        finish(new DocumentBuildError(files[index]!, message));
        return;
      }
      settle(index);
      onDocumentError(files[index]!, message);
      if (++finished === files.length) finish(null);
    };
    const send = (indices: number[]): void => {
      const batch: Batch = { indices, stop: new AbortController() };
      running.add(batch);
      const items = indices.map((index) => ({ index, file: files[index]! }));
      workers.run({ items, startedAt }, { signal: batch.stop.signal }).then(
        (built) => {
          running.delete(batch);
          for (const r of built) {
            if (settled) return;
            if ('error' in r) fail(r.index, r.error);
            else store(r.index, r.record);
          }
        },
        (err: unknown) => {
          running.delete(batch);
          if (settled) return;
          const over = batch.overBudget;
          if (over === undefined) {
            finish(new Error(`store build worker failed: ${err instanceof Error ? err.message : String(err)}`));
            return;
          }
          // Its worker was stopped: the document over budget is skipped, the rest of the batch sent again.
          fail(over, `took longer than ${budget / 1000} s to build`);
          const again = indices.filter((i) => i !== over && !settledAt[i]);
          for (const i of again) startedAt[i] = 0;
          if (!settled && again.length) send(again);
        },
      );
    };
    watchdog = setInterval(
      () => {
        const now = performance.timeOrigin + performance.now();
        for (const batch of running) {
          // A batch is built in order: the document being built is the last one started.
          const current = [...batch.indices].reverse().find((i) => startedAt[i]! > 0);
          if (current === undefined || batch.overBudget !== undefined || now - startedAt[current]! <= budget) continue;
          batch.overBudget = current;
          batch.stop.abort();
        }
      },
      Math.max(10, Math.min(1000, budget / 4)),
    );
    for (const batch of batchesOf(bytesOf, count)) send(batch);
  });
}
