// A club's signings asked of by the club's name as owner ("castlemoor's record signing"), by
// their place in a series ("the previous record signing"), and where they went against where they
// came from ("joined from Brinsford"). On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'signing.txt': [
      'Midfielder Ivo Narden joins Castlemoor for club-record £4m',
      'Castlemoor United have signed midfielder Ivo Narden from Ketley Athletic for a club-record fee of £4m.',
      'The previous record signing was defender Owen Platt, who joined from Brinsford in 2019 for £2.5m.',
      'Narden, 24, has agreed a four-year contract.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q);

describe('the owner a question names ("castlemoor\'s")', () => {
  it('is not the one asked of, though the passage gives it as the doer under a longer name', () => {
    expect(ask("who is castlemoor's record signing").answer ?? '').not.toMatch(/Castlemoor/);
  });

  it('is the owner typed without its mark ("castlemoors record signing")', () => {
    expect(ask('who is castlemoors record signing').answer ?? '').not.toMatch(/Castlemoor/);
    expect(ask('who are castlemoors new signing').answer ?? '').not.toMatch(/Castlemoor/);
  });
});

describe('"the previous N", where the article writes it so', () => {
  it('is not answered by a passage about the current one', () => {
    expect(ask("who was Castlemoor's previous record signing").answer ?? '').not.toMatch(/Narden/);
    expect(ask("who was Castlemoor United's previous record signing").answer ?? '').not.toMatch(/Narden/);
  });

  it('is answered by the passage that writes it', () => {
    expect(ask('who was the previous record signing').answer).toBe('Owen Platt');
  });
});

describe('"where did X go"', () => {
  it('is not answered by where X came from ("joined from Brinsford")', () => {
    expect(ask('where did owen platt go').answer ?? '').not.toMatch(/Brinsford/);
  });

  it('while "where did X come from" is', () => {
    expect(ask('where did platt come from').answer).toBe('Brinsford');
  });
});
