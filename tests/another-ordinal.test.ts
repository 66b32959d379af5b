// "Who was the club's first coach?" is not answered by "X was the club's 22nd head coach": the
// passage places another one of the series. Articles written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let wiki: Engine;
beforeAll(async () => {
  wiki = await engineFor({
    'rovers.txt': [
      'title: Dunmore Rovers',
      'Dunmore Rovers is a football club based in the town of Dunmore. ' +
        'In 2019, Tomas Brennan was named as the club’s 22nd head coach, replacing Alan Kerr. ' +
        'The club plays its home games at Mill Park.',
    ].join('\n\n'),
    'carrow.txt': [
      'title: Carrow Athletic',
      'Carrow Athletic is a football club based in the town of Carrow. ' +
        'In 2021, Nina Hale was named as the club’s fifth head coach, after a vote of the board.',
      'The club plays at Quarry Lane. Owen Price was named as a coach of the youth team in 2015.',
    ].join('\n\n'),
    'drama.txt': [
      'title: Harbour Lights',
      'Harbour Lights is a television drama set in a fishing town. ' +
        'The first series was filmed in Cornwall. ' +
        'The second, third and fourth series were filmed in Wales.',
    ].join('\n\n'),
  });
});

const ask = (q: string, doc: string) => wiki.run('ask', q, { doc });

describe('an ordinal asked', () => {
  it('another ordinal of the same noun does not answer', () => {
    const r = ask('who was named the first head coach of dunmore rovers', 'rovers');
    expect(r.answer ?? '').not.toMatch(/Brennan/);
  });

  it('the best passage giving another ordinal, a lower one naming a coach answers another question: the article does not say', () => {
    const r = ask("who was named as the club's first head coach", 'carrow');
    expect(r.found).toBe(false);
    expect(r.answer).toBeNull();
  });

  it('the same ordinal answers', () => {
    const r = ask('who was named the 22nd head coach of dunmore rovers', 'rovers');
    expect(r.answer).toMatch(/Tomas Brennan/);
  });

  it('an ordinal in a list numbers the noun after the list', () => {
    const r = ask('where was the third series of harbour lights filmed', 'drama');
    expect(r.answer).toBe('Wales');
  });
});

describe("a name's Roman numeral", () => {
  let town: Engine;
  beforeAll(async () => {
    town = await engineFor({
      'bridge.txt': [
        'title: The Lenn crossing',
        'The town of Arnholt grew up around a ford over the river Lenn. ' +
          'Queen Mathilde II opened the stone bridge over the Lenn on 4 May 1898. ' +
          'Tolls on the bridge were abolished in 1921.',
      ].join('\n\n'),
    });
  });

  it('another numeral of the same name does not answer: the article does not say', () => {
    const r = town.run('ask', 'When did Queen Mathilde I open the stone bridge over the Lenn?');
    expect(r.found).toBe(false);
    expect(r.answer).toBeNull();
  });

  it('the same numeral answers', () => {
    const r = town.run('ask', 'When did Queen Mathilde II open the stone bridge over the Lenn?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('4 May 1898');
  });
});
