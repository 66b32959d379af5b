// "What does X stand for" asks a name spelt out. An acronym's letters can be matched to the
// words an article writes out; a name of several words ("the Harbour Board") cannot, and a
// sentence that merely names it tells what it did, not what it stands for. On an article
// written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let ferry: Engine;
beforeAll(async () => {
  ferry = await engineFor({
    'ferry.txt': [
      'title: Ferry crossings halted after engine fault\ndate: 2026-05-12',
      'All ferry crossings between Dunmarra and Kelso Point were halted on Monday after an engine fault.',
      'The Coastal Transit Authority (CTA) said repairs would take at least a week.',
      'The Brindle Harbour Board said it would pay for a replacement bus service in the meantime.',
    ].join('\n\n'),
  });
});

describe('a "stand for" question', () => {
  it('spells out an acronym the article writes out', () => {
    const r = ferry.run('ask', 'what does cta stand for');
    expect(r.found).toBe(true);
    expect(r.answer).toContain('Coastal Transit Authority');
  });

  it('abstains on a name of several words the article never spells out', () => {
    const r = ferry.run('ask', 'what does the brindle harbour board stand for');
    expect(r.found).toBe(false);
  });
});
