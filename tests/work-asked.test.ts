// "What does X do?" asks X's work: an encyclopaedia's opening saying only what X is does not
// tell it, however much of X's name it holds; a sentence of X's deeds does.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

const ARTICLES = {
  'authority.txt': [
    'title: Orvel Basin Water Authority',
    'The Orvel Basin Water Authority (also known as the Basin Authority) is the public water agency of the Orvel Basin.',
    'Founded in 1931, its head office stands in Pellin.',
    'The Authority manages the reservoirs of the basin and sets the price of water for its farms.',
  ].join('\n\n'),
  'wardens.txt': [
    'title: Tide wardens',
    "Tide wardens are the coastal officers of the Marrish Isles within the islands' harbour board.",
    'The Marrish Isles lie forty miles off the northern coast.',
  ].join('\n\n'),
  'relay.txt': [
    'title: Mirror relays',
    'A mirror relay is a chain of hilltop stations built to flash messages between distant forts.',
    'Few of the stations survive.',
  ].join('\n\n'),
};

let engine: Engine;
beforeAll(async () => {
  engine = await engineFor(ARTICLES);
});

describe('what X does', () => {
  it('is answered by a sentence of its work, not by the opening saying what it is', () => {
    const r = engine.run('ask', 'what does the orvel basin water authority do', { doc: 'authority' });
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/manages the reservoirs/);
  });

  it('is not answered where the article says only what it is', () => {
    const r = engine.run('ask', 'what do tide wardens do?', { doc: 'wardens' });
    expect(r.found).toBe(false);
  });

  it('is answered by an opening that goes on to a deed of its own', () => {
    const r = engine.run('ask', 'what does a mirror relay do', { doc: 'relay' });
    expect(r.found).toBe(true);
    expect(r.citations[0]?.text).toMatch(/to flash messages/);
  });
});
