// What an article is about is its lead, and "we" in a quote is the side its speaker stands for.
// On articles written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const DEPOT = [
  'title: Bus drivers end strike after pay deal\ndate: 2025-03-14',
  'Bus drivers in Corrandale returned to work on Friday after their union accepted a pay offer from the operator Valeway Buses.',
  'The strike had halted most routes in the town for nine days.',
  'Petra Lindqvist, an organiser for the Corrandale Drivers Union, said: “We signed the agreement with Valeway because it protects the night routes.',
  'It is not everything we asked for.”',
  'A report by the town council found that the strike cost local shops about £200,000.',
].join('\n\n');

let depot: Engine;
beforeAll(async () => {
  depot = await engineFor({ 'depot.txt': DEPOT });
});

const ask = (q: string) => depot.run('ask', q);

describe('what the article is about', () => {
  it.each(['what is this article about', 'summarize the article', 'give me a summary', 'whats the story about?'])(
    '"%s" is answered with the headline and the lead, cited',
    (q) => {
      const r = ask(q);
      expect(r.found).toBe(true);
      expect(r.answer).toMatch(/^“Bus drivers end strike after pay deal”: Bus drivers in Corrandale returned to work/);
      expect(r.citations[0]!.text).toMatch(/^Bus drivers in Corrandale returned/);
    },
  );

  it.each(['tl;dr', 'what happened?', 'whats going on'])('"%s", asking about nothing named, is the lead too', (q) => {
    expect(ask(q).answer).toMatch(/^“Bus drivers end strike after pay deal”: Bus drivers in Corrandale/);
  });

  it.each(['whats going on with the bus drivers', 'what is happening with valeway buses?'])(
    '"%s", naming what the lead tells of, is the lead',
    (q) => {
      expect(ask(q).answer).toMatch(/^“Bus drivers end strike after pay deal”: Bus drivers in Corrandale/);
    },
  );

  it('"going on" is happening, not going somewhere', async () => {
    const council = await engineFor({
      'council.txt': [
        'title: Council news',
        'The mayor opened the new library on Monday.',
        'A delegation from the council recently visited Dunmore to meet the twin town council.',
      ].join('\n\n'),
    });
    expect(council.run('ask', 'what is going on with the delegation').answer ?? '').not.toBe('Dunmore');
    expect(council.run('ask', 'whats going on with the twin town council').answer ?? '').not.toBe('Dunmore');
  });

  it('"what\'s the headline" is the article\'s title', () => {
    expect(ask("what's the headline").answer).toBe('Bus drivers end strike after pay deal');
  });

  it('a report the article tells of is not the article', () => {
    expect(ask('what is the report about').answer ?? '').not.toMatch(/^“Bus drivers end strike/);
  });
});

describe('"we" in a quote', () => {
  it('is the side its speaker stands for, named in the speaker’s title', () => {
    const r = ask('who signed the agreement');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Corrandale Drivers Union/);
    expect(r.answer).not.toMatch(/Valeway/);
  });

  it('is not the one asked for when the question asks whom the deed was done with', () => {
    expect(ask('who was the agreement signed with').answer ?? '').not.toMatch(/Union/);
  });
});
