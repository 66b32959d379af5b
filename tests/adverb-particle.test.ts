// "When will the full timetable come back": a particle the tagger read as an adverb ("back") still
// makes the verb another deed, so a passage writing "comes into force" does not date it; the one
// saying it "would return" may. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'buses.txt': [
      'title: Fewer buses on the Orrin route\ndate: 2026-03-02',
      'Passengers on the Orrin route will face longer waits and fewer evening buses from Monday, when a new timetable drawn up by operator Kestle Coaches comes into force.',
      'The operator said 9 of its 30 buses needed repairs.',
      'Kestle said a full timetable would return in August at the earliest, once the buses had been mended.',
    ].join('\n\n'),
  });
});

const answer = (q: string) => engine.run('ask', q).answer ?? '';

describe('a particle read as an adverb', () => {
  it('"when will the full timetable come back" is not dated by "comes into force"', () => {
    expect(answer('when will the full timetable come back')).toBe('August');
  });
});
