// Opens a store file's parts for tests that damage it on purpose: the header, each section, and
// a rewrite that recomputes the checksums (so only the range checks stand between the damage
// and an answer).
import { readFileSync, writeFileSync } from 'node:fs';
import { crc32 } from 'node:zlib';

export interface StoreParts {
  bytes: Buffer;
  header: {
    docs: { id: string; body: [number, number]; rest: [number, number]; check: [number, number] }[];
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
  for (const [name, [at, length]] of Object.entries(header.sections))
    header.checks[name] = crc32(bytes.subarray(at, at + length));
  for (const d of header.docs)
    d.check = [
      crc32(bytes.subarray(d.body[0], d.body[0] + d.body[1])),
      crc32(bytes.subarray(d.rest[0], d.rest[0] + d.rest[1])),
    ];
  const headerBytes = Buffer.from(JSON.stringify(header));
  const at = bytes.readDoubleLE(8);
  const out = Buffer.concat([bytes.subarray(0, at), headerBytes]);
  out.writeDoubleLE(headerBytes.length, 16);
  out.writeUInt32LE(crc32(headerBytes), 24);
  writeFileSync(path, out);
}
