// A name typed with hyphens ("Kran-Dahl") is one name: a question that joins one person's first
// name to another's hyphenated surname names no one the articles mention. On an article written
// for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let survey: Engine;
beforeAll(async () => {
  survey = await engineFor({
    'lake.txt': [
      'title: Old survey of the lake\ndate: 2024-04-02',
      'In 1901, Ivo Kran-Dahl and Petra von Lind showed that the lake was fed by two springs.',
      'Later surveys found that the springs had dried up by 1950. Petra von Lind went on to map the northern valleys.',
    ].join('\n\n'),
  });
});

describe('hyphenated names', () => {
  it('a first name joined to another person’s hyphenated surname is no one the articles name', () => {
    const r = survey.run('ask', 'What did Petra Kran-Dahl show about the lake?');
    expect(r.found).toBe(false);
    expect(r.message).toMatch(/do not mention Petra Kran-Dahl/);
  });

  it('the person named in full is found', () => {
    const r = survey.run('ask', 'What did Ivo Kran-Dahl show about the lake?');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/fed by two springs/);
  });
});
