// "What are the charges against X": the charges are the attribute asked, as "the capital of X"
// asks the capital; a passage about X that writes no charge (the article's opening) is no answer.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'penhallow.txt': [
      'title: Orla Penhallow',
      'Orla Penhallow (born 1979) is a former harbour clerk from Kestlewick who was at the centre of a long trial in 2021. ' +
        'She was charged with fraud and forgery in March 2020 and pleaded not guilty. ' +
        'The jury heard from forty witnesses.',
    ].join('\n\n'),
  });
});

describe('the attribute asked with "against"', () => {
  it('is answered by the passage that writes it, not by the opening about the one named', () => {
    const r = engine.run('ask', 'what are the charges against Orla Penhallow', { doc: 'penhallow' });
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toContain('charged with fraud and forgery');
  });
});
