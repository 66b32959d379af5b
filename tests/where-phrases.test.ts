// "Where" answered by a phrase of common nouns after the verb asked ("stored in a cold vault"),
// on an article written for these tests: the place of that deed of that thing, never of another.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let farm: Engine;
beforeAll(async () => {
  farm = await engineFor({
    'seedbank.txt': [
      'title: Seed bank opens to visitors\ndate: 2024-04-20',
      'The seed bank opened its doors to visitors on Saturday.',
      'The seeds are stored in a cold vault under the hill, the manager said.',
      'The farm keeps goats as well as sheep. The sheep graze beside the old orchard during the day.',
      'Its keeper, Rhona Baird, 61, of Dunmore, spoke at a meeting in Kelso Town Hall.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => farm.run('ask', q);

describe('where: the place phrase after the verb asked', () => {
  it('is the answer though it names no place', () => {
    const r = ask('Where are the seeds stored?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/in a cold vault under the hill/);
  });

  it('does not answer where the thing is not kept', () => {
    for (const q of ['Where are the seeds not stored?', 'Where are the seeds rarely stored?']) {
      const r = ask(q);
      expect(r.answer ?? '').not.toMatch(/cold vault/);
    }
  });

  it('does not answer for another subject of the same verb', () => {
    const r = ask('Where do the goats graze?');
    expect(r.answer ?? '').not.toMatch(/orchard/);
  });
});

describe('where someone is from', () => {
  it("is the place set off after their name and age, not where the sentence's deed took place", () => {
    for (const q of ['where is rhona baird from', 'where is baird from?', 'where does baird come from']) {
      const r = ask(q);
      expect(r.found).toBe(true);
      expect(r.answer).toBe('Dunmore');
    }
  });
});
