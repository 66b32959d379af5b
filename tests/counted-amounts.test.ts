// "How many times ...", "how many episodes ...": a count is a number of the things asked, never
// the day or year of a date ("(March 3, 1950 – June 9, 2001)") nor a measure in a unit of its
// own ("two days earlier"). Articles written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let wiki: Engine;
beforeAll(async () => {
  wiki = await engineFor({
    'lind.txt': [
      'title: Oskar Lind',
      'Oskar Lind (March 3, 1950 – June 9, 2001) was a Swedish cyclist who rode for the Gavle club. ' +
        'He won the national road race in 1974.',
    ].join('\n\n'),
    'ferry.txt': [
      'title: Night Ferry',
      '"Night Ferry" is the opening episode of the drama Harbour Lights. ' +
        'The episode opens with a storm at sea and then moves to a harbour market two days earlier.',
    ].join('\n\n'),
  });
});

const ask = (q: string, doc: string) => wiki.run('ask', q, { doc });

describe('a count is a number of the things asked', () => {
  it('not the day and year of a life span', () => {
    const r = ask('how many times did Oskar Lind ride for Gavle', 'lind');
    expect(r.answer ?? '').not.toMatch(/\d/);
  });

  it('not a measure in a unit of its own', () => {
    const r = ask('how many episodes of harbour lights', 'ferry');
    expect(r.answer ?? '').not.toMatch(/days/);
  });
});
