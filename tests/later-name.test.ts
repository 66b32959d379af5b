// A question names what it asks about; a passage that comes before that name in its paragraph,
// with the name nowhere before it, is about something else: the article does not say.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const MILL = [
  'title: The mill by the river\ndate: 2024-03-11',
  'The old mill on the river was bought for $40,000 in 1880 by a farming cooperative. It closed in 1950 after a ' +
    'flood. Years later, Tomas Ostrander wrote a short history of the town.',
  'Anna Pike painted the old harbour in 1901. Her cousin Jon Pike wrote about boats.',
  'Hollis Varga founded the corner bakery in 1990. She opened a second shop in 2004, near the station.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'mill.txt': MILL });
});

describe('a name the paragraph writes only after the passage', () => {
  it('is not answered by the passage before it: the cooperative bought the mill, not Ostrander', () => {
    for (const question of ['How much did Ostrander pay for the mill?', 'When did Ostrander buy the mill?']) {
      const r = engine.run('ask', question);
      expect(r.found, question).toBe(false);
      expect(r.answer, question).toBeNull();
    }
  });

  it('is not present where another of its words is: Anna Pike is not Jon Pike', () => {
    const r = engine.run('ask', 'When did Jon Pike paint the harbour?');
    expect(r.found).toBe(false);
    expect(r.answer).toBeNull();
  });

  it('is answered by the sentence that names them', () => {
    const r = engine.run('ask', 'What did Ostrander write?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('short history');
  });

  it('is answered by a sentence that carries the name on from an earlier one ("She opened ...")', () => {
    const r = engine.run('ask', 'When did Hollis Varga open a second shop?');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('2004');
  });
});
