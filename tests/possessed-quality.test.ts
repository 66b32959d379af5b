// Someone's thing asked with a quality between ("Olsen's second law") is not answered by a
// sentence that writes that thing only as another's ("Marten's second law"), though it names the
// one asked elsewhere: the law it dates is not the one asked.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const LAWS = [
  'title: The laws of the lower vale\ndate: 2024-03-14',
  "In 1731 the mapmaker Edda Quill stated Marten's second law, which Tobin Olsen later extended to the lower vale.",
  'The vale council kept the maps in its hall for a century.',
].join('\n\n');

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({ 'laws.txt': LAWS });
});

describe("someone's thing asked with a quality between", () => {
  it("is not answered by another's same thing", () => {
    const r = engine.run('ask', "In what year did Edda Quill state Olsen's second law?");
    expect(r.found).toBe(false);
  });

  it('the owner asked is answered', () => {
    const r = engine.run('ask', "In what year did Edda Quill state Marten's second law?");
    expect(r.found).toBe(true);
    expect(r.answer).toContain('1731');
  });
});
