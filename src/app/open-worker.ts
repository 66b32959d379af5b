// Runs openStore in a worker thread: listing, building, indexing and writing the store, so the
// thread that serves answers only opens the finished file. Posts back the warnings and whether
// the store was saved.
import { parentPort, workerData } from 'node:worker_threads';
import { openStore, type OffThreadRequest, type OffThreadReply } from './open-store.js';

const port = parentPort;
if (!port) throw new Error('open-worker.ts must run as a worker thread');
const request = workerData as OffThreadRequest;
openStore({ ...request, offThread: false }).then(
  ({ warnings, saved, rebuilt }) => port.postMessage({ warnings, saved, rebuilt } satisfies OffThreadReply),
  (err: unknown) => port.postMessage({ error: err instanceof Error ? err.message : String(err) } satisfies OffThreadReply),
);
