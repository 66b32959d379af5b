// Opens the engine for a seeds folder: reuses the stored records of unchanged files, builds the
// added or changed ones, drops removed ones, and saves the store when anything changed.
import { listDocumentFiles, readSourceFile, type SourceFile } from '../documents/read.js';
import { createEngine } from '../answer/create-engine.js';
import type { Engine } from '../answer/engine.js';
import { buildDocuments } from '../store/parallel-build.js';
import type { DocRecord } from '../store/schema.js';
import { readStoreFile, writeStoreFile } from '../store/store-file.js';
import { storePathFor } from './config.js';

export interface OpenOptions {
  seedsDir: string;
  storePath?: string;
  onWarning?: (line: string) => void;
  /** Rebuild every document even when the store is current. */
  force?: boolean;
}

export interface Opened { engine: Engine; warnings: string[]; rebuilt: boolean; docs: DocRecord[] }

export async function openEngine(options: OpenOptions): Promise<Opened> {
  const { docs, warnings, rebuilt } = await loadDocuments(options);
  return { engine: createEngine(docs), warnings, rebuilt, docs };
}

export async function loadDocuments(options: OpenOptions): Promise<{ docs: DocRecord[]; warnings: string[]; rebuilt: boolean }> {
  const warnings: string[] = [];
  const warn = (line: string) => { warnings.push(line); options.onWarning?.(line); };
  const storePath = options.storePath ?? storePathFor(options.seedsDir);
  const paths = listDocumentFiles(options.seedsDir);

  const stored = options.force ? { problem: 'rebuild requested' } : readStoreFile(storePath);
  const previous = new Map<string, DocRecord>();
  if ('docs' in stored) for (const d of stored.docs) previous.set(d.fingerprint + '\u0000' + d.id, d);
  else if (stored.problem !== 'no store yet' && stored.problem !== 'rebuild requested') warn(`store ${storePath}: ${stored.problem}; rebuilding`);

  const sources: SourceFile[] = [];
  for (const p of paths) {
    const f = readSourceFile(p);
    if ('problem' in f) warn(`skipped ${f.path}: ${f.problem}`);
    else sources.push(f);
  }
  const kept = sources.map((f) => {
    const old = previous.get(f.fingerprint + '\u0000' + f.id);
    if (old) old.path = f.path;
    return old;
  });
  // Added and changed files are built together, over worker threads when there are enough of them.
  const toBuild = sources.filter((_, i) => !kept[i]);
  // A document the NLP cannot build is skipped with a warning, like an unreadable file.
  const built = await buildDocuments(toBuild, { onDocumentError: (f, message) => warn(`skipped ${f.path}: cannot be built (${message})`) });
  const builtById = new Map(built.map((d) => [d.id, d]));
  const docs: DocRecord[] = [];
  sources.forEach((f, i) => {
    const d = kept[i] ?? builtById.get(f.id);
    if (d) docs.push(d);
  });
  // Changed when something was built or a stored document is gone. Counting files instead would
  // rewrite the whole store at every start while one file is unreadable or cannot be built.
  const keptCount = kept.filter(Boolean).length;
  const changed = !('docs' in stored) || built.length > 0 || stored.docs.length !== keptCount;
  if (changed) {
    try {
      writeStoreFile(storePath, docs);
    } catch (e) {
      warn(`could not save the store to ${storePath}: ${(e as Error).message}`);
    }
  }
  return { docs, warnings, rebuilt: changed };
}
