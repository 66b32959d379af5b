// "Who won the election?" against "The Kestrel Independents have won the Oakhurst by-election":
// a hyphened word writes each of its parts, so the deed is done to the thing asked, not to
// another. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'oakhurst.txt': [
      'Independents take Oakhurst seat',
      'The Kestrel Independents have won the Oakhurst by-election, ending twenty years of rule by the Civic Party.',
      'Turnout was 38%, the lowest in the county since 1997.',
    ].join('\n\n'),
  });
});

describe('a hyphened word', () => {
  it('"the by-election" writes the election asked', () => {
    expect(engine.run('ask', 'who won the election').answer).toMatch(/Kestrel Independents/);
    expect(engine.run('ask', 'who won the by-election').answer).toMatch(/Kestrel Independents/);
  });
});
