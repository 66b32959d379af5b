// Starts a worker thread running a TypeScript module. Node 20 does not carry the parent's loader
// hooks into worker threads (not even with tsx's --import in execArgv), and under vitest there is
// no tsx in the parent at all; so each worker starts from a few lines of plain JavaScript that
// register tsx's loader in that thread, then import the module.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The ESM build of tsx's API; require.resolve would give the CommonJS one, which fails in a worker. */
function tsxEsmApiUrl(): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api');
  const pkg = createRequire(import.meta.url).resolve('tsx/package.json');
  return pathToFileURL(join(dirname(pkg), 'dist/esm/api/index.mjs')).href;
}

export function startTsWorker(moduleUrl: string, workerData?: unknown): Worker {
  const bootstrap = `import(${JSON.stringify(tsxEsmApiUrl())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(moduleUrl)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}
