// A build worker: receives batches of source files, answers with their built records. Runs
// buildDocument exactly as any other thread would, so every build gives the same store. Before
// each document it counts it in the shared progress array, so the pool can tell a document that
// is over its time budget.
import { parentPort, workerData } from 'node:worker_threads';
import { buildDocument } from './build-document.js';
import type { BuildRequest, BuildReply, BuildResult } from './build-messages.js';

const port = parentPort;
if (!port) throw new Error('build-worker.ts must run as a worker thread');
const { progress, slot } = workerData as { progress: Int32Array; slot: number };

port.on('message', (req: BuildRequest) => {
  const results: BuildResult[] = req.items.map(({ index, file }) => {
    Atomics.store(progress, slot + 1, index);
    Atomics.add(progress, slot, 1);
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
