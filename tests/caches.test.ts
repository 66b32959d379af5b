// The word caches the whole process shares are emptied when an engine is opened (start-up and
// /reload), and emptying them changes no answer: they only spare recomputing a word's stem,
// lemma, name key or feeling.
import { describe, expect, it } from 'vitest';
import { clearCaches, PROCESS_CACHES } from '../src/caches.js';
import { engineFor } from './engine/seed-engine.js';
import '../src/answer/word-feeling.js';
import '../src/extract/noun-kinds.js';

const ARTICLE = `title: Harbour council
date: 2024-05-02

The harbour council of Port Ellery voted on Tuesday to buy two electric ferries from a shipyard in Gdansk.

“The old boats are unsafe and we cannot wait another winter,” said Maria Okafor, the council's chair.

The ferries will enter service in 2026, Okafor said.`;

describe('the caches that outlive a request', () => {
  it('answers the same after every word cache is emptied, as after a /reload', async () => {
    const engine = await engineFor({ 'harbour.txt': ARTICLE });
    const asked = () => [
      engine.run('ask', 'Where is the shipyard that builds the electric ferries?'),
      engine.run('quote', 'Okafor'),
      engine.run('who', 'Maria Okafor'),
      engine.run('verify', 'The old boats are safe and we can wait another winter'),
    ];
    const before = asked();
    expect(before[0]!.answer).toBe('Gdansk');
    expect(before[1]!.found).toBe(true);
    const cleared = clearCaches();
    // Every process-wide cache listed in src/caches.ts is one that clearCaches reaches.
    expect([...cleared].sort()).toEqual(Object.keys(PROCESS_CACHES).sort());
    expect(asked()).toEqual(before);
  });

  it('answers a misspelt name or word the same the second time, when the answer comes from what the corpus remembers', async () => {
    const engine = await engineFor({ 'harbour.txt': ARTICLE });
    const asked = () => [
      engine.run('ask', 'Where is the shipyrd that builds the electric ferries?'),
      engine.run('ask', 'What did Okafr say about the old boats?'),
      engine.run('who', 'Marie Okafor'),
    ];
    const first = asked();
    expect(first[0]!.answer).toBe('Gdansk');
    expect(first[1]!.found).toBe(true);
    expect(first[1]!.answer).toContain('Okafor');
    expect(asked()).toEqual(first);
  });
});
