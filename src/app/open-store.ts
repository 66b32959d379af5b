// Opens the store for a seeds folder: reuses the stored records of unchanged files, builds the
// added or changed ones, drops removed ones, and saves the store when anything changed. When
// nothing changed, only the store's index is read; documents are read as answers need them.
// Nothing here loads the NLP, so the thread that opens off the answering one starts quickly.
import { availableParallelism } from 'node:os';
import { appendFileSync, lstatSync, readFileSync, rmSync, statSync } from 'node:fs';
import {
  documentId,
  listDocuments,
  readSourceFile,
  symlinksAllowed,
  type ReadOptions,
  type SourceFile,
} from '../documents/read.js';
import { corpusOrder, indexDocuments, type DocInfo, type FileStamp } from '../store/corpus-index.js';
import { splitRecord } from '../store/doc-content.js';
import { openStoreFile, writeStoreFile, type StoreReader } from '../store/store-file.js';
import type { Worker } from 'node:worker_threads';
import { startTsWorker } from '../store/ts-worker.js';
import { storePathFor } from './config.js';

export interface OpenOptions {
  seedsDir: string;
  storePath?: string;
  onWarning?: (line: string) => void;
  /** Rebuild every document even when the store is current. */
  force?: boolean;
  /** Follow symlinks inside the seeds folder; defaults to CITEBOT_SEED_SYMLINKS. */
  allowSymlinks?: boolean;

  /**
   * Build, index and write in a worker thread when anything changed, so this thread keeps
   * answering (the bot's start-up and /reload); a current store is opened here either way.
   */
  offThread?: boolean;
  /** Build worker threads; defaults to one per core. */
  workers?: number;
  /** Told of each article found damaged in the store while serving; the next open rebuilds it. */
  onDamage?: (doc: string) => void;
}

export interface OpenedStore {
  store: StoreReader;
  warnings: string[];
  rebuilt: boolean;
  /** False when the store was built but could not be written (answers then come from memory). */
  saved: boolean;
}
export async function openStore(options: OpenOptions): Promise<OpenedStore> {
  const warnings: string[] = [];
  const warn = (line: string) => {
    warnings.push(line);
    options.onWarning?.(line);
  };
  const storePath = options.storePath ?? storePathFor(options.seedsDir);
  const { paths, warnings: listWarnings } = listDocuments(options.seedsDir);
  listWarnings.forEach(warn);
  const readOptions: ReadOptions = {
    seedsDir: options.seedsDir,
    allowSymlinks: options.allowSymlinks ?? symlinksAllowed(),
  };
  const read = (path: string) => readSourceFile(path, readOptions);

  // Articles found damaged while serving (listed by onDamage below) are built again from their files.
  const damageList = `${storePath}.damaged`;
  const suspects = new Set(readLines(damageList));
  const onDamage = (doc: string) => {
    try {
      appendFileSync(damageList, `${doc}\n`);
    } catch {
      /* then only this process knows */
    }
    options.onDamage?.(doc);
  };
  const stored = options.force ? { problem: 'rebuild requested' } : openStoreFile(storePath, { onDamage });
  const previous = new Map<string, DocInfo>();
  if ('index' in stored) for (const d of stored.index.docs) previous.set(d.id, d);
  else if (stored.problem !== 'no store yet' && stored.problem !== 'rebuild requested')
    warn(`store ${storePath}: ${stored.problem}; rebuilding`);

  if ('index' in stored && !suspects.size && unchanged(paths, previous, readOptions.allowSymlinks === true))
    return { store: stored, warnings, rebuilt: false, saved: true };

  // A file whose size and modification time are what the store recorded is not read again;
  // otherwise it is read, and kept when its bytes are the same.
  const listed: { path: string; id: string; stamp: FileStamp | null }[] = paths.map((path) => ({
    path,
    id: documentId(path),
    stamp: stampOf(path, readOptions.allowSymlinks === true),
  }));
  const sources: SourceFile[] = [];
  const kept: (DocInfo | undefined)[] = [];
  for (const { path, id, stamp } of listed) {
    const old = suspects.has(id) ? undefined : previous.get(id);
    if (old && stamp && old.file?.size === stamp.size && old.file.mtimeMs === stamp.mtimeMs) {
      old.path = path;
      kept.push(old);
      sources.push({ id, path, text: '', fingerprint: old.fingerprint });
      continue;
    }
    const f = read(path);
    if ('problem' in f) {
      warn(`skipped ${f.path}: ${f.problem}`);
      continue;
    }
    sources.push(f);
    const same = old?.fingerprint === f.fingerprint ? old : undefined;
    if (same) {
      same.path = path;
      if (stamp) same.file = stamp;
    }
    kept.push(same);
  }
  const stamps = new Map(listed.map((l) => [l.id, l.stamp]));
  // Added and changed files are built together, over worker threads when there are enough of them.
  // A document the NLP cannot build is skipped with a warning, like an unreadable file.
  const onDocumentError = (f: SourceFile, message: string) => warn(`skipped ${f.path}: cannot be built (${message})`);
  const keptCount = kept.filter(Boolean).length;
  const toBuild = sources.filter((_, i) => !kept[i]);
  if ('index' in stored && toBuild.length === 0 && stored.index.docs.length === keptCount)
    return { store: stored, warnings, rebuilt: false, saved: true };
  if (options.offThread) {
    // One core is left to the thread answering questions.
    const workers = Math.max(1, availableParallelism() - 1);
    const done = await openInWorker({
      seedsDir: options.seedsDir,
      storePath,
      force: options.force,
      allowSymlinks: readOptions.allowSymlinks,
      workers,
    });
    // The worker read the folder again: its warnings are the current ones.
    for (const w of done.warnings) if (!warnings.includes(w)) options.onWarning?.(w);
    const reopened = done.saved ? openStoreFile(storePath, { onDamage }) : null;
    if (reopened && 'index' in reopened)
      return { store: reopened, warnings: done.warnings, rebuilt: done.rebuilt, saved: true };
    // Not saved (or not readable): built again here, to answer from memory.
    return openStore({ ...options, offThread: false });
  }
  // Loaded only to build: the worker pool and the NLP behind it are no part of answering from a current store.
  const { buildDocuments } = await import('../store/parallel-build.js');
  const built = await buildDocuments(toBuild, { onDocumentError, workers: options.workers });
  // Changed when something was built or a stored document is gone. Counting files instead would
  // rewrite the whole store at every start while one file is unreadable or cannot be built.
  if ('index' in stored && built.length === 0 && stored.index.docs.length === keptCount)
    return { store: stored, warnings, rebuilt: false, saved: true };

  // The kept documents' records are read back so the index covers the whole corpus; one the
  // store cannot give back (damaged on disk) is built again.
  const records = new Map(built.map((d) => [d.id, d]));
  const damaged: SourceFile[] = [];
  sources.forEach((f, i) => {
    const info = kept[i];
    if (!info || !('index' in stored)) return;
    try {
      records.set(f.id, stored.readRecord(info));
    } catch {
      damaged.push(f);
      warn(`the stored copy of ${f.id} is damaged; building it again`);
    }
  });
  // A damaged record whose file was not read (its stamp matched) is read now.
  const rebuild = damaged.map((f) => (f.text ? f : read(f.path))).filter((f): f is SourceFile => !('problem' in f));
  for (const d of await buildDocuments(rebuild, { onDocumentError, workers: options.workers })) records.set(d.id, d);
  const docs = corpusOrder(sources.flatMap((f) => records.get(f.id) ?? []));
  const index = indexDocuments(docs);
  for (const info of index.docs) {
    const stamp = stamps.get(info.id);
    if (stamp) info.file = stamp;
  }
  try {
    writeStoreFile(storePath, index, docs);
    rmSync(damageList, { force: true });
    // Read back, so the records built here are not all held in memory while serving.
    const reopened = openStoreFile(storePath, { onDamage });
    if ('index' in reopened) return { store: reopened, warnings, rebuilt: true, saved: true };
    warn(`the store just saved to ${storePath} cannot be read back (${reopened.problem}); answering from memory`);
  } catch (e) {
    warn(`could not save the store to ${storePath}: ${(e as Error).message}`);
  }
  const byId = new Map(docs.map((d) => [d.id, d]));
  return {
    store: {
      index,
      readDocument: (info) => splitRecord(byId.get(info.id)!).content,
      readRecord: (info) => byId.get(info.id)!,
    },
    warnings,
    rebuilt: true,
    saved: false,
  };
}

/**
 * The usual start: the folder lists exactly the store's documents, each a regular file with the
 * size and modification time the store recorded. Then the store is served as it is, and each
 * document takes the path it is listed under; the general path below would come to the same
 * after building a few objects per file (a few hundredths of a second at 18k articles).
 */
function unchanged(paths: readonly string[], previous: ReadonlyMap<string, DocInfo>, followLinks: boolean): boolean {
  if (paths.length !== previous.size) return false;
  const matched: DocInfo[] = [];
  for (const path of paths) {
    const old = previous.get(documentId(path));
    const stamp = old?.file ? stampOf(path, followLinks) : null;
    if (!old?.file || stamp?.size !== old.file.size || stamp.mtimeMs !== old.file.mtimeMs) return false;
    matched.push(old);
  }
  // Ids are unique in the listing, so every stored document was matched once.
  matched.forEach((old, i) => (old.path = paths[i]!));
  return true;
}

/** Only a regular file (or an allowed link to one) has a stamp; anything else is read, and refused there. */
function stampOf(path: string, followLinks: boolean): FileStamp | null {
  try {
    let st = lstatSync(path);
    if (st.isSymbolicLink() && followLinks) st = statSync(path);
    if (!st.isFile()) return null;
    return { size: st.size, mtimeMs: st.mtimeMs };
  } catch {
    return null;
  }
}

function readLines(path: string): string[] {
  try {
    return readFileSync(path, 'utf8').split('\n').filter(Boolean);
  } catch {
    return [];
  }
}

/** What the open worker is asked, and answers. */
export interface OffThreadRequest {
  seedsDir: string;
  storePath: string;
  force?: boolean;
  allowSymlinks?: boolean;
  workers: number;
}
export type OffThreadReply = { warnings: string[]; saved: boolean; rebuilt: boolean } | { error: string };

const OPEN_WORKER_URL = new URL('./open-worker.ts', import.meta.url).href;

/**
 * The thread that opens stores, kept between opens: starting one (loading the modules) took a few
 * seconds on a busy machine, paid again at every /reload otherwise. Idle, it never keeps the
 * process alive. One open at a time.
 */
let openThread: Worker | null = null;
let openQueue: Promise<unknown> = Promise.resolve();

function openWorker(): Worker {
  if (openThread) return openThread;
  const worker = startTsWorker(OPEN_WORKER_URL);
  // A failure inside is reported to the open waiting for it (by 'exit'); never thrown here.
  worker.on('error', () => undefined);
  worker.on('exit', () => {
    if (openThread === worker) openThread = null;
  });
  openThread = worker;
  return worker;
}

function openInWorker(request: OffThreadRequest): Promise<{ warnings: string[]; saved: boolean; rebuilt: boolean }> {
  const run = openQueue.then(
    () =>
      new Promise<{ warnings: string[]; saved: boolean; rebuilt: boolean }>((resolve, reject) => {
        const worker = openWorker();
        const done = () => {
          worker.off('message', onMessage);
          worker.off('exit', onExit);
          worker.unref();
        };
        const onMessage = (reply: OffThreadReply) => {
          done();
          if ('error' in reply) reject(new Error(reply.error));
          else resolve(reply);
        };
        const onExit = (code: number) => {
          done();
          reject(new Error(`the store build thread exited with code ${code}`));
        };
        worker.on('message', onMessage);
        worker.on('exit', onExit);
        worker.ref();
        worker.postMessage(request);
      }),
  );
  openQueue = run.catch(() => undefined);
  return run;
}
