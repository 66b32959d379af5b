// "Who do police say stole the van?": a question framed by someone's saying asks of the deed the
// saying frames, not who says it. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'van.txt': [
      'title: Van theft\ndate: 2024-02-01',
      'Police said Tom Hale, 34, stole the van from a depot in Kessel on Sunday.',
      'Councillor Ines Berg said the council would sack the cleaning contractor.',
    ].join('\n\n'),
  });
});

describe('a question framed by a saying', () => {
  it.each(['who do police say stole the van', 'who did police say stole the van'])('"%s" asks who stole it', (q) => {
    expect(engine.run('ask', q).answer).toBe('Tom Hale');
  });

  it('"who did X say the council would sack" asks whom the council would sack', () => {
    expect(engine.run('ask', 'who did councillor berg say the council would sack').answer).toMatch(
      /cleaning contractor/,
    );
  });

  it('"who would the council sack" asks the one done to, after any auxiliary', () => {
    expect(engine.run('ask', 'who would the council sack').answer).toMatch(/cleaning contractor/);
  });

  it('"who did X say the council sacked" asks of the sacking, which X does not do', () => {
    expect(engine.run('ask', 'who did councillor berg say the council sacked').answer ?? '').not.toMatch(/Berg/);
  });

  it('"who said" still asks the one who says', () => {
    expect(engine.run('ask', 'who said the council would sack the cleaning contractor').answer).toMatch(/Ines Berg/);
  });
});
