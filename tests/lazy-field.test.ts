// A lazy field reads as a plain field does (in copies, in JSON, in Object.keys), is worked out
// at its first read only, and belongs to its own object: the getter is shared by all of them.
import { describe, expect, it } from 'vitest';
import { lazyField } from '../src/answer/lazy-field.js';

describe('lazyField', () => {
  it('works the value out at the first read only, and keeps it', () => {
    let calls = 0;
    const o = lazyField({ a: 1 }, 'b', () => ++calls * 10);
    expect(calls).toBe(0);
    expect(o.b).toBe(10);
    expect(o.b).toBe(10);
    expect(calls).toBe(1);
  });

  it('is an enumerable field: spread, JSON and Object.keys see it and nothing else', () => {
    const o = lazyField(
      lazyField({ a: 1 }, 'b', () => 2),
      'c',
      () => 3,
    );
    expect(Object.keys(o)).toEqual(['a', 'b', 'c']);
    expect({ ...o }).toEqual({ a: 1, b: 2, c: 3 });
    expect(JSON.parse(JSON.stringify(o))).toEqual({ a: 1, b: 2, c: 3 });
  });

  it('keeps each object its own value under the same name', () => {
    const xs = [1, 2, 3].map((n) => lazyField({ n }, 'double', () => n * 2));
    expect(xs.map((x) => x.double)).toEqual([2, 4, 6]);
  });

  it('reads another lazy field of the same object', () => {
    const o = lazyField({}, 'refusedFor', () => null as string | null);
    const p = lazyField(o, 'meets', () => o.refusedFor === null);
    expect(p.meets).toBe(true);
  });
});
