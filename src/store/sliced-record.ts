// A record part as the store keeps it: a JSON head, then slices (JSON each) that are parsed only
// when asked for, so reading one sentence's mentions or tokens does not parse the whole article's.
//
//   head length (uint32 LE) | head (JSON, with `at`: each slice's offset past the head, and the end) | slices
//
// An empty slice is no bytes and reads as []. The format is written and read only here.

const LENGTH_BYTES = 4;
const NO_BYTES = Buffer.alloc(0);

/** The bytes of a record part: `head` (which must not hold `at`) and the slices, in order. */
export function encodeSliced(head: object, slices: readonly unknown[]): Buffer {
  const parts = slices.map((s) => (Array.isArray(s) && s.length === 0 ? NO_BYTES : Buffer.from(JSON.stringify(s))));
  const at = [0];
  for (const p of parts) at.push(at[at.length - 1]! + p.length);
  const headBytes = Buffer.from(JSON.stringify({ ...head, at }));
  const length = Buffer.alloc(LENGTH_BYTES);
  length.writeUInt32LE(headBytes.length);
  return Buffer.concat([length, headBytes, ...parts]);
}

export interface Sliced<H> {
  head: H;
  /** Slice k parsed, or undefined when its bytes are not JSON (a record is never trusted). */
  slice: (k: number) => unknown;
}

/**
 * A record part's head, and its slices to parse on demand; null when the bytes do not hold
 * `count` slices as laid out above. The bytes are kept (outside the JavaScript heap) while a slice may be read.
 */
export function decodeSliced<H extends object>(bytes: Buffer, count: number): Sliced<H> | null {
  if (bytes.length < LENGTH_BYTES) return null;
  const from = LENGTH_BYTES + bytes.readUInt32LE(0);
  if (from > bytes.length) return null;
  let head: unknown;
  try {
    head = JSON.parse(bytes.toString('utf8', LENGTH_BYTES, from));
  } catch {
    return null;
  }
  const at = (head as { at?: unknown } | null)?.at;
  if (!Array.isArray(at) || at.length !== count + 1 || at[0] !== 0 || at[count] !== bytes.length - from) return null;
  for (let k = 1; k <= count; k++)
    if (!Number.isInteger(at[k]) || (at[k] as number) < (at[k - 1] as number)) return null;
  const offsets = at as number[];
  return {
    head: head as H,
    slice: (k) => {
      const start = from + offsets[k]!;
      const end = from + offsets[k + 1]!;
      if (start === end) return [];
      try {
        return JSON.parse(bytes.toString('utf8', start, end)) as unknown;
      } catch {
        return undefined;
      }
    },
  };
}
