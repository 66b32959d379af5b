// Reads the document files of a seeds folder. A bad file never stops the others: it becomes a
// one-line warning naming the file and the reason.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';

export interface SourceFile {
  id: string;
  path: string;
  /** The text exactly as read (BOM kept), so offsets match what is on disk. */
  text: string;
  /** sha256 of the bytes, the store's fingerprint for this file. */
  fingerprint: string;
}

export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Document file names in the folder, sorted so ids and order are stable. */
export function listDocumentFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(code === 'ENOENT' ? `seeds folder not found: ${dir}` : `cannot read seeds folder ${dir}: ${code ?? e}`);
  }
  return names.filter((n) => DOCUMENT_EXTENSIONS.has(extname(n).toLowerCase()) && !n.startsWith('.')).sort().map((n) => join(dir, n));
}

export function fingerprintBytes(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function documentId(path: string): string {
  return basename(path, extname(path));
}

/** Reads one file; returns a reason instead of throwing when the file cannot be a document. */
export function readSourceFile(path: string): SourceFile | { path: string; problem: string } {
  let bytes: Buffer;
  try {
    if (statSync(path).size > MAX_DOCUMENT_BYTES) return { path, problem: `larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB` };
    bytes = readFileSync(path);
  } catch (e) {
    return { path, problem: `cannot be read (${(e as NodeJS.ErrnoException).code ?? e})` };
  }
  const problem = contentProblem(bytes);
  if (problem) return { path, problem };
  return { id: documentId(path), path, text: bytes.toString('utf8'), fingerprint: fingerprintBytes(bytes) };
}

function contentProblem(bytes: Buffer): string | null {
  if (bytes.length === 0) return 'empty file';
  if (bytes.includes(0)) return 'binary data (NUL bytes)';
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not UTF-8 text';
  }
  if (!/\p{L}/u.test(text)) return 'no text';
  // eslint-disable-next-line no-control-regex
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  if (controls > text.length / 100) return 'binary data (control characters)';
  return null;
}
