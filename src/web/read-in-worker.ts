// Runs htmlToArticle in a worker thread with a deadline and a memory cap: a page is untrusted
// input, and parsing a large one holds a thread for a while.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UnreadablePage, type WebArticle } from './html-to-article.js';

/** Time to read one page. Real pages take well under a second; past this the page is pathological. */
export const READ_TIMEOUT_MS = 20_000;
/** Heap for the worker: a 5 MB page's DOM fits easily; a page built to exhaust memory does not. */
const WORKER_HEAP_MB = 256;

const WORKER_URL = new URL('./read-worker.ts', import.meta.url).href;

/** The worker is TypeScript: it registers tsx's loader in its own thread first (Node does not carry it over). */
function bootstrap(): string {
  const api =
    typeof import.meta.resolve === 'function'
      ? import.meta.resolve('tsx/esm/api')
      : pathToFileURL(
          join(dirname(createRequire(import.meta.url).resolve('tsx/package.json')), 'dist/esm/api/index.mjs'),
        ).href;
  return `import(${JSON.stringify(api)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); });`;
}

export function readPageInWorker(html: string, url: string | null): Promise<WebArticle> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(bootstrap(), {
      eval: true,
      workerData: { html, url },
      resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    });
    let settled = false;
    const finish = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    const timer = setTimeout(
      () => finish(() => reject(new UnreadablePage(`the page took more than ${READ_TIMEOUT_MS / 1000} s to read`))),
      READ_TIMEOUT_MS,
    );
    worker.once('message', (m: { article?: WebArticle; error?: string }) =>
      finish(() =>
        m.article ? resolve(m.article) : reject(new UnreadablePage(m.error ?? 'the page could not be read')),
      ),
    );
    worker.once('error', (err) =>
      finish(() => reject(new UnreadablePage(`the page could not be read (${err.message})`))),
    );
    worker.once('exit', (code) =>
      finish(() => reject(new UnreadablePage(`the page could not be read (reader exited ${code})`))),
    );
  });
}
