// "How many episodes of X are there?" against "it opened with a rerun of the first two episodes":
// a count picked out by "the first" is some of them, not how many there are in all.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let shows: Engine;
beforeAll(async () => {
  shows = await engineFor({
    'harbourline.txt': [
      'title: Harbourline (TV series)',
      'Harbourline is an animated television series created by Ada Quill for the Tern Network. ' +
        'The series debuted on March 3, 2015 with a rerun of the first two episodes, which first aired as a special. ' +
        'It follows a crew of young divers.',
    ].join('\n\n'),
    'moorside.txt': [
      'title: Moorside (TV series)',
      'Moorside is a drama television series created by Ben Hale. The series ran for three seasons and 36 episodes.',
    ].join('\n\n'),
  });
});

describe('a count picked out by "the first"', () => {
  it('is not how many there are', () => {
    const r = shows.run('ask', 'how many episodes of harbourline', { doc: 'harbourline' });
    expect(r.answer ?? '').not.toMatch(/two/);
  });

  it('leaves a count of them all to answer', () => {
    const r = shows.run('ask', 'how many episodes of moorside', { doc: 'moorside' });
    expect(r.answer).toMatch(/36/);
  });
});
