// The thread that opens stores off the answering one: for each request, openStore in full
// (listing, building, indexing and writing the store), so the thread that serves answers only
// opens the finished file. Answers with the warnings and whether the store was saved.
import { parentPort } from 'node:worker_threads';
import { openStore, type OffThreadRequest, type OffThreadReply } from './open-store.js';

const port = parentPort;
if (!port) throw new Error('open-worker.ts must run as a worker thread');
port.on('message', (request: OffThreadRequest) => {
  openStore({ ...request, offThread: false }).then(
    ({ warnings, saved, rebuilt }) => port.postMessage({ warnings, saved, rebuilt } satisfies OffThreadReply),
    (err: unknown) =>
      port.postMessage({ error: err instanceof Error ? err.message : String(err) } satisfies OffThreadReply),
  );
});
