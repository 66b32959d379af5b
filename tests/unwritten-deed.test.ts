// "What did X spend the grant on": when the article never writes the deed asked in any words, a
// sentence naming X and the grant tells of another deed, and its object is no answer. On an
// article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let club: Engine;
beforeAll(async () => {
  club = await engineFor({
    'club.txt': [
      'title: Rowing club wins lottery grant\ndate: 2026-04-02',
      'A rowing club on the River Pell has been awarded £48,000 by a national lottery fund.',
      'Club secretary Dana Okafor moved the grant into a separate account on Friday to keep it apart from membership fees.',
      'Okafor said the club had waited three years for the decision.',
    ].join('\n\n'),
  });
});

describe('a deed no article writes', () => {
  it('is not answered by another deed of the same person', () => {
    const r = club.run('ask', 'what did okafor spend the grant on');
    expect(r.found).toBe(false);
  });

  it('leaves a deed the article writes answered', () => {
    const r = club.run('ask', 'what did okafor move the grant into');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text ?? '').toContain('separate account');
  });
});
