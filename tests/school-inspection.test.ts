// A school inspection report, asked the way chat members ask. On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'inspection.txt': [
      'Watchdog rates Brookfield Academy inadequate',
      'A secondary school in Millbrook has been rated inadequate by inspectors, two years after it was judged good.',
      'Brookfield Academy was inspected over two days in May. The report was published on Thursday.',
      'Inspectors found that pupils\' behaviour had declined and that bullying was "not dealt with quickly enough".',
      'Head teacher Colin Marsh, who joined the school in January, said he was "disappointed but not surprised".',
      'The academy trust that runs the school said it would bring in an experienced head to support Mr Marsh.',
      'The school will be inspected again within 18 months.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q);

describe('what someone said, reported as "said he was ..."', () => {
  it('is what they said, not the pronoun the clause opens with', () => {
    const r = ask('what did the head teacher say');
    expect(r.answer).not.toBe('he');
    expect(r.answer).toMatch(/disappointed but not surprised/);
  });
});

describe('"who is X" of someone written after a title opening the sentence', () => {
  it('gives the title ("Head teacher Colin Marsh")', () => {
    expect(ask('who is colin marsh').answer).toBe('Colin Marsh: Head teacher');
  });
});

describe('a document the article tells of ("the report was published")', () => {
  it('is that document, not the article', () => {
    expect(ask('when was the report published').answer).toBe('Thursday');
  });
});
