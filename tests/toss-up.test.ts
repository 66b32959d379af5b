// Two passages that fit a question equally well but give different answers: the articles do not
// settle which one is meant, and a cited answer would be a coin toss that looks checked. Two that
// give the same answer agree, and it stands. On articles written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const article = (southDesigner: string) =>
  [
    "title: Ashford's two bridges to close for repairs\ndate: 2026-03-02",
    "Both of Ashford's river bridges will close for repairs this summer, the council said on Monday.",
    'The north bridge was designed by the engineer Clara Voss and opened in 1961.',
    `The south bridge was designed by the engineer ${southDesigner} and opened in 1964.`,
    'Repairs to the north bridge will cost £2m, the council said.',
  ].join('\n\n');

let twoDesigners: Engine;
let oneDesigner: Engine;
beforeAll(async () => {
  twoDesigners = await engineFor({ 'bridges.txt': article('Martin Hale') });
  oneDesigner = await engineFor({ 'bridges.txt': article('Clara Voss') });
});

describe('answers the articles leave a toss-up', () => {
  it('says the articles do not settle it, citing both passages', () => {
    const r = twoDesigners.run('ask', 'who designed the bridge');
    expect(r.found).toBe(false);
    expect(r.message).toMatch(/do not settle/);
    expect(r.citations.slice(0, 2).map((c) => c.text)).toEqual([
      expect.stringContaining('Clara Voss'),
      expect.stringContaining('Martin Hale'),
    ]);
  });

  it('answers once the question tells the passages apart', () => {
    expect(twoDesigners.run('ask', 'who designed the north bridge').answer).toBe('Clara Voss');
  });

  it('answers when the level passages agree', () => {
    const r = oneDesigner.run('ask', 'who designed the bridge');
    expect(r.found).toBe(true);
    expect(r.answer).toBe('Clara Voss');
  });

  it('the same story in two articles agrees with itself', async () => {
    const sentence = 'The river bridge in Ashford closed on Monday after engineers found cracks in its main span.';
    const copies = await engineFor({
      'closure.txt': `title: Bridge closes\ndate: 2026-03-02\n\n${sentence}\n\nDrivers face a detour of six miles.`,
      'roads.txt': `title: Ashford roads\ndate: 2026-03-03\n\n${sentence}\n\nBuses will use the ring road.`,
    });
    const r = copies.run('ask', 'what happened to the river bridge');
    expect(r.found).toBe(true);
    expect(r.answer).toBe(sentence);
  });

  it('a date each passage gives differently is a toss-up too', () => {
    expect(oneDesigner.run('ask', 'when did the bridge open').found).toBe(false);
  });
});
