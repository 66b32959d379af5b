// "How many nurses voted to strike?" against "78% of members backed a walkout, on a turnout of
// 64%": a percentage of them is no count, so nothing answers; "how much" may still be a share.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'ballot.txt': [
      'title: Bus drivers back strike at Ferrowby depot',
      'Bus drivers at the Ferrowby depot have voted to strike over rotas, their union said.',
      'The union said 83% of drivers who took part backed a walkout, on a turnout of 71%.',
      'Grit makes up 12% of the salt spread on the depot yard in winter.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q, { doc: 'ballot' });

describe('a percentage asked "how many"', () => {
  it('is no count of the people asked', () => {
    expect(ask('how many drivers backed a walkout').found).toBe(false);
  });

  it('still answers "what percentage" and "how much"', () => {
    expect(ask('what percentage of drivers backed a walkout').answer).toMatch(/83%/);
    expect(ask('how much of the salt is grit').answer).toMatch(/12%/);
  });
});
