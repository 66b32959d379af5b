// Button custom_ids: they carry their own state within 100 characters, and anything stale or
// forged decodes to "invalid" instead of throwing.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PAGED_COMMANDS,
  decodeCustomId,
  encodeCite,
  encodeContext,
  encodeMore,
} from '../src/discord/handling/custom-id.js';

describe('custom_id encoding', () => {
  it('Show context carries the document and offset', () => {
    const id = encodeContext('000_33edb225ea19ece3', 4521)!;
    expect(id).toBe('ctx:000_33edb225ea19ece3:4521');
    expect(decodeCustomId(id)).toEqual({ kind: 'ctx', doc: '000_33edb225ea19ece3', start: 4521 });
  });

  it('Cite carries the passage reference the engine understands', () => {
    expect(decodeCustomId(encodeCite('s:000_33edb225ea19ece3:4521')!)).toEqual({
      kind: 'cite',
      ref: 's:000_33edb225ea19ece3:4521',
    });
    expect(decodeCustomId(encodeCite('000_33edb225ea19ece3:q7')!)).toEqual({
      kind: 'cite',
      ref: '000_33edb225ea19ece3:q7',
    });
  });

  it('More answers carries command, next offset, input, topic and article', () => {
    const id = encodeMore('quote', 5, 'Mujahid', 'security', 'doc1')!;
    expect(id.startsWith('more:quote:5:')).toBe(true);
    expect(decodeCustomId(id)).toEqual({
      kind: 'more',
      command: 'quote',
      offset: 5,
      input: 'Mujahid',
      about: 'security',
      doc: 'doc1',
    });
  });

  it('cuts a long question (by whole characters) so the id fits in 100 characters', () => {
    const question =
      'Why did the Taliban say that the new government would be inclusive when none of the ministers were women? 🤔 ünïcode';
    const id = encodeMore('ask', 3, question)!;
    expect(id.length).toBeLessThanOrEqual(100);
    const decoded = decodeCustomId(id);
    expect(decoded.kind).toBe('more');
    if (decoded.kind === 'more') {
      expect(question.startsWith(decoded.input)).toBe(true);
      expect(decoded.input.length).toBeGreaterThan(40);
    }
  });

  it('round-trips any input within 100 characters', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PAGED_COMMANDS),
        fc.nat(10_000),
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.stringMatching(/^[a-z0-9_]{0,24}$/),
        (command, offset, input, about, doc) => {
          const id = encodeMore(command, offset, input, about, doc);
          if (id === null) return; // only when topic and article alone leave no room
          expect(id.length).toBeLessThanOrEqual(100);
          const d = decodeCustomId(id);
          expect(d.kind).toBe('more');
          if (d.kind !== 'more') return;
          expect(d).toMatchObject({ command, offset, about: about.replace(/\u001f/g, ' '), doc });
          expect(input.replace(/\u001f/g, ' ').startsWith(d.input)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('gives no Show context button for an id that would not fit', () => {
    expect(encodeContext('d'.repeat(120), 1)).toBeNull();
  });
});

describe('stale or forged custom_ids', () => {
  const forged = [
    '',
    'x'.repeat(101),
    'again:hello',
    'ctx:',
    'ctx:doc:notanumber',
    'ctx:doc:-5',
    'more:ask',
    'more:ask:1',
    'more:drop:1:YQ',
    'more:ask:99999:YQ',
    'more:ask:1:not base64!',
    'more:ask:1:_w', // not UTF-8
    'more:ask:1:YWJj=', // padding: altered by hand
    'cite:',
    'cite:nocolon',
    'cite:doc:q1 ',
    'cite:s:doc 1',
  ];
  it.each(forged)('%j decodes to invalid', (id) => {
    expect(decodeCustomId(id).kind).toBe('invalid');
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 150 }), (s) => {
        expect(() => decodeCustomId(s)).not.toThrow();
      }),
    );
  });
});
