// A build worker: receives batches of source files, answers with their built records. Runs
// buildDocument exactly as the main thread would, so a parallel build and a serial one give the
// same store.
import { parentPort } from 'node:worker_threads';
import { buildDocument } from './build-document.js';
import type { BuildRequest, BuildReply, BuildResult } from './build-messages.js';

const port = parentPort;
if (!port) throw new Error('build-worker.ts must run as a worker thread');

port.on('message', (req: BuildRequest) => {
  const results: BuildResult[] = req.items.map(({ index, file }) => {
    try {
      const record = buildDocument(file);
      // The pool puts the text back: copying it would only cost time and a second copy in memory.
      record.text = '';
      return { index, record };
    } catch (err) {
      return { index, error: err instanceof Error ? err.message : String(err) };
    }
  });
  port.postMessage({ kind: 'built', results } satisfies BuildReply);
});
// Tells the pool the imports (wink and its model) are loaded: only now has the worker started.
port.postMessage({ kind: 'ready' } satisfies BuildReply);
