// A passive question's verb is the participle that ends it, however long its subject: "when was
// the plan to build a pier approved" asks of the approving, and "was contested", "was married to"
// answer though wink reads those participles as adjectives. And "what are the N on X called" asks
// the name of the N, not of X.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'levy.txt': [
      'title: Harbour board wins levy case',
      'The port warden, Ivo Rask, proposed that the Tarnwick harbour board charge fees on idle ferries. ' +
        'The power for the board to do this was contested in 2019 at the regional court, which ruled for the board.',
    ].join('\n\n'),
    'cafe.txt': [
      'title: Harbour cafe closes',
      'Ada Finch was married to Tomas Lund, a fisherman from Kirkby.',
      'The couple ran the harbour cafe for thirty years.',
    ].join('\n\n'),
    'quills.txt': [
      'title: A guide to garden hedgehogs',
      'Gardeners in Elmbrook often leave a gap under the fence for visitors at night. ' +
        'A hedgehog has about 5,000 quills (sharp spines) on its back. ' +
        'Most of them sleep through the winter in piles of leaves.',
    ].join('\n\n'),
  });
});

const ask = (q: string, doc: string) => engine.run('ask', q, { doc });

describe('a passive question with a long subject', () => {
  it('"when was the power for the board to charge fees on idle ferries contested": the contesting is dated', () => {
    const r = ask('When was the power for the board to charge fees on idle ferries contested?', 'levy');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/2019/);
    expect(r.citations[0]?.text).toMatch(/^The power for the board to do this was contested/);
  });
});

describe('"who was X married to"', () => {
  it('asks of a marriage: a passage that names X beside others but writes none answers nothing', () => {
    const r = ask('Who was Ivo Rask married to?', 'levy');
    expect(r.found).toBe(false);
  });

  it('is answered by the one after "married to", a person and not a place', () => {
    expect(ask('who was ada finch married to', 'cafe').answer).toBe('Tomas Lund');
  });
});

describe('"what are the N on X called"', () => {
  it('asks the name of the N: a passage naming them beside their word answers', () => {
    const r = ask('What are the sharp spines on the back of a hedgehog called?', 'quills');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/quills \(sharp spines\)/);
  });
});
