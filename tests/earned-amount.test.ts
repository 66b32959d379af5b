// "How much did the firm make": a sum earned, of which a dividend per share or a loss is no answer.
// On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let results: Engine;
beforeAll(async () => {
  results = await engineFor({
    'results.txt': [
      'title: Quillbrook Mills sales slow\ndate: 2026-03-02',
      'Quillbrook Mills, the maker of Fernly towels, said sales had slowed over the winter.',
      'The company will pay a final dividend of 3.4p a share, the same as last year.',
    ].join('\n\n'),
    'mill.txt': [
      'title: Glassworks reports a loss\ndate: 2026-03-09',
      'Tarn Glassworks reported a loss of £4m last year, compared with a profit of £1m the year before.',
    ].join('\n\n'),
  });
});

describe('what a company made', () => {
  it('is not a sum paid per share', () => {
    const r = results.run('ask', 'how much did quillbrook mills make last year');
    expect(r.answer ?? '').not.toMatch(/3\.4p/);
  });

  it('is not a sum lost, nor one made before it', () => {
    const r = results.run('ask', 'how much did tarn glassworks make');
    expect(r.answer ?? '').not.toMatch(/£[14]m/);
  });
});
