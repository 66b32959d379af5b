// A document's body (what answers read of its record) as the store keeps it:
//
//   Uint32 numbers: sentence, paragraph and heading counts, the JSON's and the text's byte lengths,
//   then per sentence where its parts and its tokens lie in the record's rest (three numbers each,
//   PLACE), then each paragraph's and each heading's start and end
//   | JSON: the id, each paragraph's heading, each heading's words, each entity's key and kind
//   | the text, UTF-8
//
// Each sentence's start, end, paragraph and place in it are not stored again: the index holds
// them (sentences.*), checked at opening. A JSON body repeated them, and parsing it was the
// dearest part of reading a record; this one is read with a copy of its numbers, a small JSON
// parse and the text's decoding.
import type { EntityType } from '../extract/mentions.js';
import type { CorpusIndex, DocInfo } from './corpus-index.js';
import type { DocContent, SentencePlace } from './schema.js';

/** What the body holds: the record's fields answers read, and where each sentence's parts and tokens lie. */
export type Body = Omit<DocContent, 'path' | 'fingerprint' | 'title' | 'meta' | 'sentenceTokens' | 'sentenceParts'> & {
  partPlaces: readonly number[];
  tokenPlaces: readonly number[];
};

/** Sentence i's tokens (or parts) are bytes [offset, offset + length) of the rest part, with this CRC-32. */
export const PLACE = { fields: 3, offset: 0, length: 1, check: 2 } as const;

/** The counts at the body's start, in this order. */
const HEAD = { sentences: 0, paragraphs: 1, headings: 2, jsonBytes: 3, textBytes: 4, fields: 5 } as const;

/** The words of the body that are not numbers. */
interface BodyJson {
  id: string;
  paragraphHeadings: (string | null)[];
  headingTexts: string[];
  /** Each entity's local key, and its kind at the same place. */
  entityKeys: string[];
  entityKinds: EntityType[];
}

const numberCount = (sentences: number, paragraphs: number, headings: number): number =>
  HEAD.fields + 2 * PLACE.fields * sentences + 2 * paragraphs + 2 * headings;

export function encodeBody(body: Omit<Body, 'sentences'>): Buffer {
  const s = body.partPlaces.length / PLACE.fields;
  const json = Buffer.from(
    JSON.stringify({
      id: body.id,
      paragraphHeadings: body.paragraphs.map((p) => p.heading),
      headingTexts: body.headings.map((h) => h.text),
      entityKeys: [...body.entityTypes.keys()],
      entityKinds: [...body.entityTypes.values()],
    } satisfies BodyJson),
  );
  const text = Buffer.from(body.text);
  const numbers = new Uint32Array(numberCount(s, body.paragraphs.length, body.headings.length));
  numbers[HEAD.sentences] = s;
  numbers[HEAD.paragraphs] = body.paragraphs.length;
  numbers[HEAD.headings] = body.headings.length;
  numbers[HEAD.jsonBytes] = json.length;
  numbers[HEAD.textBytes] = text.length;
  let at = HEAD.fields;
  numbers.set(body.partPlaces, at);
  numbers.set(body.tokenPlaces, (at += body.partPlaces.length));
  at += body.tokenPlaces.length;
  for (const x of [...body.paragraphs, ...body.headings]) {
    numbers[at++] = x.start;
    numbers[at++] = x.end;
  }
  return Buffer.concat([new Uint8Array(numbers.buffer), json, text]);
}

/**
 * The body read from its bytes, or null when they disagree with the index or with themselves:
 * every span must lie in its text and each sentence's parts and tokens in the rest part
 * (`restLength` bytes), or an answer would slice words the article does not hold.
 */
export function decodeBody(
  bytes: Buffer,
  info: DocInfo,
  table: CorpusIndex['sentences'],
  restLength: number,
): Body | null {
  if (bytes.length < HEAD.fields * 4) return null;
  const s = bytes.readUInt32LE(HEAD.sentences * 4);
  const p = bytes.readUInt32LE(HEAD.paragraphs * 4);
  const h = bytes.readUInt32LE(HEAD.headings * 4);
  if (s !== info.sentenceCount || p !== info.paragraphCount) return null;
  const numberBytes = numberCount(s, p, h) * 4;
  const jsonEnd = numberBytes + bytes.readUInt32LE(HEAD.jsonBytes * 4);
  if (jsonEnd + bytes.readUInt32LE(HEAD.textBytes * 4) !== bytes.length) return null;
  let json: Partial<BodyJson> | null;
  try {
    json = JSON.parse(bytes.toString('utf8', numberBytes, jsonEnd)) as Partial<BodyJson>;
  } catch {
    return null;
  }
  if (
    json?.id !== info.id ||
    !Array.isArray(json.paragraphHeadings) ||
    json.paragraphHeadings.length !== p ||
    !json.paragraphHeadings.every((x) => x === null || typeof x === 'string') ||
    !Array.isArray(json.headingTexts) ||
    json.headingTexts.length !== h ||
    !json.headingTexts.every((x) => typeof x === 'string') ||
    !Array.isArray(json.entityKeys) ||
    !Array.isArray(json.entityKinds) ||
    json.entityKinds.length !== json.entityKeys.length ||
    !json.entityKeys.every((x) => typeof x === 'string')
  )
    return null;
  const text = bytes.toString('utf8', jsonEnd);
  const size = text.length;
  // Read into plain arrays: a typed array of its own per record is memory outside the heap, whose
  // allocations set off collections (a third of reading records took this way went to them).
  let at = HEAD.fields * 4;
  const places = (): number[] | null => {
    const out = new Array<number>(s * PLACE.fields);
    for (let k = 0; k < out.length; k++, at += 4) out[k] = bytes.readUInt32LE(at);
    for (let k = 0; k < out.length; k += PLACE.fields)
      if (out[k + PLACE.offset]! + out[k + PLACE.length]! > restLength) return null;
    return out;
  };
  const partPlaces = places();
  const tokenPlaces = places();
  if (!partPlaces || !tokenPlaces) return null;
  const paragraphs: Body['paragraphs'] = [];
  for (let k = 0; k < p; k++, at += 8) {
    const start = bytes.readUInt32LE(at);
    const end = bytes.readUInt32LE(at + 4);
    if (start > end || end > size) return null;
    paragraphs.push({ start, end, heading: json.paragraphHeadings[k]! });
  }
  const headings: Body['headings'] = [];
  for (let k = 0; k < h; k++, at += 8) {
    const start = bytes.readUInt32LE(at);
    const end = bytes.readUInt32LE(at + 4);
    if (start > end || end > size) return null;
    headings.push({ start, end, text: json.headingTexts[k]! });
  }
  // The index's starts and ends were checked at opening to be in order; here, to lie in this text.
  const sentences: SentencePlace[] = [];
  for (let i = 0, g = info.firstGid; i < s; i++, g++) {
    if (table.end[g]! > size) return null;
    sentences.push({ start: table.start[g]!, end: table.end[g]!, paragraph: table.paragraph[g]!, n: table.n[g]! });
  }
  const entityTypes = new Map<string, EntityType>();
  for (let k = 0; k < json.entityKeys.length; k++) entityTypes.set(json.entityKeys[k]!, json.entityKinds[k]!);
  return { id: json.id, text, headings, paragraphs, sentences, entityTypes, partPlaces, tokenPlaces };
}
