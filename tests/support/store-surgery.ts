// Opens a store file's parts for tests that damage it on purpose: the header, each section, and
// a rewrite that recomputes the checksums (so only the range checks stand between the damage
// and an answer).
import { readFileSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import { DOC_FIELDS, DOC_NUMBER } from '../../src/store/stored-docs.js';

export interface StoreParts {
  bytes: Buffer;
  header: {
    sections: Record<string, [number, number]>;
    checks: Record<string, number>;
    [k: string]: unknown;
  };
}

export function readStoreParts(path: string): StoreParts {
  const bytes = readFileSync(path);
  const at = bytes.readDoubleLE(8);
  const length = bytes.readDoubleLE(16);
  return { bytes, header: JSON.parse(bytes.subarray(at, at + length).toString('utf8')) };
}

/** One Int32 section as a view on the file's bytes: writing to it changes the file's bytes. */
export function int32Section(parts: StoreParts, name: string): Int32Array {
  const [at, length] = parts.header.sections[name]!;
  const copy = new Int32Array(length / 4);
  new Uint8Array(copy.buffer).set(parts.bytes.subarray(at, at + length));
  return copy;
}

export function putInt32Section(parts: StoreParts, name: string, values: Int32Array): void {
  const [at] = parts.header.sections[name]!;
  parts.bytes.set(new Uint8Array(values.buffer, values.byteOffset, values.byteLength), at);
}

/** Writes the parts back with every checksum made to match the (damaged) content. */
export function writeWithFreshChecksums(path: string, parts: StoreParts): void {
  const { bytes, header } = parts;
  // Each record's checksums first: they are numbers of the document table's section.
  const [docsAt, docsLength] = header.sections['docs.numbers']!;
  for (let at = docsAt; at < docsAt + docsLength; at += DOC_FIELDS * 8) {
    const number = (field: number) => bytes.readDoubleLE(at + field * 8);
    const check = (from: number, length: number) => crc32(bytes.subarray(from, from + length));
    const n = DOC_NUMBER;
    bytes.writeDoubleLE(check(number(n.bodyAt), number(n.bodyLength)), at + n.bodyCheck * 8);
    bytes.writeDoubleLE(check(number(n.restAt), number(n.restLength)), at + n.restCheck * 8);
  }
  for (const [name, [at, length]] of Object.entries(header.sections))
    header.checks[name] = crc32(bytes.subarray(at, at + length));
  const headerBytes = Buffer.from(JSON.stringify(header));
  const at = bytes.readDoubleLE(8);
  const out = Buffer.concat([bytes.subarray(0, at), headerBytes]);
  out.writeDoubleLE(headerBytes.length, 16);
  out.writeUInt32LE(crc32(headerBytes), 24);
  writeFileSync(path, out);
}
