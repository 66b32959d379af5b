// Builds document records over a pool of worker threads, one per available core, preserving the
// input order. Tiny inputs are built in this thread: each worker loads wink and its model
// (about 0.4 s), which costs more than it saves for a handful of documents.
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { buildDocument } from './build-document.js';
import type { BuildInput, BuildReply, BuildRequest } from './build-messages.js';
import { progressBar } from './build-progress.js';
import type { DocRecord } from './schema.js';

export type { BuildInput } from './build-messages.js';

export interface BuildProgress {
  done: number;
  total: number;
  bytesDone: number;
  bytesTotal: number;
  elapsedMs: number;
  /** Worker threads in use (this thread may build as well); 0 when building in this thread only. */
  workers: number;
}

export interface BuildOptions {
  onProgress?: (p: BuildProgress) => void;
  /** Draw the progress bar on stderr when it is a terminal (default true). */
  bar?: boolean;
  /** Worker count; defaults to os.availableParallelism(), one fewer when this thread builds too. */
  workers?: number;
  /** This thread builds documents too while the workers start and run (default true). */
  mainThread?: boolean;
  /**
   * Called for a document that cannot be built (an NLP or extraction failure on odd text); the
   * document is left out and the build goes on. Without it, the first failure rejects the build.
   */
  onDocumentError?: (file: BuildInput, message: string) => void;
  /** Below this many documents, build in this thread (default 20). */
  minParallel?: number;
}

export const MIN_PARALLEL_DOCUMENTS = 20;
/** Batches queued per worker, so a worker never idles while its next batch is in the post. */
const IN_FLIGHT_PER_WORKER = 2;
/** A batch ends at this many documents or bytes of text, whichever comes first. */
const BATCH_DOCUMENTS = 32;
const BATCH_BYTES = 64 * 1024;

const WORKER_URL = new URL('./build-worker.ts', import.meta.url).href;

/**
 * The worker is TypeScript. Node 20 does not carry the parent's loader hooks into worker threads
 * (not even with tsx's --import in execArgv), and under vitest there is no tsx in the parent at
 * all; so each worker starts from a few lines of plain JavaScript that register tsx's loader in
 * that thread, then import the worker module.
 */
/** The ESM build of tsx's API; require.resolve would give the CommonJS one, which fails in a worker. */
function tsxEsmApiUrl(): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api');
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  return pathToFileURL(join(dirname(pkg), 'dist/esm/api/index.mjs')).href;
}

function workerBootstrap(): string {
  const tsxApi = tsxEsmApiUrl();
  return `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); });`;
}

export async function buildDocuments(files: readonly BuildInput[], options: BuildOptions = {}): Promise<DocRecord[]> {
  const total = files.length;
  const bytesOf = files.map((f) => Buffer.byteLength(f.text ?? '', 'utf8'));
  const bytesTotal = bytesOf.reduce((a, b) => a + b, 0);
  const mainThread = options.mainThread ?? true;
  // This thread is one of the builders, so it needs one worker fewer than there are cores.
  const cores = Math.max(1, availableParallelism());
  const wanted = Math.min(options.workers ?? (mainThread ? cores - 1 : cores), total);
  // Nothing to build must not start a worker that would wait for work forever.
  const workers = total === 0 || total < (options.minParallel ?? MIN_PARALLEL_DOCUMENTS) ? 0 : Math.max(mainThread ? 0 : 1, wanted);
  const bar = options.bar === false ? null : progressBar();
  const started = performance.now();
  let done = 0;
  let bytesDone = 0;
  const report = (index: number): void => {
    done++;
    bytesDone += bytesOf[index]!;
    const p: BuildProgress = { done, total, bytesDone, bytesTotal, elapsedMs: performance.now() - started, workers };
    bar?.update(p);
    options.onProgress?.(p);
  };
  try {
    if (workers === 0) {
      const out: DocRecord[] = [];
      files.forEach((f, i) => {
        try {
          out.push(buildHere(f));
        } catch (err) {
          if (!options.onDocumentError) throw err;
          options.onDocumentError(f, causeOf(err));
        }
        report(i);
      });
      return out;
    }
    return await buildInWorkers(files, bytesOf, workers, mainThread, report, options.onDocumentError);
  } finally {
    bar?.finish();
  }
}

class DocumentBuildError extends Error {
  constructor(readonly file: BuildInput, readonly cause_: string) {
    super(`building ${file.path}: ${cause_}`);
  }
}

const causeOf = (err: unknown): string => (err instanceof DocumentBuildError ? err.cause_ : err instanceof Error ? err.message : String(err));

function buildHere(file: BuildInput): DocRecord {
  try {
    return buildDocument(file);
  } catch (err) {
    throw new DocumentBuildError(file, err instanceof Error ? err.message : String(err));
  }
}

/**
 * Workers and (unless told otherwise) this thread take documents from one queue. This thread
 * starts at once, so the time workers spend starting (loading tsx, wink and its model) is not
 * lost: a corpus that this thread finishes first never waits for them.
 */
function buildInWorkers(
  files: readonly BuildInput[],
  bytesOf: readonly number[],
  count: number,
  mainThread: boolean,
  report: (index: number) => void,
  onDocumentError: BuildOptions['onDocumentError'],
): Promise<DocRecord[]> {
  const results = new Array<DocRecord | undefined>(files.length);
  const pool: Worker[] = [];
  let next = 0;
  let finished = 0;
  let settled = false;
  const bootstrap = workerBootstrap();

  return new Promise<DocRecord[]>((resolve, reject) => {
    const finish = (err: Error | null): void => {
      if (settled) return;
      settled = true;
      for (const w of pool) void w.terminate();
      if (err) reject(err);
      else resolve(results.filter((r): r is DocRecord => r !== undefined));
    };
    const store = (index: number, record: DocRecord): void => {
      results[index] = record;
      report(index);
      if (++finished === files.length) finish(null);
    };
    /** A document that cannot be built: left out when the caller takes failures, fatal otherwise. */
    const fail = (index: number, message: string): void => {
      if (!onDocumentError) {
        finish(new DocumentBuildError(files[index]!, message));
        return;
      }
      onDocumentError(files[index]!, message);
      report(index);
      if (++finished === files.length) finish(null);
    };
    const builders = count + (mainThread ? 1 : 0);
    const feed = (w: Worker): void => {
      // Smaller batches towards the end, so no builder is left with a long queue while others idle.
      const most = Math.max(1, Math.min(BATCH_DOCUMENTS, Math.floor((files.length - next) / (4 * builders))));
      const items: BuildRequest['items'] = [];
      let bytes = 0;
      while (next < files.length && items.length < most && bytes < BATCH_BYTES) {
        bytes += bytesOf[next]!;
        items.push({ index: next, file: files[next]! });
        next++;
      }
      if (items.length > 0) w.postMessage({ items } satisfies BuildRequest);
    };
    for (let k = 0; k < count; k++) {
      const w = new Worker(bootstrap, { eval: true });
      pool.push(w);
      w.on('message', (reply: BuildReply) => {
        if (settled) return;
        if (reply.kind === 'ready') {
          for (let q = 0; q < IN_FLIGHT_PER_WORKER; q++) feed(w);
          return;
        }
        for (const r of reply.results) {
          if (settled) return;
          if ('error' in r) fail(r.index, r.error);
          else {
            r.record.text = files[r.index]!.text;
            store(r.index, r.record);
          }
        }
        feed(w);
      });
      w.on('error', (err) => finish(new Error(`store build worker failed: ${err.message}`)));
      w.on('exit', (code) => {
        if (finished < files.length && code !== 0) finish(new Error(`store build worker exited with code ${code}`));
      });
    }
    if (mainThread) {
      // One document per turn of the event loop, so worker replies are taken in between.
      const step = (): void => {
        if (settled || next >= files.length) return;
        const index = next++;
        let record: DocRecord | null = null;
        try {
          record = buildDocument(files[index]!);
        } catch (err) {
          fail(index, err instanceof Error ? err.message : String(err));
        }
        if (record) store(index, record);
        setImmediate(step);
      };
      setImmediate(step);
    }
  });
}
