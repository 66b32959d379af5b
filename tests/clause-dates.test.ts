// "When" is answered by a date of the clause whose verb is the deed asked, never by a date of
// another deed in the same sentence; when no clause of that deed has a date, nothing answers.
// On an article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'mill.txt': [
      'title: Old mill to become a museum\ndate: 2025-03-10',
      'The Brindle Valley Trust was founded in 1998 and began restoring the Harlow mill in 2001.',
      'Work on the new visitor centre will start in May and finish in October, the trust said on Friday.',
      'Ada Pell, who later became the trust chair, joined the board after the council sold the site in 2004.',
      'Gerald Fenn, who was born in 1941, opened the tea room after the trust bought the granary in 2009.',
      'The review found that those responsible for founding the weavers college in 1979 had been carried away by hope.',
      'Settlers arrived in the Harlow valley in 1850 to found a chapel school.',
      'The unrest began in 1968, when apprentices occupied the counting house.',
      'Marching from the square in 1990, the strikers reached the town hall by noon.',
      'In 1932, after the foundry closed, the workers formed a brass band.',
      'A two-volume illustrated guide based on her notes, by Mara Quill, was printed in Tarnby in 1911.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q);

describe('the date of the clause whose verb is asked', () => {
  it('each deed of a sentence keeps its own date', () => {
    expect(ask('when did the Brindle Valley Trust begin restoring the mill').answer).toBe('2001');
    expect(ask('when was the Brindle Valley Trust founded').answer).toBe('1998');
  });

  it('"work will start in May and finish in October": the finish is October, though "work" heads the start', () => {
    expect(ask('when will work on the visitor centre start').answer).toBe('May');
    expect(ask('when will work on the visitor centre finish').answer).toBe('October');
  });

  it('a deed whose clause has no date is not dated by another clause: nothing answers', () => {
    expect(ask('when did Ada Pell become the trust chair').found).toBe(false);
    expect(ask('what year did Gerald Fenn open the tea room').found).toBe(false);
    expect(ask('when did the council sell the site').answer).toBe('2004');
  });

  it('"the review found that" is no founding: the founding\'s own date answers', () => {
    expect(ask('when was the weavers college set up').answer).toBe('1979');
  });
});

describe("clauses whose time is another clause's", () => {
  it('"arrived in 1850 to found a school": the infinitive is dated by the deed it follows', () => {
    expect(ask('when was the chapel school founded').answer).toBe('1850');
  });

  it('"began in 1968, when apprentices occupied": a "when" clause is dated by the one it joins', () => {
    expect(ask('in what year did apprentices occupy the counting house').answer).toBe('1968');
  });

  it('"marching from the square in 1990, the strikers reached": a participle shares its time with the deed', () => {
    expect(ask('what year did the strikers reach the town hall').answer).toBe('1990');
  });

  it('a date opening the sentence dates each of its clauses', () => {
    expect(ask('when did the workers form a brass band').answer).toBe('1932');
  });

  it('a participle in the subject describes the thing the dated clause is about', () => {
    expect(ask('when did the illustrated guide by Mara Quill appear').answer).toBe('1911');
  });
});
