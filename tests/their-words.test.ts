// "What did X say": words are X's where X says them or does the deed they report, not where
// someone else's words merely name X. On an article written for these tests.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../src/answer/engine.js';
import { engineFor } from './engine/seed-engine.js';

let talks: Engine;
beforeAll(async () => {
  talks = await engineFor({
    'talks.txt': [
      'title: Rebel envoys seek support abroad\ndate: 2025-06-02',
      'Rebel envoys from the northern hills held talks in Velmora this week.',
      'Analyst Ivo Kessler said that the rebels hope to win concessions by courting countries like Marosa.',
      'The envoys, on the other hand, expressed thanks for Marosa’s efforts and Velmora’s patience during the talks.',
      'After the meeting, the Marosan foreign ministry said that Marosa backed a ceasefire in the border region.',
      'The Velmora News Agency reported that the rebels could ask Marosa to mediate in the dispute.',
      'Kessler said, “Experience has shown that the meetings in Marosa greatly improved the rebels’ position at the table.”',
    ].join('\n\n'),
  });
});

describe('what a country said', () => {
  it('is what it is reported as saying, not words of others that name it', () => {
    const r = talks.run('ask', 'what did marosa say');
    expect(r.found).toBe(true);
    expect(r.citations[0]!.text).toMatch(/backed a ceasefire/);
  });

  it('words of another that name it as a thing are not its words on their topic', () => {
    const r = talks.run('ask', 'what did marosa say about the rebels');
    expect(r.found).toBe(false);
    expect(r.answer ?? '').not.toMatch(/Kessler/);
  });
});

describe('who does a deed of saying that a report tells of', () => {
  it('is the doer inside the report, not the one reporting it', () => {
    const r = talks.run('ask', 'who could ask marosa to mediate');
    expect(r.answer).toMatch(/rebels/i);
    expect(r.answer).not.toMatch(/Agency/);
  });
});
