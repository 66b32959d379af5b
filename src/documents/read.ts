// Reads the document files of a seeds folder. A bad file never stops the others: it becomes a
// one-line warning naming the file and the reason. Only regular files are read, never more than
// MAX_DOCUMENT_BYTES of them, so a FIFO, a device or a link to one can neither hang nor exhaust
// the process, and a symlink never serves a file from outside the seeds folder.
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, realpathSync } from 'node:fs';
import { basename, extname, join, relative, isAbsolute } from 'node:path';

export interface SourceFile {
  id: string;
  path: string;
  /** The text exactly as read (a UTF-8 BOM kept), so offsets match what is on disk. */
  text: string;
  /** sha256 of the bytes, the store's fingerprint for this file. */
  fingerprint: string;
}

/** The files read as documents; the folder import copies the same ones. */
export const DOCUMENT_EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
/** The largest article read; larger files are skipped. Trades the longest article for memory. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

export interface ReadOptions {
  /** Follow symlinks whose target is inside the seeds folder (.env CITEBOT_SEED_SYMLINKS=1). Others are always refused. */
  allowSymlinks?: boolean;
  /** The seeds folder symlinks must stay inside; defaults to the file's own folder. */
  seedsDir?: string;
}

/** Whether the environment allows symlinks in the seeds folder. */
export function symlinksAllowed(env: NodeJS.ProcessEnv = process.env): boolean {
  return /^(1|true|yes)$/i.test(env.CITEBOT_SEED_SYMLINKS ?? '');
}

/** Document file names in the folder, sorted so ids and order are stable. */
export function listDocumentFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT' ? `seeds folder not found: ${dir}` : `cannot read seeds folder ${dir}: ${code ?? String(e)}`,
      { cause: e },
    );
  }
  return names
    .filter((n) => DOCUMENT_EXTENSIONS.has(extname(n).toLowerCase()) && !n.startsWith('.'))
    .sort()
    .map((n) => join(dir, n));
}

/**
 * The document files of a folder, one per id: `dup.md` and `dup.txt` would share the id `dup`,
 * so the first in sorted order is kept and the others are named in a warning.
 */
export function listDocuments(dir: string): { paths: string[]; warnings: string[] } {
  const paths: string[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  for (const path of listDocumentFiles(dir)) {
    const id = documentId(path);
    const first = seen.get(id);
    if (first) {
      warnings.push(`skipped ${path}: same article id "${id}" as ${basename(first)}`);
      continue;
    }
    seen.set(id, path);
    paths.push(path);
  }
  return { paths, warnings };
}

export function fingerprintBytes(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function documentId(path: string): string {
  return basename(path, extname(path));
}

/** Why a path cannot be opened as a document, or null. Checked before opening, so a FIFO is never opened. */
function entryProblem(path: string, options: ReadOptions): string | null {
  const st = lstatSync(path);
  if (st.isSymbolicLink()) {
    if (!options.allowSymlinks)
      return 'a symbolic link (set CITEBOT_SEED_SYMLINKS=1 to follow links inside the seeds folder)';
    const target = realpathSync(path);
    const root = realpathSync(options.seedsDir ?? join(path, '..'));
    const rel = relative(root, target);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return 'a symbolic link to outside the seeds folder';
    return entryProblem(target, { ...options, allowSymlinks: false });
  }
  if (!st.isFile()) return `not a regular file (${kindOf(st)})`;
  return null;
}

function kindOf(st: import('node:fs').Stats): string {
  if (st.isFIFO()) return 'a named pipe';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'a device';
  if (st.isSocket()) return 'a socket';
  if (st.isDirectory()) return 'a folder';
  return 'special file';
}

/**
 * Reads at most MAX_DOCUMENT_BYTES + 1 bytes from an open descriptor, so a file that grows (or
 * lies about its size) is cut off rather than read forever. Null when it is over the limit.
 */
function readLimited(fd: number): Buffer | null {
  let buf = Buffer.allocUnsafe(Math.min(MAX_DOCUMENT_BYTES + 1, fstatSync(fd).size + 1));
  let got = 0;
  for (;;) {
    if (got === buf.length) {
      if (buf.length > MAX_DOCUMENT_BYTES) return null;
      const bigger = Buffer.allocUnsafe(Math.min(MAX_DOCUMENT_BYTES + 1, buf.length * 2));
      buf.copy(bigger);
      buf = bigger;
    }
    const n = readSync(fd, buf, got, buf.length - got, null);
    if (n === 0) return buf.subarray(0, got);
    got += n;
  }
}

/** Reads one file; returns a reason instead of throwing when the file cannot be a document. */
export function readSourceFile(
  path: string,
  options: ReadOptions = {},
): SourceFile | { path: string; problem: string } {
  let bytes: Buffer | null;
  try {
    const problem = entryProblem(path, options);
    if (problem) return { path, problem };
    // Non-blocking and no-follow: a file swapped for a FIFO or a link after the check above
    // fails to open (or is caught by the fstat below) instead of hanging.
    const fd = openSync(
      path,
      constants.O_RDONLY | constants.O_NONBLOCK | (options.allowSymlinks ? 0 : constants.O_NOFOLLOW),
    );
    try {
      if (!fstatSync(fd).isFile()) return { path, problem: 'not a regular file' };
      bytes = readLimited(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    return { path, problem: `cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)})` };
  }
  if (!bytes) return { path, problem: `larger than ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB` };
  const utf8 = asUtf8(bytes);
  if (typeof utf8 === 'string') return { path, problem: utf8 };
  const problem = contentProblem(utf8);
  if (problem) return { path, problem };
  return { id: documentId(path), path, text: utf8.toString('utf8'), fingerprint: fingerprintBytes(bytes) };
}

/**
 * Text saved as UTF-16 with its byte-order mark (Notepad's "Unicode") is read as what it says; its
 * NUL bytes had made it "binary". Without the mark the encoding is a guess, and a guess is not made.
 */
function asUtf8(bytes: Buffer): Buffer | string {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (!encoding) return bytes;
  try {
    return Buffer.from(new TextDecoder(encoding, { fatal: true }).decode(bytes), 'utf8');
  } catch {
    return `not ${encoding.toUpperCase()} text`;
  }
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
