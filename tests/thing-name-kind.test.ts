// "What is the name of the river ...": the name of a thing, not a person's, though "river" ends as
// "reporter" does; "what name was given to the fair" asks the fair's. And a passage whose
// paragraph never writes the kind named (a "market" asked, a horse show named) gives no name of
// it. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'harmby.txt': [
      'title: Flood defences for Harmby\ndate: 2024-09-02',
      'The river at Harmby, surveyed last year by the engineer Tomas Dale, is the Wendle.',
      'The council says new walls will be finished before the spring.',
      'Each October the town holds a harvest fair, named the Harmby Gathering by its founder Ruth Amell.',
      'A horse show, the Harmby Trials, is held on the green each May.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q);

describe('the name of a thing', () => {
  it('"the name of the river" is not answered by a person the passage names', () => {
    const r = ask('What is the name of the river at Harmby?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Wendle/);
    expect(r.answer).not.toMatch(/^Tomas Dale/);
  });

  it('"what name was given to the fair" is not answered by a person the passage names', () => {
    const r = ask('What name was given to the harvest fair?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Harmby Gathering/);
  });

  it('a passage that never writes the kind named gives no name of it', () => {
    expect(ask('What is the name of the market held on the green at Harmby each May?').found).toBe(false);
  });
});
