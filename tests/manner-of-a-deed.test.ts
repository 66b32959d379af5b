// "How is X made?", "how did X die?": a question that asks only how its subject's deed was done is
// answered by a passage with that deed; a passage that only says what X is, or gives X's life
// dates, tells nothing of how it was done.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let wiki: Engine;
beforeAll(async () => {
  wiki = await engineFor({
    'salve.txt': [
      'title: Tallow salve',
      'Tallow salve is a thick ointment applied to cracked skin to soften it. ' +
        'It was sold by chemists in small tins. ' +
        'Sailors and farm workers used it in winter.',
    ].join('\n\n'),
    'brewer.txt': [
      'title: Elias Brand',
      'Elias Brand (1841 – 1893) was a Danish brewer. ' +
        'He founded a brewery in Odense in 1870. ' +
        'His death from a fever in 1893 left the brewery to his daughter.',
    ].join('\n\n'),
    'brewer2.txt': [
      'title: Elias Brand',
      'Elias Brand (1841 – 1893) was a Danish brewer. ' +
        'He founded a brewery in Odense in 1870. ' +
        'Elias Brand died of a fever in 1893, leaving the brewery to his daughter.',
    ].join('\n\n'),
  });
});

const ask = (q: string, doc: string) => wiki.run('ask', q, { doc });

describe('the manner of a deed', () => {
  it('is not answered by a passage without the deed', () => {
    const r = ask('how is tallow salve made', 'salve');
    expect(r.found).toBe(false);
  });

  it('is not answered by the life dates of an opening that names the subject', () => {
    const r = ask('how did Elias Brand die', 'brewer');
    expect(r.found ? r.citations[0]?.text : '').not.toMatch(/^Elias Brand \(1841/);
  });

  it('is answered by a passage with the deed', () => {
    const r = ask('how did Elias Brand die', 'brewer2');
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/died of a fever/);
  });
});
