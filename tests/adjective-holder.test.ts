// "Who is anxious about X?": the subject of the clause that gives the adjective, not another name
// of its sentence. On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let valley: Engine;
beforeAll(async () => {
  valley = await engineFor({
    'valley.txt': [
      'title: Water plan divides valley\ndate: 2025-05-05',
      'The regional board will vote on the water plan next month, despite Brenna anger over the timetable.',
      'Analyst Petra Voss said, “It is clear that the farmers are very anxious about Lund’s plans for the river, even more than about Brenna or Caldor’s plans.”',
    ].join('\n\n'),
  });
});

describe('who is what an adjective says', () => {
  it.each(["who is anxious about lund's plans", 'who is more anxious about the plans for the river'])(
    '"%s" is the subject of "are very anxious"',
    (q) => {
      const r = valley.run('ask', q);
      expect(r.answer).toMatch(/farmers/);
      expect(r.answer).not.toMatch(/Brenna|Caldor/);
    },
  );
});

describe('who is what an adjective says, by its noun', () => {
  it('"who is angry" is the one whose anger the passage names ("Brenna anger"), not the board', () => {
    expect(valley.run('ask', 'who is angry about the timetable').answer).toBe('Brenna');
  });
});
