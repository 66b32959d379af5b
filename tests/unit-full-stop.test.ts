// "... a loss of £3m. Broker analyst Ed Vane said ...": the full stop after a unit of money ends
// the sentence (wink reads "m." as an abbreviation and ran the two together), so the next
// sentence's roles and citations are its own. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'bakery.txt': [
      'Kestrel Bakeries swings to a loss',
      'Kestrel Bakeries made a loss of £3m in the half year, against a profit of £2.1m. Broker analyst Ed Vane said the figures were weaker than feared.',
      'Shares in the company fell 12p. Trading resumes on Monday.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q);

describe('a full stop after a unit', () => {
  it('ends the sentence: the next one opens with its own words', () => {
    expect(ask('who is ed vane').answer).toMatch(/^Ed Vane: Broker analyst$/);
    expect(ask('what did ed vane say').citations[0]?.text).toMatch(/^Broker analyst Ed Vane/);
  });

  it('leaves the amount whole', () => {
    expect(ask('how much did shares fall').answer).toBe('12p');
  });
});
