// The document table as the store keeps it: a column per text field in the header (JSON arrays of
// strings, quick to parse) and every number in one Float64 section, DOC_FIELDS per document. At
// 18k articles, one JSON object per document (with its metadata, file stamp and record places as
// objects and arrays of their own) was half of the header and a sixth of opening the store.
import type { DocumentMeta } from '../documents/parse.js';
import type { DocInfo } from './corpus-index.js';

/** Where a record part lies in the store file: offset and length in bytes. */
export type Span = [offset: number, length: number];

/** Where a document's two record parts lie, and their CRC-32s. */
export interface RecordPlace {
  body: Span;
  rest: Span;
  check: [body: number, rest: number];
}

/** Every key of DocumentMeta, in the order the parser writes them. */
const META_KEYS = ['title', 'date', 'source', 'url', 'author'] as const satisfies readonly (keyof DocumentMeta)[];
type MissingMetaKey = Exclude<keyof DocumentMeta, (typeof META_KEYS)[number]>;
// Fails to compile when DocumentMeta gains a field META_KEYS does not store.
const allMetaKeys: [MissingMetaKey] extends [never] ? true : never = true;
void allMetaKeys;

export interface DocColumns {
  ids: string[];
  paths: string[];
  fingerprints: string[];
  titles: string[];
  meta: Record<(typeof META_KEYS)[number], (string | null)[]>;
}

/** Numbers per document in the Float64 section, at these places (a file stamp's absence is NaN): */
export const DOC_FIELDS = 12;
export const DOC_NUMBER = {
  sentenceCount: 0,
  paragraphCount: 1,
  quoteCount: 2,
  entityCount: 3,
  fileSize: 4,
  fileMtimeMs: 5,
  bodyAt: 6,
  bodyLength: 7,
  restAt: 8,
  restLength: 9,
  bodyCheck: 10,
  restCheck: 11,
} as const;

export function encodeDocs(
  infos: readonly DocInfo[],
  places: readonly RecordPlace[],
): { columns: DocColumns; numbers: Float64Array } {
  const meta = Object.fromEntries(META_KEYS.map((k) => [k, infos.map((d) => d.meta[k])])) as DocColumns['meta'];
  const numbers = new Float64Array(infos.length * DOC_FIELDS);
  infos.forEach((d, k) => {
    const p = places[k]!;
    const at = k * DOC_FIELDS;
    const n = DOC_NUMBER;
    numbers[at + n.sentenceCount] = d.sentenceCount;
    numbers[at + n.paragraphCount] = d.paragraphCount;
    numbers[at + n.quoteCount] = d.quoteCount;
    numbers[at + n.entityCount] = d.entityCount;
    numbers[at + n.fileSize] = d.file ? d.file.size : NaN;
    numbers[at + n.fileMtimeMs] = d.file ? d.file.mtimeMs : NaN;
    numbers[at + n.bodyAt] = p.body[0];
    numbers[at + n.bodyLength] = p.body[1];
    numbers[at + n.restAt] = p.rest[0];
    numbers[at + n.restLength] = p.rest[1];
    numbers[at + n.bodyCheck] = p.check[0];
    numbers[at + n.restCheck] = p.check[1];
  });
  return {
    columns: {
      ids: infos.map((d) => d.id),
      paths: infos.map((d) => d.path),
      fingerprints: infos.map((d) => d.fingerprint),
      titles: infos.map((d) => d.title),
      meta,
    },
    numbers,
  };
}

const isCount = (n: number): boolean => Number.isInteger(n) && n >= 0;
const isCheck = (x: number): boolean => Number.isInteger(x) && x >= 0 && x <= 0xffffffff;
const isText = (x: unknown): x is string => typeof x === 'string';

/**
 * A problem with a document table read from disk, or null. `inside` says whether a span lies in
 * the file's records.
 */
export function docColumnsProblem(
  c: Partial<DocColumns> | undefined,
  numbers: Float64Array,
  inside: (span: Span) => boolean,
): string | null {
  const count = c?.ids?.length;
  if (
    !c ||
    count === undefined ||
    ![c.ids, c.paths, c.fingerprints, c.titles].every(
      (a) => Array.isArray(a) && a.length === count && a.every(isText),
    ) ||
    !c.meta ||
    !META_KEYS.every(
      (k) =>
        Array.isArray(c.meta![k]) && c.meta![k].length === count && c.meta![k].every((x) => x === null || isText(x)),
    ) ||
    numbers.length !== count * DOC_FIELDS
  )
    return 'corrupt (malformed documents)';
  const n = DOC_NUMBER;
  for (let at = 0; at < numbers.length; at += DOC_FIELDS) {
    const stamped = !Number.isNaN(numbers[at + n.fileSize]!);
    if (
      !isCount(numbers[at + n.sentenceCount]!) ||
      !isCount(numbers[at + n.paragraphCount]!) ||
      !isCount(numbers[at + n.quoteCount]!) ||
      !isCount(numbers[at + n.entityCount]!) ||
      (stamped && (!isCount(numbers[at + n.fileSize]!) || !Number.isFinite(numbers[at + n.fileMtimeMs]!))) ||
      !inside([numbers[at + n.bodyAt]!, numbers[at + n.bodyLength]!]) ||
      !inside([numbers[at + n.restAt]!, numbers[at + n.restLength]!]) ||
      !isCheck(numbers[at + n.bodyCheck]!) ||
      !isCheck(numbers[at + n.restCheck]!)
    )
      return 'corrupt (document table)';
  }
  return null;
}

/** The documents of a checked table (see docColumnsProblem), in corpus order. */
export function decodeDocs(c: DocColumns, numbers: Float64Array): DocInfo[] {
  const docs: DocInfo[] = [];
  const n = DOC_NUMBER;
  let firstGid = 0;
  for (let k = 0; k < c.ids.length; k++) {
    const at = k * DOC_FIELDS;
    const sentenceCount = numbers[at + n.sentenceCount]!;
    const size = numbers[at + n.fileSize]!;
    const info: DocInfo = {
      id: c.ids[k]!,
      path: c.paths[k]!,
      fingerprint: c.fingerprints[k]!,
      title: c.titles[k]!,
      meta: {
        title: c.meta.title[k]!,
        date: c.meta.date[k]!,
        source: c.meta.source[k]!,
        url: c.meta.url[k]!,
        author: c.meta.author[k]!,
      },
      firstGid,
      sentenceCount,
      paragraphCount: numbers[at + n.paragraphCount]!,
      quoteCount: numbers[at + n.quoteCount]!,
      entityCount: numbers[at + n.entityCount]!,
    };
    if (!Number.isNaN(size)) info.file = { size, mtimeMs: numbers[at + n.fileMtimeMs]! };
    docs.push(info);
    firstGid += sentenceCount;
  }
  return docs;
}

/** Where document k's record parts lie, read from the table when the record is (no object per document at opening). */
export function recordPlace(numbers: Float64Array, k: number): RecordPlace {
  const at = k * DOC_FIELDS;
  const n = DOC_NUMBER;
  return {
    body: [numbers[at + n.bodyAt]!, numbers[at + n.bodyLength]!],
    rest: [numbers[at + n.restAt]!, numbers[at + n.restLength]!],
    check: [numbers[at + n.bodyCheck]!, numbers[at + n.restCheck]!],
  };
}
