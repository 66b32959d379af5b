// The articles kept in memory: the last few used, the least recently used given up first.
import { describe, expect, it } from 'vitest';
import { RecentlyUsed } from '../src/corpus/recently-used.js';

describe('recently used values', () => {
  it('keeps as many as it holds, giving up the one used longest ago', () => {
    const recent = new RecentlyUsed<string>(10, 3);
    recent.set(1, 'one');
    recent.set(2, 'two');
    recent.set(3, 'three');
    expect(recent.get(1)).toBe('one'); // now 2 is the least recently used
    recent.set(4, 'four');
    expect(recent.get(2)).toBeUndefined();
    expect([recent.get(1), recent.get(3), recent.get(4)]).toEqual(['one', 'three', 'four']);
  });

  it('replaces a value kept under the same key without giving up another', () => {
    const recent = new RecentlyUsed<string>(10, 2);
    recent.set(5, 'old');
    recent.set(6, 'six');
    recent.set(5, 'new');
    expect([recent.get(5), recent.get(6)]).toEqual(['new', 'six']);
  });
});
