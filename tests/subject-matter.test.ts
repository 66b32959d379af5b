// "What is the song X about?": a passage that tells the matter of the work ("tells the story of")
// answers; one that only says what kind of work it is and who made it does not.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let wiki: Engine;
beforeAll(async () => {
  wiki = await engineFor({
    'salt-road.txt': [
      'title: Salt Road (song)',
      '"Salt Road" is a folk song recorded by the Dunmore Singers in 1974. ' +
        'It was released as the second single from their album Low Tide, and reached number 12.',
    ].join('\n\n'),
    'lantern.txt': [
      'title: The Lantern Keeper',
      'The Lantern Keeper is a novel by Ruth Calloway, first published in 1931. ' +
        'The novel tells the story of a lighthouse keeper who shelters a runaway boy during a winter storm.',
    ].join('\n\n'),
  });
});

const ask = (q: string, doc: string) => wiki.run('ask', q, { doc });

describe('what a work is about', () => {
  it('is not answered by the sentence saying what kind of work it is', () => {
    expect(ask('what is the song salt road about', 'salt-road').found).toBe(false);
  });

  it('is answered by the sentence that tells its story', () => {
    const r = ask('What is The Lantern Keeper about?', 'lantern');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/tells the story of a lighthouse keeper/);
  });
});
