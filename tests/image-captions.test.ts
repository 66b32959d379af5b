// An image caption left at the head of an encyclopaedia-like article ("Outside the lighthouse
// in Northport."), or one at its end without a closing stop, names things and says nothing of
// them: it never answers a question, while the sentences after it, and a sentence further on
// that the tagger reads without a verb, still do.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let wiki: Engine;
beforeAll(async () => {
  wiki = await engineFor({
    'lighthouse.txt': [
      'title: Carrow Point lighthouse',
      'Outside the Carrow Point lighthouse gift shop in Northport. ' +
        'The Carrow Point lighthouse is a stone tower built in 1852 to guide ships into the harbour. ' +
        'Its lamp was first lit by the keeper Ada Holm. ' +
        'The tower is open to visitors in summer. ' +
        "The old keepers' cottages form the lighthouse museum. " +
        'Painting of the lighthouse keeper on the rocks during the great storm of 1901',
    ].join('\n\n'),
    'results.txt': [
      'title: Harbour Trust results',
      'Shr profit 41 cts vs loss 12 cts',
      'Visitors 88,400 vs 61,900',
    ].join('\n\n'),
  });
});

const ask = (q: string) => wiki.run('ask', q, { doc: 'lighthouse' });

describe('a caption at the head of an article, or one without a closing stop', () => {
  it('does not answer a question the article does not answer', () => {
    const r = ask('where is the lighthouse gift shop run from');
    expect(r.found ? r.citations[0]?.text : '').not.toMatch(/^Outside the Carrow Point/);
  });

  it('at the end, without a closing stop, answers nothing either', () => {
    const r = ask('what happened to the lighthouse keeper during the storm');
    expect(r.found ? r.citations[0]?.text : '').not.toMatch(/^Painting of the lighthouse keeper/);
  });

  it('leaves the sentences after it to answer', () => {
    const r = ask('when was the Carrow Point lighthouse built');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/1852/);
  });

  it('a sentence further on still answers, though the tagger reads its verb as a noun ("cottages form")', () => {
    const r = ask('what do the keepers cottages form');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/cottages form the lighthouse museum/);
  });
});

describe('a line of figures without a verb', () => {
  it('states them: it is no caption', () => {
    const r = wiki.run('ask', 'shr profit 41 cts', { doc: 'results' });
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/Shr profit 41 cts vs loss 12 cts/);
  });
});
