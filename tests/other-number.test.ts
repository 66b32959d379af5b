// A question that changes one figure of a passage ("in 1874" for "in 1847", "in the 14th
// century" where the passage writes a year of the 15th) asks about another time or amount: the passage
// does not answer it. The same question with the passage's own figure, or a year inside the
// decade or century asked, is answered.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const MILL = [
  'title: The mills of Harrowdale\ndate: 2024-03-02',
  'The first paper mill in Harrowdale was opened by Agnes Rooke in 1847 beside the river Wend.',
  'In 1472, the weavers of the valley sold the rights to the upper meadow to the abbey of Lenmouth.',
  'In the 1920s, the mill was rebuilt in brick after a fire destroyed the timber sheds.',
  'The new dam was opened on 14 March 1931 by the mayor, Hugh Brack.',
  'The mill paid its owners a dividend of 12.5 pct in 1935.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'mill.txt': MILL });
});

describe('a number the question gives that its passage writes otherwise', () => {
  it('another year, another century, another decade: the article does not say', () => {
    for (const question of [
      'Who opened the first paper mill in Harrowdale in 1874?',
      'Who sold the rights to the upper meadow in the 14th century?',
      'What happened to the mill in the 1950s?',
      'Who opened the new dam on 3/15?',
    ]) {
      const r = engine.run('ask', question);
      expect(r.found, question).toBe(false);
    }
  });

  it('the figure the passage writes, or a year inside the century or decade asked, is answered', () => {
    for (const [question, cited] of [
      ['Who opened the first paper mill in Harrowdale in 1847?', 'Agnes Rooke'],
      ['Who sold the rights to the upper meadow in the 15th century?', 'weavers'],
      ['Who sold the rights to the upper meadow in the 1400s?', 'weavers'],
      ['What happened to the mill in the 1920s?', 'rebuilt in brick'],
      // A month and day written as figures is the day the passage names.
      ['Who opened the new dam on 3/14?', 'Hugh Brack'],
      // A figure typed with a space for its point, as search boxes get it.
      ['Which mill paid a dividend of 12 5 pct?', 'dividend of 12.5 pct'],
    ] as const) {
      const r = engine.run('ask', question);
      expect(r.found, question).toBe(true);
      expect(r.citations[0]?.text, question).toContain(cited);
    }
  });
});
