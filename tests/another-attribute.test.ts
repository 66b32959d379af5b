// "What is the scientific name of X" where the passage that matches best gives X's common name:
// another attribute of the thing asked, not a passage against the question, so a lower passage
// still answers.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor({
    'beetle.txt': [
      'title: Frost beetle\ndate: 2024-02-19\n',
      'The northern frost beetle (Cryophagus albus) is a species of ground beetle.',
      'Its proper common name is the northern frost beetle, to set it apart from other pale beetles.',
    ].join(' '),
    'orchard.txt': [
      'title: Orchard reopens\ndate: 2024-03-02',
      'The hill orchard reopened to visitors on Saturday after the storm damage was cleared.',
      'Its owners planted two hundred apple trees over the winter and hired four new pickers.',
    ].join('\n\n'),
    'ferry.txt': [
      'title: Ferry fares rise\ndate: 2024-03-05',
      'Fares on the island ferry will rise by a tenth in April, the operator said.',
      'The operator blamed the price of fuel and the cost of a new landing stage.',
    ].join('\n\n'),
  });
});

describe('another attribute of the thing asked', () => {
  it('answers the scientific name past a passage giving the common name', () => {
    const r = engine.run('ask', 'what is the scientific name of the northern frost beetle?', { doc: 'beetle' });
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/Cryophagus albus/);
  });
});
