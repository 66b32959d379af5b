// "Who won best actress?" against "Best actress went to X": a prize that goes, or is given, to
// someone is what they won or received, and so is one they were named ("X was named poet of the year"). On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'prizes.txt': [
      'Harbour novel takes top book prize',
      'The Larchmont Prize for fiction went to Imogen Saltire for her novel The Tidewater, while Bram Oduya was named poet of the year.',
      'A prize for lifetime service was presented to the 84-year-old publisher Hollis Wren.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q).answer ?? '';

describe('the one a prize went to', () => {
  it('"the prize went to X" says who won it, not another name of the sentence', () => {
    expect(ask('who won the larchmont prize')).toMatch(/Imogen Saltire/);
    expect(ask('who got the larchmont prize')).not.toMatch(/Oduya/);
  });

  it('"X was named poet of the year" says who won it', () => {
    expect(ask('who won poet of the year')).toBe('Bram Oduya');
  });

  it('"where did / who did the prize go to" is not answered by the one another prize went to', () => {
    expect(ask('where did the poet of the year award go')).toBe('Bram Oduya');
    expect(ask('who did the poet of the year prize go to')).toBe('Bram Oduya');
    expect(ask('where did the larchmont prize go')).toMatch(/Imogen Saltire/);
  });

  it('"was presented to the 84-year-old publisher X" says who received it', () => {
    expect(ask('who received the prize for lifetime service')).toMatch(/Hollis Wren/);
  });
});
