// Builds document records over a pool of worker threads, one per available core, preserving the
// input order. Documents are never built on the calling thread, so a bot keeps answering while
// articles are built, and each document has a time budget: a worker stuck on one past it is
// stopped, the document skipped with a warning naming it, and the others built on.
//
// The workers stay loaded between builds (wink and its model take about 0.4 s to load) and are
// ended once idle for POOL_IDLE_MS; idle, they never keep the process alive.
import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { BuildInput, BuildReply, BuildRequest } from './build-messages.js';
import { progressBar } from './build-progress.js';
import type { DocRecord } from './schema.js';
import { startTsWorker } from './ts-worker.js';

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
/** Batches queued per worker, so a worker never idles while its next batch is in the post. */
const IN_FLIGHT_PER_WORKER = 2;
/** A batch ends at this many documents or bytes of text, whichever comes first. */
const BATCH_DOCUMENTS = 32;
const BATCH_BYTES = 64 * 1024;
/** Each worker's slot in the shared progress array: documents started, index of the current one. */
const SLOT_FIELDS = 2;

const WORKER_URL = new URL('./build-worker.ts', import.meta.url).href;

class DocumentBuildError extends Error {
  constructor(readonly file: BuildInput, readonly cause_: string) {
    super(`building ${file.path}: ${cause_}`);
  }
}

/** One loaded worker of the pool. `items` is what it was sent and has not answered yet. */
interface PoolWorker {
  worker: Worker;
  slot: number;
  ready: boolean;
  items: BuildRequest['items'][];
  /** The started-documents count last seen by the watchdog, and when it last changed. */
  seen: number;
  since: number;
  onMessage: ((reply: BuildReply) => void) | null;
  onFailure: ((err: Error) => void) | null;
}

const MAX_SLOTS = 64;
const progress = new Int32Array(new SharedArrayBuffer(MAX_SLOTS * SLOT_FIELDS * 4));
const pool: PoolWorker[] = [];
let idleTimer: NodeJS.Timeout | null = null;
/** One build at a time: a second waits for the first, then has every worker. */
let queue: Promise<unknown> = Promise.resolve();

function freeSlot(): number {
  for (let s = 0; s < MAX_SLOTS; s++) if (!pool.some((w) => w.slot === s)) return s;
  throw new Error('too many store build workers');
}

function spawn(): PoolWorker {
  const slot = freeSlot();
  Atomics.store(progress, slot * SLOT_FIELDS, 0);
  const worker = startTsWorker(WORKER_URL, { progress, slot: slot * SLOT_FIELDS });
  const w: PoolWorker = { worker, slot, ready: false, items: [], seen: 0, since: 0, onMessage: null, onFailure: null };
  worker.on('message', (reply: BuildReply) => {
    if (reply.kind === 'ready') w.ready = true;
    w.onMessage?.(reply);
  });
  const gone = (err: Error) => {
    retire(w);
    w.onFailure?.(err);
  };
  worker.on('error', (err) => gone(new Error(`store build worker failed: ${err.message}`)));
  worker.on('exit', (code) => gone(new Error(`store build worker exited with code ${code}`)));
  pool.push(w);
  return w;
}

function retire(w: PoolWorker): void {
  const at = pool.indexOf(w);
  if (at >= 0) pool.splice(at, 1);
}

function stop(w: PoolWorker): void {
  retire(w);
  w.onMessage = null;
  w.onFailure = null;
  void w.worker.terminate();
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
  const count = Math.max(1, Math.min(options.workers ?? availableParallelism(), total, MAX_SLOTS));
  const budget = options.budgetMs ?? DOCUMENT_BUDGET_MS;
  const bar = options.bar === false ? null : progressBar();
  const started = performance.now();
  let done = 0;
  let bytesDone = 0;
  const report = (index: number): void => {
    done++;
    bytesDone += bytesOf[index]!;
    const p: BuildProgress = { done, total, bytesDone, bytesTotal, elapsedMs: performance.now() - started, workers: count };
    bar?.update(p);
    options.onProgress?.(p);
  };
  if (idleTimer) { clearTimeout(idleTimer); idleTimer = null; }
  // Extra workers from a larger earlier build are not needed now.
  while (pool.length > count) stop(pool[pool.length - 1]!);
  try {
    return await buildInWorkers(files, bytesOf, count, budget, report, options.onDocumentError);
  } finally {
    bar?.finish();
    for (const w of pool) { w.onMessage = null; w.onFailure = null; w.items = []; w.worker.unref(); }
    idleTimer = setTimeout(() => { idleTimer = null; for (const w of [...pool]) stop(w); }, POOL_IDLE_MS);
    idleTimer.unref();
  }
}

function buildInWorkers(
  files: readonly BuildInput[],
  bytesOf: readonly number[],
  count: number,
  budget: number,
  report: (index: number) => void,
  onDocumentError: BuildOptions['onDocumentError'],
): Promise<DocRecord[]> {
  const results = new Array<DocRecord | undefined>(files.length);
  const settledAt = new Uint8Array(files.length);
  /** Documents to send, in order; ones taken back from a stopped worker go to the front. */
  const waiting: number[] = files.map((_, i) => i);
  let finished = 0;
  let settled = false;
  let watchdog: NodeJS.Timeout | null = null;

  return new Promise<DocRecord[]>((resolve, reject) => {
    const finish = (err: Error | null): void => {
      if (settled) return;
      settled = true;
      if (watchdog) clearInterval(watchdog);
      // A worker still busy with a failed build's batch is stopped, so the next build starts clean.
      if (err) for (const w of [...pool]) if (w.items.length) stop(w);
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
    const builders = count;
    const feed = (w: PoolWorker): void => {
      // Smaller batches towards the end, so no builder is left with a long queue while others idle.
      const most = Math.max(1, Math.min(BATCH_DOCUMENTS, Math.floor(waiting.length / (4 * builders))));
      const items: BuildRequest['items'] = [];
      let bytes = 0;
      while (waiting.length && items.length < most && bytes < BATCH_BYTES) {
        const index = waiting.shift()!;
        if (settledAt[index]) continue;
        bytes += bytesOf[index]!;
        items.push({ index, file: files[index]! });
      }
      if (items.length === 0) return;
      if (w.items.length === 0) { w.seen = Atomics.load(progress, w.slot * SLOT_FIELDS); w.since = performance.now(); }
      w.items.push(items);
      w.worker.postMessage({ items } satisfies BuildRequest);
    };
    const attach = (w: PoolWorker): void => {
      w.worker.ref();
      w.onMessage = (reply) => {
        if (settled) return;
        if (reply.kind === 'ready') {
          for (let q = 0; q < IN_FLIGHT_PER_WORKER; q++) feed(w);
          return;
        }
        w.items.shift();
        w.seen = Atomics.load(progress, w.slot * SLOT_FIELDS);
        w.since = performance.now();
        for (const r of reply.results) {
          if (settled) return;
          if ('error' in r) fail(r.index, r.error);
          else store(r.index, r.record);
        }
        feed(w);
      };
      w.onFailure = (err) => finish(err);
      if (w.ready) for (let q = 0; q < IN_FLIGHT_PER_WORKER; q++) feed(w);
    };
    /** A worker over budget on one document: that document is skipped, the rest of its work sent again. */
    const overBudget = (w: PoolWorker): void => {
      const index = Atomics.load(progress, w.slot * SLOT_FIELDS + 1);
      const unanswered = w.items.flat().map((it) => it.index);
      stop(w);
      waiting.unshift(...unanswered.filter((i) => i !== index));
      fail(index, `took longer than ${budget / 1000} s to build`);
      if (!settled && finished < files.length) attach(spawn());
    };
    watchdog = setInterval(() => {
      const now = performance.now();
      for (const w of [...pool]) {
        if (w.items.length === 0) continue;
        const seen = Atomics.load(progress, w.slot * SLOT_FIELDS);
        if (seen !== w.seen) { w.seen = seen; w.since = now; continue; }
        if (now - w.since > budget) overBudget(w);
      }
    }, Math.max(10, Math.min(1000, budget / 4)));
    while (pool.length < count) spawn();
    for (const w of pool) attach(w);
  });
}
