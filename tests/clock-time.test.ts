// "What time will X happen?" asks for a time of day: a passage's year or date says which day,
// not what time, and the answer is the time the article gives ("6 pm"). Articles written for
// these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let wiki: Engine;
beforeAll(async () => {
  wiki = await engineFor({
    'parade.txt': [
      'title: 2031 Kelmouth parade',
      'The 2031 Kelmouth parade was a lantern parade held in the town of Kelmouth on May 21, 2031. ' +
        'The organisers said that the parade would start at 6 pm at the harbour and end at the castle. ' +
        'About 4,000 people walked in it.',
    ].join('\n\n'),
    'fair.txt': [
      'title: Dunmore fair',
      'The Dunmore fair is a horse fair held in Dunmore every June since 1840. ' +
        'The fair opens on the first Monday of the month.',
    ].join('\n\n'),
  });
});

const ask = (q: string, doc: string) => wiki.run('ask', q, { doc });

describe('what time: a time of day', () => {
  it("the time the article gives, not the year in the event's name", () => {
    const r = ask('what time will the kelmouth parade start on may 21', 'parade');
    expect(r.answer).toBe('6 pm');
    expect(r.citations[0]?.text).toMatch(/^The organisers said that the parade would start at 6 pm/);
  });

  it('a day without a time does not say what time', () => {
    const r = ask('what time does the dunmore fair open', 'fair');
    expect(r.answer ?? '').not.toMatch(/Monday|June|1840/);
  });
});
