// A "who" question asks who did its deed, or who it was done to: "who owns the company" is not
// answered by whoever a sentence about the company names, nor "who did the firm call in" by the
// one who speaks of it; "who was sacked" asks who was sacked, not who sacked them; on articles
// written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'breach.txt': [
      'title: Supplier admits data breach\ndate: 2024-09-12',
      'Harbour Energy has admitted that hackers stole the details of 90,000 customers.',
      "Harbour's chief executive, Ann Lowe, apologised and said the firm had called in security experts.",
      'The Danish group Mollerup, which owns the Kestrel ferry line, said it would not bid for the firm.',
    ].join('\n\n'),
    'club.txt': [
      'title: Club sacks coach\ndate: 2024-11-02',
      'Kelso Wanderers have sacked coach Ian Brodie after eight defeats in a row.',
      'In the summer the club sold its captain, Owen Hale, to a rival for £2m.',
      'Former player Neil Tait was hired to lead the youth academy.',
    ].join('\n\n'),
    'court.txt': [
      'title: Bookkeeper jailed\ndate: 2024-06-14',
      'A former bookkeeper who stole £40,000 from two charities has been jailed for three years.',
    ].join('\n\n'),
    'bakery.txt': [
      'title: Baker sold\ndate: 2025-03-11',
      'Family-owned baker Cole & Hart has agreed to be bought by the Dutch group Brood in a deal worth £90m.',
      'Brood, which is based in Delft, bought the cake maker Kornblum in 2020.',
      'The mould was discovered when a baker, Ann Ruiz, noticed spots on the flour sacks.',
      'Its chief executive, Ola Berg, apologised to customers.',
    ].join('\n\n'),
    'flood.txt': [
      'title: Council hires flood advisers\ndate: 2024-10-01',
      'Mayor Tom Okoro said the council had hired the consultancy Redfern Partners after the flood.',
    ].join('\n\n'),
    'cup.txt': [
      'title: Rovers win cup tie\ndate: 2025-01-18',
      'Dunmore Rovers came from two goals down to beat Ashgate City 3-2 in the fourth round of the FA Cup on Saturday.',
    ].join('\n\n'),
  });
});

describe('"who owns" asks for an owner', () => {
  it('the chief executive of a company does not own it', () => {
    const r = engine.run('ask', 'who owns harbour energy');
    expect(r.answer ?? '').not.toMatch(/Lowe/);
  });

  it('the owner the article names answers', () => {
    const r = engine.run('ask', 'who owns the kestrel ferry line');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Mollerup/);
  });
});

describe('"who did X verb" asks who the deed was done to', () => {
  it('not the speaker of the sentence that tells it', () => {
    const r = engine.run('ask', 'who did harbour call in', { doc: 'breach' });
    expect(r.answer ?? '').not.toMatch(/Lowe/);
  });

  it('the name after the verb answers', () => {
    const r = engine.run('ask', 'who did the council hire', { doc: 'flood' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Redfern/);
  });

  it('the name after an infinitive the clause reader keeps inside another clause: "came from behind to beat X"', () => {
    const r = engine.run('ask', 'who did rovers beat', { doc: 'cup' });
    expect(r.found).toBe(true);
    expect(r.answer).toBe('Ashgate City');
  });
});

describe('a passive "who" question asks who the deed was done to', () => {
  it('"who was sacked" and "who got sacked" answer with the one sacked, not the club', () => {
    for (const question of ['who was sacked', 'who got sacked', 'who has been sacked']) {
      const r = engine.run('ask', question, { doc: 'club' });
      expect(r.found).toBe(true);
      expect(r.answer).toMatch(/Ian Brodie/);
    }
  });

  it('a description is given with the name set off after it', () => {
    const r = engine.run('ask', 'who was sold', { doc: 'club' });
    expect(r.answer).toMatch(/captain, Owen Hale/);
  });

  it('a passive sentence names the one done to first', () => {
    const r = engine.run('ask', 'who was hired to lead the youth academy', { doc: 'club' });
    expect(r.answer).toMatch(/Neil Tait/);
  });

  it("the one done to is the main clause's subject, not the last noun of a relative clause before its verb", () => {
    const r = engine.run('ask', 'who was jailed', { doc: 'court' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/former bookkeeper/);
  });

  it('a passive infinitive names its doer after "by": "has agreed to be bought by"', () => {
    const r = engine.run('ask', 'who is buying the baker', { doc: 'bakery' });
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Brood/);
  });

  it('a subject set off from its verb by a relative clause still did the deed', () => {
    expect(engine.run('ask', 'what did brood buy in 2020', { doc: 'bakery' }).answer).toBe('the cake maker Kornblum');
  });

  it('a name set off after a description did the deed, and one noticed in a "when" clause discovered it', () => {
    expect(engine.run('ask', 'who apologised', { doc: 'bakery' }).answer).toBe('Ola Berg');
    expect(engine.run('ask', 'who discovered the mould', { doc: 'bakery' }).answer).toMatch(/Ann Ruiz/);
  });

  it('an active question still asks who did it', () => {
    const r = engine.run('ask', 'who sacked ian brodie', { doc: 'club' });
    expect(r.answer).toMatch(/Kelso Wanderers/);
  });
});
