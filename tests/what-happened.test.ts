// "What happened to X": an event is asked, which an opening that says only what someone or
// something is does not tell, however much of X's name it holds.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'tolland.txt': [
      'title: Mira Tolland',
      'Mira Tolland (1950 – 2010) was a Welsh actor and singer, best remembered as a founder of the Harrowgate Players. ' +
        'She taught drama in Cardiff for twenty years.',
    ].join('\n\n'),
    'mill.txt': [
      'title: Fenwick mill',
      'Fenwick mill is a brick cotton mill on the river Lune. ' +
        'The Fenwick mill closed in 1982 after a fire destroyed its weaving shed.',
    ].join('\n\n'),
  });
});

describe('"what happened to X"', () => {
  it('is not answered by a sentence saying only what someone was', () => {
    const r = engine.run('ask', 'what happened to the Harrowgate Players', { doc: 'tolland' });
    expect(r.found).toBe(false);
    expect(r.answer).toBeNull();
  });

  it('is answered by the sentence telling the event', () => {
    const r = engine.run('ask', 'what happened to Fenwick mill', { doc: 'mill' });
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('closed in 1982');
  });
});
