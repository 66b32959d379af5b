// A court report writes a guilty plea as admitting the charges, and its defendant as "Name, age,
// of Place, admitted ...": the name is the subject of that verb. On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';
import { clausesOf } from '../src/answer/clauses.js';
import { annotate } from '../src/nlp/annotate.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'court.txt': [
      'title: Former club secretary jailed',
      'Peter Halloran, 58, of Ashwell Green, admitted 12 counts of fraud by abuse of position at Kelso Crown Court last month.',
      'The court heard he took money from the rowing club over four years.',
    ].join('\n\n'),
  });
});

describe('a plea in a court report', () => {
  it('"admitted 12 counts" answers "did X plead guilty" with Yes, and "not guilty" with No', () => {
    expect(engine.run('ask', 'did halloran plead guilty').answer).toMatch(/^Yes: admitted 12 counts/);
    expect(engine.run('ask', 'did halloran plead not guilty').answer).toMatch(/^No: admitted 12 counts/);
  });

  it('reads "Name, age, of Place, admitted" with the name as the subject of "admitted"', () => {
    const text = 'Ann Lee, 47, of Carrow Bay, admitted three counts of theft.';
    const toks = annotate(text, 0, text.length).flatMap((s) => s.tokens);
    const admitted = clausesOf(toks).find((c) => toks.slice(c.from, c.to).some((t) => t.text === 'admitted'))!;
    expect(admitted.subject.map((i) => toks[i]!.text)).toEqual(['Ann', 'Lee']);
  });

  it('takes no amount for a speaker, and answers who did it by the subject of the deed asked', async () => {
    const theft = await engineFor({
      'theft.txt': [
        'title: Shop thefts',
        'Marta Quist, 61, of Brackley Moor, admitted 14 counts of theft at the crown court.',
      ].join('\n\n'),
    });
    const reply = theft.run('ask', 'who admitted 14 counts of theft');
    expect(reply.quotes.map((q) => q.speaker)).not.toContain('14 counts');
    expect(reply.answer).toBe('Marta Quist');
  });
});
