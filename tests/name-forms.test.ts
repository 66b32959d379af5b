// A word derived from a name ("Bramwickians" of Bramwick, "free moorers" of the Free Moor
// Party) finds the passages that write the name.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import type { Context } from '../src/answer/answer-context.js';
import { nameDerivedFrom } from '../src/answer/name-forms.js';
import { contextFor, engineFor } from './engine/seed-engine.js';

const ARTICLES = {
  'bramwick.txt': [
    'title: Bramwick closes its mine\ndate: 2024-06-03',
    'Dunmere voted to close its last wool mill in 2015, when the owners retired.',
    'Bramwick voted to close its last coal mine in 2019, after a decade of falling orders.',
    'The Free Valley Party was founded in 1902 by farmers who wanted cheaper grain freight.',
    'The Free Moor Party was founded in 1871 by dock owners who wanted lower port fees.',
    'The Department for Work and Pensions paid for a retraining centre near the old pit.',
  ].join('\n\n'),
};

let engine: Engine;
let ctx: Context;
beforeAll(async () => {
  engine = await engineFor(ARTICLES);
  ctx = await contextFor(ARTICLES);
});

describe('words derived from a name', () => {
  it('reads the name behind a derived word, a longer name only beside another of its words', () => {
    expect(nameDerivedFrom('Bramwickians', [], ctx.corpus)).toBe('bramwick');
    expect(nameDerivedFrom('moorers', ['free', 'party'], ctx.corpus)).toBe('moor');
    expect(nameDerivedFrom('moorers', ['the'], ctx.corpus)).toBeNull();
    expect(nameDerivedFrom('workers', ['the'], ctx.corpus)).toBeNull();
  });

  it('answers of the Bramwickians from what the article says of Bramwick', () => {
    const r = engine.run('ask', 'what did the bramwickians vote to close', { doc: 'bramwick' });
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/coal mine/);
  });
});
