// "Who headed X" and "who was in charge of X": the one a passage says headed another thing, whose
// title merely names X, did not head X. On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let inquiry: Engine;
beforeAll(async () => {
  inquiry = await engineFor({
    'inquiry.txt': [
      'title: Harbour inquiry reports\ndate: 2025-10-02',
      'The inquiry was headed by Rosa Imrie, deputy chair of the harbour board in Kelso, and it reported on Thursday.',
      'It found that the pier had not been inspected for six years.',
      'During the inquiry, the harbour master Tom Baird held a consultation with the inquiry team.',
      'The findings were welcomed by Ewan Lutz, chair of the harbour board.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => inquiry.run('ask', q);

describe('who headed what', () => {
  it('"who was in charge of X" is answered as "who headed X"', () => {
    const r = ask('who was in charge of the inquiry');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Rosa Imrie/);
  });

  it('"who is in charge of X" is answered by X\'s chair, not by a deputy of X who headed something else', () => {
    expect(ask('who is in charge of the harbour board').answer).toMatch(/Ewan Lutz/);
  });

  it('the thing asked named only in the doer’s title was not what they headed', () => {
    const r = ask('who headed the harbour board');
    expect(r.answer ?? '').not.toMatch(/Rosa Imrie/);
  });
});

describe('"is X the N of Y" by the titles the article gives', () => {
  it('a deputy is not the chair, and the chair is not the deputy', () => {
    expect(ask('is rosa imrie the chair of the harbour board?').answer).toMatch(/^No: Rosa Imrie, deputy chair/);
    expect(ask('is ewan lutz the deputy chair of the harbour board').answer).toMatch(/^No: Ewan Lutz, chair/);
    expect(ask('is ewan lutz the chair of the harbour board').answer).toMatch(/^Yes: /);
  });
});
