// A record part as stored: a head, then slices read one at a time; bytes that do not hold what
// their head says are refused, never read as another slice's words.
import { describe, expect, it } from 'vitest';
import { decodeSliced, encodeSliced } from '../src/store/sliced-record.js';

const slices = [[{ sentence: 0, name: 'Ann Berg' }], [], { words: 'The council met' }, ['é', '“quoted”']];

describe('a sliced record', () => {
  it('gives back its head and each slice as written, an empty one as an empty list', () => {
    const read = decodeSliced<{ id: string }>(encodeSliced({ id: 'bridge' }, slices), slices.length);
    expect(read?.head.id).toBe('bridge');
    expect(slices.map((_, k) => read!.slice(k))).toEqual(slices);
  });

  it('is refused when cut short, or read as holding another number of slices', () => {
    const bytes = encodeSliced({ id: 'bridge' }, slices);
    expect(decodeSliced(bytes.subarray(0, bytes.length - 3), slices.length)).toBeNull();
    expect(decodeSliced(bytes, slices.length + 1)).toBeNull();
    expect(decodeSliced(bytes.subarray(0, 2), slices.length)).toBeNull();
  });

  it('reads a slice whose bytes are not JSON as nothing, and its neighbours as written', () => {
    const bytes = encodeSliced({ id: 'bridge' }, slices);
    const at = bytes.indexOf('The council met');
    bytes.write('{', at - 1, 'utf8');
    const read = decodeSliced(bytes, slices.length);
    expect(read?.slice(2)).toBeUndefined();
    expect(read?.slice(3)).toEqual(slices[3]);
  });
});
