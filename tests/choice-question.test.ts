// "Is it short-term or long-term?": a choice is answered only by a passage that writes one of its
// alternatives, a hyphenated one whole. On articles written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'school.txt': [
      'Village school to get new classrooms after long wait',
      'Pupils at Ashby Green primary school will move into new classrooms at the start of the autumn term, the county council has said.',
      'The school has waited a long time for the building, which cost £1.4m.',
      'Head teacher Rosa Quint said the short walk between the old huts and the main hall had been a problem in winter.',
    ].join('\n\n'),
    'loan.txt': [
      'Council agrees loan to cover pool repairs',
      'Dunmore council has agreed a short-term loan of £2m to pay for urgent repairs to its leisure centre.',
      'The money will be repaid within 18 months.',
    ].join('\n\n'),
  });
});

const ask = (q: string, doc: string) => engine.run('ask', q, { doc });

describe('a choice between hyphenated alternatives', () => {
  it('is not answered by a passage writing only their parts apart ("the autumn term")', () => {
    expect(ask('are the classrooms short-term or long-term', 'school').found).toBe(false);
  });

  it('is answered by the passage writing one of them whole', () => {
    const r = ask('is the loan short-term or long-term', 'loan');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/short-term loan/);
  });
});
