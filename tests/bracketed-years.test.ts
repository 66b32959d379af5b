// "A film course (2016)": a year in brackets right after a thing the question names dates it;
// on an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let college: Engine;
beforeAll(async () => {
  college = await engineFor({
    'college.txt': [
      'title: Tarnby College at fifty\ndate: 2024-10-05',
      'Tarnby College teaches music and drama, and more recently a marine biology course (2011) and a film course (2016).',
      'Its library was rebuilt after a fire.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => college.run('ask', q);

describe('a year in brackets after the thing asked', () => {
  it('dates that thing', () => {
    const r = ask('When was the film course introduced at Tarnby College?');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('2016');
  });

  it('not the thing before it', () => {
    expect(ask('When was the drama course introduced at Tarnby College?').answer).not.toBe('2016');
  });
});
