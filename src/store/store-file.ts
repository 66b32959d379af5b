// Reads and writes the store file. A store that is corrupt, foreign or of another schema is
// reported as unusable, never trusted.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { STORE_SCHEMA_VERSION, type DocRecord, type StoreFile } from './schema.js';

export function readStoreFile(path: string): { docs: DocRecord[] } | { problem: string } {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { problem: code === 'ENOENT' ? 'no store yet' : `unreadable (${code})` };
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { problem: 'corrupt (not JSON)' };
  }
  const s = parsed as Partial<StoreFile>;
  if (!s || typeof s !== 'object' || s.kind !== 'citebot-store') return { problem: 'not a citebot store' };
  if (s.schema !== STORE_SCHEMA_VERSION) return { problem: `schema ${String(s.schema)}, expected ${STORE_SCHEMA_VERSION}` };
  if (!Array.isArray(s.docs) || !s.docs.every(isDocRecord)) return { problem: 'corrupt (malformed documents)' };
  return { docs: s.docs };
}

function isDocRecord(d: unknown): d is DocRecord {
  const r = d as DocRecord;
  return !!r && typeof r.id === 'string' && typeof r.fingerprint === 'string' && typeof r.text === 'string' &&
    Array.isArray(r.sentences) && Array.isArray(r.paragraphs) && Array.isArray(r.entities) && Array.isArray(r.quotes) &&
    Array.isArray(r.facts) && Array.isArray(r.mentions) && !!r.meta;
}

/** Written to a temporary file and renamed, so a crash mid-write never leaves a half store. */
export function writeStoreFile(path: string, docs: DocRecord[]): void {
  mkdirSync(dirname(path), { recursive: true });
  const file: StoreFile = { schema: STORE_SCHEMA_VERSION, kind: 'citebot-store', built: new Date().toISOString(), docs };
  const tmp = `${path}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify(file));
  renameSync(tmp, path);
}
