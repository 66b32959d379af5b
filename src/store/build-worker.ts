// A build worker: receives source files, answers with their built records. Runs buildDocument
// exactly as the main thread would, so a parallel build and a serial one give the same store.
import { parentPort } from 'node:worker_threads';
import { buildDocument } from './build-document.js';
import type { BuildRequest, BuildReply } from './build-messages.js';

const port = parentPort;
if (!port) throw new Error('build-worker.ts must run as a worker thread');

port.on('message', (req: BuildRequest) => {
  let reply: BuildReply;
  try {
    reply = { kind: 'built', index: req.index, record: buildDocument(req.file) };
  } catch (err) {
    reply = { kind: 'failed', index: req.index, error: err instanceof Error ? err.message : String(err) };
  }
  port.postMessage(reply);
});
// Tells the pool the imports (wink and its model) are loaded: only now has the worker started.
port.postMessage({ kind: 'ready' } satisfies BuildReply);
