// "Who bought the mill?" against "the family sold the mill to X": a thing sold or ceded to
// someone is what they bought or gained, so the name after "to" answers, not the seller. On an
// article written for this test.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'mill.txt': [
      'title: Old mill changes hands\ndate: 2024-06-12',
      'The Pellow family sold the Tarrant corn mill to the developer Ostrava Holdings for an undisclosed sum.',
      'After the flood, the parish council ceded control of the towpath to the Canal Trust.',
    ].join('\n\n'),
  });
});

const ask = (q: string) => engine.run('ask', q);

describe('the one a thing was sold or ceded to', () => {
  it('"sold the mill to X" says who bought it', () => {
    const r = ask('Who bought the Tarrant corn mill?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Ostrava Holdings/);
  });

  it('"ceded control of the towpath to X" says who gained control of it', () => {
    const r = ask('Who gained control of the towpath?');
    expect(r.found).toBe(true);
    expect(r.answer).toMatch(/Canal Trust/);
  });
});
