// The shared text helpers: each caller's settings stay its own.
import { describe, expect, it } from 'vitest';
import { SpellingIndex } from '../src/text/spelling-index.js';
import { isoOfDatePhrase, isYear } from '../src/text/dates.js';
import { foldAccents } from '../src/text/fold.js';
import { nameWords } from '../src/text/words.js';
import { pronouns } from '../src/text/function-words.js';

describe('SpellingIndex', () => {
  it('allows two edits only from the length its caller names', () => {
    const words = ['harbour', 'garden'];
    const fromSix = new SpellingIndex(words, { minLength: 4, bucketCap: 20, twoEditsFrom: 6 });
    const fromSeven = new SpellingIndex(words, { minLength: 4, bucketCap: 30, twoEditsFrom: 7 });
    // "gadenx": two edits from "garden" (an r dropped, an x added), six letters.
    expect(fromSix.near('gadenx')).toEqual(['garden']);
    expect(fromSeven.near('gadenx')).toEqual([]);
    expect(fromSix.near('harbor')).toEqual(['harbour']);
    expect(fromSix.near('abc')).toEqual([]);
  });

  it('keeps at most bucketCap words under one deletion', () => {
    const words = ['bata', 'beta', 'bita', 'bota', 'buta'];
    expect(new SpellingIndex(words, { minLength: 4, bucketCap: 2, twoEditsFrom: 6 }).near('byta')).toEqual([
      'bata',
      'beta',
    ]);
    expect(new SpellingIndex(words, { minLength: 4, bucketCap: 20, twoEditsFrom: 6 }).near('byta')).toEqual(words);
  });
});

describe('dates', () => {
  it('takes a bare year in a date phrase from 1500, a year word from 1000', () => {
    expect(isoOfDatePhrase('in 1499')).toBeNull();
    expect(isoOfDatePhrase('in 1500')).toBe('1500');
    expect(isoOfDatePhrase('Sept. 3, 2021')).toBe('2021-09-03');
    expect(isYear('1066')).toBe(true);
    expect(isYear('0999')).toBe(false);
    expect(isYear('2100')).toBe(false);
  });
});

describe('words', () => {
  it('folds accents and splits names into lower-case words', () => {
    expect(foldAccents('Hervé')).toBe('Herve');
    expect(nameWords("Zoë O'Neil-Smith")).toEqual(['zoe', 'o', 'neil', 'smith']);
    expect(pronouns(['he', 'she'], ['object', 'possessive'])).toEqual(['him', 'his', 'her']);
  });
});
