// "we are not going to pretend otherwise" and "were able to sleep" put a tense or an ability on their verb:
// neither is the purpose of anything the article says. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'ferry.txt': [
      'Ferry passengers face long delays at Tolland',
      'Passengers at Tolland ferry port have faced delays of up to six hours after two of the three ferries broke down on Friday, the operator Halvern Line said.',
      '"We know passengers have waited far too long, and we are not going to pretend otherwise," said its managing director, Ruth Okonedo.',
      'Some travellers were able to sleep in their cars, and a third ferry was brought from Denholm to carry lorries across the estuary.',
    ].join('\n\n'),
  });
});

const answer = (q: string) => engine.run('ask', q).answer ?? '';

describe('a "to" after a semi-modal is no purpose', () => {
  it('"not going to pretend" is not why passengers waited', () => {
    expect(answer('why have passengers waited so long')).not.toMatch(/pretend/);
  });

  it('"were able to sleep" is not why travellers slept', () => {
    expect(answer('why did travellers sleep in their cars')).not.toMatch(/^to sleep/);
  });

  it('a purpose still answers', () => {
    expect(answer('why was a third ferry brought from denholm')).toBe('to carry lorries across the estuary');
  });
});
