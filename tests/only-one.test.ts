// "What is the only way to reach the island?" asks of the one thing of its kind: a passage that
// names a way without saying it is the only one does not answer it. Article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const ISLAND = [
  'title: Winter crossings to Hale Island\ndate: 2024-01-09',
  'The ferry from Port Anders is a popular way to reach Hale Island in winter.',
  'The causeway is the only road to the village of Brent, the council said.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'island.txt': ISLAND });
});

describe('the only one of its kind', () => {
  it('is not answered by a passage that names one without saying it is the only one', () => {
    const r = engine.run('ask', 'What is the only way to reach Hale Island in winter?');
    expect(r.found).toBe(false);
    expect(r.answer).toBeNull();
  });

  it('is answered by a passage that says it is the only one', () => {
    const r = engine.run('ask', 'What is the only road to the village of Brent?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('The causeway is the only road');
  });

  it('a way asked without "only" is answered by the passage naming one', () => {
    expect(engine.run('ask', 'What is a popular way to reach Hale Island in winter?').found).toBe(true);
  });
});
