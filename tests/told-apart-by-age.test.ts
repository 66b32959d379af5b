// People a report tells apart by age once it has given their ages ("a 19-year-old woman and a
// 42-year-old woman ... the younger woman has since been charged"), and people asked of by an
// irregular plural ("the women") that the report writes in the singular. On an article written
// for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'fire.txt': [
      'Two women held after warehouse fire in Brackwell',
      'Fire crews were called to a carpet warehouse on Tenter Road in Brackwell shortly after midnight.',
      'A 19-year-old woman from Osterley and a 42-year-old woman from Brackwell were arrested on Sunday on suspicion of arson.',
      'The younger woman has since been charged and will appear at Brackwell Crown Court next month.',
      'The older woman was released without charge.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q);

describe('"the older" or "the younger" of two people aged just before', () => {
  it('is the one of that age: the woman charged is the younger, 19', () => {
    const r = ask('how old is the woman who was charged');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('19');
  });

  it('is the older, 42, for the woman released', () => {
    expect(ask('how old was the woman released without charge').answer).toBe('42');
  });
});

describe('an age asked of a plural', () => {
  it('is every age the passage gives people of that noun', () => {
    expect(ask('how old are the women').answer).toBe('19 and 42');
  });
});

describe('an irregular plural ("women")', () => {
  it('asks of people the passage writes in the singular ("a 19-year-old woman")', () => {
    const r = ask('when were the women arrested');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('Sunday');
  });
});
