import { describe, expect, it } from 'vitest';
import { buildDocument } from '../src/store/build-document.js';
import { annotate } from '../src/nlp/annotate.js';

// wink learns every word it does not know and tokenises later text by it: once it has read
// "Corp's." it keeps "Corp's" whole instead of splitting off "'s". Each test uses its own word.
const pair = (word: string) => ({
  teaches: { id: 'a', path: '/virtual/a.txt', fingerprint: 'a', text: `Shares of Zyx ${word}'s.\n` },
  affected: {
    id: 'b',
    path: '/virtual/b.txt',
    fingerprint: 'b',
    text: `The United Auto Workers struck General Motors ${word}'s truck plants.\n`,
  },
});

describe('building a document', () => {
  it('gives the same record whatever was built before it', () => {
    const { teaches, affected } = pair('Corp');
    const first = buildDocument(affected);
    expect(first.sentences[0]!.words).toContain("Corp 's");
    buildDocument(teaches);
    expect(buildDocument(affected)).toEqual(first);
  });

  it('gives the same records in any order', () => {
    const { teaches, affected } = pair('Ltd');
    const backward = [affected, teaches].map(buildDocument).reverse();
    const forward = [teaches, affected].map(buildDocument);
    expect(forward).toEqual(backward);
  });

  it('leaves wink as it found it, so text read afterwards is unaffected', () => {
    const { teaches, affected } = pair('Plc');
    const text = affected.text;
    const before = annotate(text, 0, text.length);
    buildDocument(teaches);
    expect(annotate(text, 0, text.length)).toEqual(before);
  });
});
