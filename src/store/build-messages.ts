// The messages between the build pool and its workers.
import type { SourceFile } from '../documents/read.js';
import type { DocRecord } from './schema.js';

export type BuildInput = Pick<SourceFile, 'id' | 'path' | 'text' | 'fingerprint'>;

export interface BuildRequest { index: number; file: BuildInput }

export type BuildReply =
  | { kind: 'ready' }
  | { kind: 'built'; index: number; record: DocRecord }
  | { kind: 'failed'; index: number; error: string };
