// "What is the name of the village ...?" asks a village's name, which no person in the passage
// gives; "what is the name of the ferry's owner" still asks for a person.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'harbour.txt': [
      'title: Old harbour map\ndate: 2024-05-02',
      'An old survey map shows a fishing village called Kellow Ford on the marsh where the new harbour now stands.',
      'The ferry that docks there is owned by Marta Vell, a former teacher.',
    ].join('\n\n'),
  });
});

describe('the name of a thing', () => {
  it('"the name of the village": the passage naming the village answers', () => {
    const r = engine.run('ask', 'What is the name of the village that stood on the marsh?', { doc: 'harbour' });
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/Kellow Ford/);
  });

  it('"the name of the owner" asks for a person', () => {
    const r = engine.run('ask', 'What is the name of the owner of the ferry?', { doc: 'harbour' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Marta Vell/);
  });
});
