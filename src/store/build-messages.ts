// The tasks of the build pool. Documents travel in batches: one message per document made the
// pool's thread spend its time on message overhead.
import type { SourceFile } from '../documents/read.js';
import type { DocRecord } from './schema.js';

export type BuildInput = Pick<SourceFile, 'id' | 'path' | 'text' | 'fingerprint'>;

/**
 * A batch of documents, by their index in the build, and the build's shared array in which the
 * worker writes when (epoch ms) it started each one.
 */
export interface BuildTask {
  items: { index: number; file: BuildInput }[];
  startedAt: Float64Array;
}

/** A built record comes back with `text: ''`: the pool has the text already, so it is not copied back. */
export type BuildResult = { index: number; record: DocRecord } | { index: number; error: string };
