// A title's "of" phrase holds the whole name it is of ("the Governor-General of New Caledonia"),
// and a name ending in a place's word ("Harwell Park") is no one: neither speaks nor holds a title.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'strike.txt': [
      'title: Strike hits clinics',
      'The Governor-General of New Caledonia, Sir Marten Fallowfield, said the strike was regrettable. ' +
        '"We must find a settlement quickly," he added.',
      'The mayor of New Dunmore, Teodor Vask, said the council would help.',
      'Harwell Park was closed to marchers on Monday. Brackley Stadium will host a rally. Elm Street Hospital said it had cancelled clinics.',
    ].join('\n\n'),
  });
});

describe('a title of a place named in two words, its holder in apposition', () => {
  it('gives the quote to the person named, not to the last word of the place', () => {
    const r = engine.run('quote', '');
    const said = r.quotes.find((q) => q.text.includes('regrettable'));
    expect(said?.speaker).toBe('Marten Fallowfield');
    expect(engine.run('ask', 'Who said the strike was regrettable?').answer).toBe('Marten Fallowfield');
  });

  it('gives the person the whole title, and the place no title', () => {
    expect(engine.run('who', 'Marten Fallowfield').answer).toContain('Governor-General of New Caledonia');
    expect(engine.run('who', 'New Caledonia').answer).not.toMatch(/person|Governor|Fallowfield/);
  });

  it('reads the place after a lower-case title as no person', () => {
    expect(engine.run('who', 'New Dunmore').answer).not.toMatch(/person/);
  });
});

describe('a name ending in a place word', () => {
  it('is no person', () => {
    expect(engine.run('who', 'Harwell Park').answer).not.toMatch(/person/);
    expect(engine.run('who', 'Brackley Stadium').answer).not.toMatch(/person/);
  });

  it('is an organisation when its word names one, though it speaks', () => {
    expect(engine.run('who', 'Elm Street Hospital').answer).toMatch(/organisation/);
  });
});
