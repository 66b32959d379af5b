// The messages between the build pool and its workers. Documents travel in batches: one message
// per document made the pool's thread spend its time on message overhead.
import type { SourceFile } from '../documents/read.js';
import type { DocRecord } from './schema.js';

export type BuildInput = Pick<SourceFile, 'id' | 'path' | 'text' | 'fingerprint'>;

export interface BuildRequest { items: { index: number; file: BuildInput }[] }

/** A built record comes back with `text: ''`: the pool has the text already, so it is not copied back. */
export type BuildResult = { index: number; record: DocRecord } | { index: number; error: string };

export type BuildReply =
  | { kind: 'ready' }
  | { kind: 'built'; results: BuildResult[] };
