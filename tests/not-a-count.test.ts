// "How many" is answered by a number that counts something: an age ("viewers aged 18–49") and
// "one" standing for a noun already named ("a white one") count nothing. Articles written for
// these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let wiki: Engine;
beforeAll(async () => {
  wiki = await engineFor({
    'harbour.txt': [
      'title: Harbour Lights',
      'Harbour Lights is a television drama set in a fishing town on the west coast. ' +
        'The first episode drew a large share of viewers aged 18–49 and good reviews. ' +
        'A second series was filmed in the spring.',
    ].join('\n\n'),
    'flag.txt': [
      'title: Flag of Dunmore',
      'The flag of Dunmore was adopted by the town council in 1921. ' +
        'The flag shows a blue band above a white one, with a gold anchor in the middle.',
    ].join('\n\n'),
    'choir.txt': [
      'title: Kelmouth choir',
      'The Kelmouth choir was founded in 1950. It has 40 singers aged between 16 and 80.',
    ].join('\n\n'),
  });
});

const ask = (q: string, doc: string) => wiki.run('ask', q, { doc });

describe('numbers that count nothing', () => {
  it('an age range is no count of episodes', () => {
    const r = ask('how many episodes of harbour lights', 'harbour');
    expect(r.answer ?? '').not.toMatch(/18|49/);
  });

  it('"a white one" is no count of colours', () => {
    const r = ask('how many colours are on the flag of dunmore', 'flag');
    expect(r.answer ?? '').not.toMatch(/^one$/i);
  });

  it('the count beside an age range still answers', () => {
    const r = ask('how many singers does the kelmouth choir have', 'choir');
    expect(r.answer).toMatch(/^40\b/);
  });

  it('an age still answers "how old"', () => {
    const r = ask('how old are the oldest singers in the kelmouth choir', 'choir');
    expect(r.answer ?? '').not.toMatch(/^40\b/);
  });
});
