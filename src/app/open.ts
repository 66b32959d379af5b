// Opens the engine for a seeds folder: the store (open-store.ts), then the engine over it.
import { createEngine } from '../answer/create-engine.js';
import { clearCaches } from '../caches.js';
import type { Engine } from '../answer/engine.js';
import { openStore, type OpenedStore, type OpenOptions } from './open-store.js';

export {
  openStore,
  type OffThreadReply,
  type OffThreadRequest,
  type OpenedStore,
  type OpenOptions,
} from './open-store.js';

export interface Opened extends OpenedStore {
  engine: Engine;
}

export async function openEngine(options: OpenOptions): Promise<Opened> {
  const opened = await openStore(options);
  // A new engine (start-up, /reload) starts the word caches afresh: what they hold came from the
  // articles read before. The old engine's own caches go with it (src/caches.ts).
  clearCaches();
  return { ...opened, engine: createEngine(opened.store.index, opened.store.readDocument) };
}
