// "Won 12 seats, down from 20" does not say the party did not lose seats: a deed done to a number
// of things leaves its opposite open for others of them. A deed done to one thing still settles
// its opposite. On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let results: Engine;
beforeAll(async () => {
  results = await engineFor({
    'council.txt': [
      'title: Council election results\ndate: 2024-05-04',
      'The Moorside Independents won 12 seats, down from 20 at the last election.',
      'The Canal Party lost the vote in the Westgate ward.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => results.run('ask', q);

describe('yes/no against the opposite deed', () => {
  it('a number of things won does not deny that others were lost', () => {
    const r = ask('did the moorside independents lose seats?');
    expect(r.answer ?? '').not.toMatch(/^No/);
  });

  it('a number of things won still says yes to winning them', () => {
    expect(ask('did the moorside independents win seats?').answer).toMatch(/^Yes/);
  });

  it('one thing lost says no to winning it', () => {
    expect(ask('did the canal party win the vote in the westgate ward?').answer).toMatch(/^No/);
  });
});
