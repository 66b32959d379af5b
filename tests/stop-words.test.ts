// Stop words: wink's list, less the words questions are about. From the user's side, a question
// that turns on "first" or "last" is answered by the passage that says so; the list itself is
// checked against the installed wink model.
import { beforeAll, describe, expect, it } from 'vitest';
import winkNLP, { type ItsFunction } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Engine } from '../src/answer/engine.js';
import { isContentTerm } from '../src/extract/lexicon.js';
import { ADDED_STOP_WORDS, CONTENT_WORDS, STOP_WORDS, WINK_STOP_WORDS } from '../src/nlp/stop-words.js';
import { engineFor } from './engine/seed-engine.js';

let town: Engine;
beforeAll(async () => {
  town = await engineFor({
    'mayors.txt': [
      'title: Eastvale remembers its mayors\ndate: 2024-03-01',
      'Eastvale elected its first mayor, Anna Berg, in 1901, after the mill opened.',
      'Its last mayor, Tom Ruud, left office in 1999, when the town joined Westbrook county.',
    ].join('\n\n'),
  });
});

describe('a word a question is about is searched for, a function word is not', () => {
  it.each([
    // Stopped, "first" and "last" would leave the two questions the same.
    ['When did the first mayor take office?', /1901/, /first mayor, Anna Berg/],
    ['When did the last mayor leave office?', /1999/, /last mayor, Tom Ruud/],
    // "therefore" is one of wink's stop words: not a word the articles must contain.
    ['When, therefore, did the first mayor take office?', /1901/, /first mayor, Anna Berg/],
  ])('%s', (question, answer, cited) => {
    const r = town.run('ask', question);
    expect(r.answer).toMatch(answer);
    expect(r.citations[0]!.text).toMatch(cited);
  });

  it('keeps numbers, order words, "never" and asked verbs; stops what wink stops and a few forms more', () => {
    for (const w of ['first', 'last', 'two', 'never', 'say', 'call']) expect(STOP_WORDS.has(w)).toBe(false);
    for (const w of ['the', 'of', 'however', 'therefore', 'somewhere', "n't", 'having'])
      expect(STOP_WORDS.has(w)).toBe(true);
    expect(isContentTerm('first', 'ADJ')).toBe(true);
    expect(isContentTerm('however', 'ADV')).toBe(false);
  });
});

describe("the list is wink's", () => {
  it('is every word the installed model flags, read alone (paste the printed list into WINK_STOP_WORDS when it is not)', () => {
    let core: { features: { lexeme: { list: string[] } } } | undefined;
    const m = model as unknown as { core: () => typeof core };
    const nlp = winkNLP({ ...model, core: () => (core = m.core()) }, []);
    // wink's typings declare its helpers as methods; they are plain functions of a token.
    const { stopWordFlag } = nlp.its as unknown as { stopWordFlag: ItsFunction<boolean> };
    const flagged = new Set<string>();
    for (const word of core!.features.lexeme.list) {
      const tokens = nlp.readDoc(word).tokens();
      if (tokens.length() === 1 && tokens.out(stopWordFlag)[0]) flagged.add(word.toLowerCase());
    }
    const listed = [...new Set(WINK_STOP_WORDS)].sort();
    if (JSON.stringify(listed) !== JSON.stringify([...flagged].sort())) console.log([...flagged].sort().join(' '));
    expect(listed).toEqual([...flagged].sort());
  });

  it('keeps only words wink stops, and adds only words it does not', () => {
    const wink = new Set(WINK_STOP_WORDS);
    expect(
      Object.values(CONTENT_WORDS)
        .flat()
        .filter((w) => !wink.has(w)),
    ).toEqual([]);
    expect(ADDED_STOP_WORDS.filter((w) => wink.has(w))).toEqual([]);
  });
});
