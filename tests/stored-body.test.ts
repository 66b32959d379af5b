// A record's body as the store keeps it: what is written is read back, each sentence placed by the
// index, and a body that disagrees with the index or with itself is refused, never served.
import { describe, expect, it } from 'vitest';
import type { DocInfo, SentenceTable } from '../src/store/corpus-index.js';
import { decodeBody, encodeBody } from '../src/store/stored-body.js';

const TEXT = 'Harbour news\n\nThe ferry to Quellin Isle sailed late. Its captain blamed the fog.\n\nTolls rise in May.';
const heading = { start: 0, end: 12, text: 'Harbour news' };
const first = { start: 14, end: 80, heading: 'Harbour news' };
const second = { start: 82, end: 100, heading: 'Harbour news' };
const sentences = [
  { start: 14, end: 52, paragraph: 0, n: 1 },
  { start: 53, end: 80, paragraph: 0, n: 2 },
  { start: 82, end: 100, paragraph: 1, n: 1 },
];
const FIRST_GID = 5;
const info = { id: 'harbour', firstGid: FIRST_GID, sentenceCount: 3, paragraphCount: 2 } as DocInfo;

/** The index's sentence table with this article's sentences from FIRST_GID on. */
function table(): SentenceTable {
  const column = (pick: (s: (typeof sentences)[number]) => number) => {
    const values = new Int32Array(FIRST_GID + sentences.length);
    sentences.forEach((s, i) => (values[FIRST_GID + i] = pick(s)));
    return values;
  };
  return {
    doc: column(() => 1),
    start: column((s) => s.start),
    end: column((s) => s.end),
    paragraph: column((s) => s.paragraph),
    n: column((s) => s.n),
  };
}

const body = {
  id: 'harbour',
  text: TEXT,
  headings: [heading],
  paragraphs: [first, second],
  entityTypes: new Map([['quellin isle', 'place' as const]]),
  partPlaces: [0, 10, 111, 10, 0, 0, 10, 5, 222],
  tokenPlaces: [15, 20, 333, 35, 20, 444, 55, 10, 555],
};
const REST = 65;

describe('a stored body', () => {
  it('is read back as written, its sentences placed by the index', () => {
    const read = decodeBody(encodeBody(body), info, table(), REST);
    expect(read).toEqual({ ...body, sentences });
    expect(TEXT.slice(read!.sentences[1]!.start, read!.sentences[1]!.end)).toBe('Its captain blamed the fog.');
  });

  it('is refused when it disagrees with the index or with itself', () => {
    const bytes = encodeBody(body);
    expect(decodeBody(bytes, { ...info, sentenceCount: 4 }, table(), REST)).toBeNull();
    expect(decodeBody(bytes, { ...info, id: 'other' }, table(), REST)).toBeNull();
    // A part placed past the end of the rest.
    expect(decodeBody(bytes, info, table(), REST - 1)).toBeNull();
    // A sentence the index ends past the text.
    const t = table();
    t.end[FIRST_GID + 2] = TEXT.length + 1;
    expect(decodeBody(bytes, info, t, REST)).toBeNull();
    // Cut short.
    expect(decodeBody(bytes.subarray(0, bytes.length - 1), info, table(), REST)).toBeNull();
    // A paragraph ending past the text.
    const long = encodeBody({ ...body, paragraphs: [first, { ...second, end: TEXT.length + 3 }] });
    expect(decodeBody(long, info, table(), REST)).toBeNull();
  });
});
